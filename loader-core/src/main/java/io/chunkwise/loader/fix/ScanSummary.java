package io.chunkwise.loader.fix;

/**
 * What a whole scan found.
 *
 * @param bytes size of the log
 * @param messages well-formed messages
 * @param malformed malformed messages
 * @param chunks chunks scanned
 * @param chunkSize the chunk size used: the one asked for, or more for a log of more than {@value
 *     io.chunkwise.loader.io.ChunkPlanner#MAX_CHUNKS} of them ({@link io.chunkwise.loader.io.ChunkPlanner})
 * @param rescans chunks scanned again because a message crossing into them hid a false start
 */
public record ScanSummary(long bytes, long messages, long malformed, int chunks, long chunkSize, int rescans) {
}
