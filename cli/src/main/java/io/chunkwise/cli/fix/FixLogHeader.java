package io.chunkwise.cli.fix;

import io.chunkwise.loader.fix.FixLogFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A FIX log given where a CSV file is expected: read as CSV, its first message is a one-column
 * "header" and every other message a record, which scans without an error and means nothing
 * (a first line that is a message: {@link io.chunkwise.loader.csv.CsvHeader#looksLikeFixMessage}).
 */
public final class FixLogHeader {
    private FixLogHeader() {
    }

    /**
     * Finds a FIX message's start as {@code fixscan} finds a log's first message: also after a log's
     * comment or text lines, or a banner of any length, within the file's first 256 MiB.
     *
     * @param file a file given as CSV
     * @return the line (from 1) of the first message start, or empty when there is none there or
     *     the file cannot be read (the command reading it says why)
     */
    public static OptionalLong firstMessageLine(Path file) {
        try {
            return FixLogFormat.firstMessageLine(file);
        } catch (UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }
}
