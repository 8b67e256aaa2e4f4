package io.chunkwise.cli;

/**
 * Marks a command whose {@code --json} result is a plain tree of maps, lists and scalars
 * ({@link PlainJson}): its start-up then never loads Jackson's object mapper. The whole-file
 * commands are such commands; their workers need both cores from the start. A result that is not
 * plain is an error ({@link Json#writePlain}), so a test of the command's {@code --json} output
 * catches a value added that would bring the mapper back.
 */
public interface PlainJsonResult {
}
