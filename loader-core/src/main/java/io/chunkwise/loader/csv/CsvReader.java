package io.chunkwise.loader.csv;

import io.chunkwise.loader.io.MappedFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a delimited file with a header row, sequentially over its mapping: the simple way to
 * visit every record. Records whose field count differs from the header's are rejected (with
 * line, byte offset and reason), never silently dropped. A header with no data rows gives zero
 * records here; the loaders, which build an index of the records, refuse such a file. A file read
 * with the wrong delimiter reads as one column: {@link #delimiterHint()} says which one it looks
 * delimited by, as the command line's {@code scan} does.
 *
 * {@snippet :
 * double[] sum = {0};
 * try (CsvReader reader = CsvReader.open(path, CsvFormat.RFC4180)) {
 *     reader.delimiterHint().ifPresent(System.err::println);
 *     int close = reader.header().find("close").orElseThrow();
 *     CsvReader.Counts counts = reader.forEach(r -> sum[0] += Double.parseDouble(r.get(close)), rejects::add);
 * }
 * }
 */
public final class CsvReader implements AutoCloseable {
    private final MappedFile file;
    private final CsvFormat format;
    private final CsvHeader header;

    private CsvReader(MappedFile file, CsvFormat format, CsvHeader header) {
        this.file = file;
        this.format = format;
        this.header = header;
    }

    /**
     * Counts of one pass.
     *
     * @param records records accepted
     * @param rejected records rejected
     */
    public record Counts(long records, long rejected) {
    }

    /**
     * Opens and maps a file and reads its header.
     *
     * @param path the file
     * @param format its dialect
     * @return the reader, to be closed (unmaps the file)
     * @throws CsvParseException when the file has no usable header
     * @throws IllegalArgumentException when the file is missing, a directory, or not a regular file
     *     (a pipe or device cannot be mapped), its message naming it
     */
    public static CsvReader open(Path path, CsvFormat format) {
        format = HeaderReader.format(path, format);
        CsvHeader header = HeaderReader.read(path, format);
        MappedFile mapped = MappedFile.open(path);
        return new CsvReader(mapped, format, header);
    }

    /** @return the header row */
    public CsvHeader header() {
        return header;
    }

    /**
     * @return a hint for the user when the header is one column that looks delimited by another
     *     delimiter than the format's ({@link CsvHeader#delimiterHint()}), e.g. {@code the header
     *     looks '|'-delimited: set the delimiter to '|'}; one column is a valid file, so it is said,
     *     not refused
     */
    public Optional<String> delimiterHint() {
        return header.delimiterHint();
    }

    /** @return the file's size in bytes */
    public long size() {
        return file.size();
    }

    /**
     * Visits every data record in file order. The record passed is a view reused for the next
     * one: copy what you keep. A record with another field count than the header's, or one that
     * repeats the header row, is rejected, as the loaders reject it.
     *
     * @param records receives accepted records
     * @param rejects receives rejected ones
     * @return the counts
     * @throws CsvParseException when a quoted field is never closed
     * @throws io.chunkwise.loader.io.SourceChangedException when the file changes while read
     */
    public Counts forEach(Consumer<CsvRecord> records, Consumer<Reject> rejects) {
        CsvScanner scanner = new CsvScanner(format, file.path().toString());
        scanner.reset(file.segment(), 0, header.dataStart(), header.dataLine());
        long[] counts = new long[2];
        int fields = header.size();
        // as the loaders do: the second header that cat a.csv b.csv leaves is no record ("cusip" as a CUSIP)
        HeaderRepeat repeat = new HeaderRepeat(header, format, file.path().toString());
        file.guard(() -> {
            while (scanner.next(file.size(), true) == CsvScanner.RECORD) {
                CsvRecord r = scanner.record();
                Reject again = FieldCount.accepts(r, fields) ? repeat.check(r) : null;
                if (again != null) {
                    counts[1]++;
                    rejects.accept(again);
                } else if (FieldCount.accepts(r, fields)) {
                    counts[0]++;
                    records.accept(r);
                } else {
                    counts[1]++;
                    rejects.accept(FieldCount.reject(r, fields));
                }
            }
        });
        file.checkUnchanged();
        return new Counts(counts[0], counts[1]);
    }

    /** Unmaps the file. */
    @Override
    public void close() {
        file.close();
    }
}
