package io.chunkwise.loader.load;

import java.nio.file.Path;

/** Loads a delimited file with a header row into a {@link ChunkSink}. */
public interface Loader {
    /**
     * Reads every record of a file, committing parts to the sink in file order.
     *
     * @param file the file
     * @param sink receives the header, then records and rejects part by part
     * @param <P> the sink's part type
     * @return counts and what was read
     * @throws IllegalArgumentException when the file is missing or not a regular file (a directory),
     *     naming it
     * @throws io.chunkwise.loader.csv.CsvParseException when the file is empty, has no header, only
     *     a header, or a quoted field that is never closed
     * @throws io.chunkwise.loader.io.SourceChangedException when the file changes while read
     * @throws java.io.UncheckedIOException when reading fails
     */
    <P> LoadSummary load(Path file, ChunkSink<P> sink);
}
