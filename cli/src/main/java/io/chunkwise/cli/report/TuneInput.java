package io.chunkwise.cli.report;

import io.chunkwise.cli.UserError;
import io.chunkwise.cli.loader.ReadableInput;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file a tune sweep scans, checked before its output directory is made and before any advice
 * about it: what every scan of the sweep would refuse (an empty file, a header without records, a
 * {@code --delimiter} that contradicts an Excel {@code sep=} line) is refused once, in the scan's
 * words, not after a directory was made and a note given for a file no run can read.
 */
final class TuneInput {
    private TuneInput() {
    }

    /**
     * @param file the file to tune for
     * @param written its name as typed, for the messages ({@code no such file: nope.csv/})
     * @param delimiter the delimiter the user gave, or null: then the file's {@code sep=} line, else a comma, as for
     *     {@code scan}
     * @return the file's size
     * @throws IllegalArgumentException when it is missing or not a regular file
     * @throws UserError when it cannot be read, or is a FIX log
     * @throws CsvParseException when its header cannot be read, no record follows it (blank lines are none), or the delimiter given
     *     contradicts its {@code sep=} line
     */
    static long check(Path file, String written, Character delimiter) {
        ReadableInput.require(file, written);
        CsvFormat asked = delimiter == null ? CsvFormat.RFC4180 : CsvFormat.RFC4180.withDelimiter(delimiter);
        // a delimiter given on purpose that contradicts the sep= line is refused, as scan refuses it; none given is the line's
        CsvFormat format = HeaderReader.format(file, asked, delimiter != null);
        if (looksLikeFixLog(file, format)) {
            // read as CSV, every message is a record of one column: the sweep would run and recommend, for the wrong parser
            throw new UserError(file + " looks like a FIX log (its first line holds 8=FIX), not CSV: tune times CSV scans; "
                    + "for a FIX log, time 'chunkwise fixscan' or 'chunkwise reconcile' with --chunk-size and --workers "
                    + "(e.g. under 'chunkwise profile')");
        }
        CsvHeader header = HeaderReader.read(file, asked);
        long size = size(file);
        if (!recordFollows(file, header.dataStart(), size)) {
            // the scan's own words (the loader's), where the sweep would stop at its first run: blank lines after the
            // header are no records either, so a header and blank lines is refused here, before any advice about it
            throw new CsvParseException(file.toString(), header.dataLine(), header.dataStart(), "no data records after the header row");
        }
        return size;
    }

    /**
     * @return whether a byte other than CR or LF follows {@code from}: the scan skips line breaks between records (a CR
     *     before text starts a record), so only such a byte can start one; reads no further than the first
     */
    private static boolean recordFollows(Path file, long from, long size) {
        if (from >= size) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long position = from;
            while (position < size) {
                buffer.clear();
                int n = channel.read(buffer, position);
                if (n < 0) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    if (b != '\n' && b != '\r') {
                        return true;
                    }
                }
                position += n;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether the file's first line is a FIX message; false when it cannot be read as a row (the header read says why) */
    private static boolean looksLikeFixLog(Path file, CsvFormat format) {
        try {
            return HeaderReader.readFirst(file, format).looksLikeFixMessage();
        } catch (CsvParseException | UncheckedIOException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
