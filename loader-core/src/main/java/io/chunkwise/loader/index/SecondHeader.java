package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvScanner;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An export with two header rows (names, then labels: {@code cusip,isin,symbol} over
 * {@code CUSIP ID,ISIN Code,Ticker}) reads its second row as a record, which {@code lookup --symbol
 * Ticker} then finds. Only the first record is looked at, whose key values are then column names
 * or labels ({@link KeyColumns#likely}); it stays a record (the rows are the user's to remove).
 *
 * @param line the first record's line
 * @param offset its first byte
 * @param kind the key kind whose value is a column's name or label
 * @param value that value
 * @param name whether the value is one of the header's names (else it looks like a label)
 */
public record SecondHeader(long line, long offset, KeyKind kind, String value, boolean name) {
    /** The most bytes of the first record read: a row of labels is short. */
    private static final int LOOK = 64 << 10;

    /**
     * @param file the file
     * @param format its dialect as its header was read (after a {@code sep=} line)
     * @param header its header
     * @param columns its key columns
     * @return the first record, when one of its key values is a column's name or label; empty when
     *     none is, or the file cannot be read
     */
    public static Optional<SecondHeader> of(Path file, CsvFormat format, CsvHeader header, KeyColumns columns) {
        CsvRecord first;
        try (FileChannel ch = FileChannel.open(file)) {
            long left = Math.max(0, ch.size() - header.dataStart());
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(LOOK, left));
            while (b.hasRemaining() && ch.read(b, header.dataStart() + b.position()) > 0) {
                // to the end of the look, or of the file
            }
            byte[] bytes = Arrays.copyOf(b.array(), b.position());
            CsvScanner scanner = new CsvScanner(format, file.toString());
            scanner.reset(MemorySegment.ofArray(bytes), header.dataStart(), 0, header.dataLine());
            if (scanner.next(bytes.length, bytes.length >= left) != CsvScanner.RECORD) {
                return Optional.empty();
            }
            first = scanner.record();
        } catch (IOException | UnsupportedOperationException | CsvParseException e) {
            return Optional.empty(); // the counts stand without the note; a bad record is the load's to say
        }
        if (first.size() != header.size() || repeats(first, header)) {
            return Optional.empty(); // rejected by the load, which says why (a repeated header row is named as one)
        }
        for (KeyKind kind : KeyKind.values()) {
            int c = columns.column(kind);
            if (c < 0 || c >= first.size()) {
                continue;
            }
            String value = first.get(c).strip();
            boolean name = header.names().stream().anyMatch(n -> n.strip().equals(value));
            if (!value.isEmpty() && (name || KeyColumns.likely(List.of(value), kind).isPresent())) {
                return Optional.of(new SecondHeader(first.line(), first.offset(), kind, value, name));
            }
        }
        return Optional.empty();
    }

    private static boolean repeats(CsvRecord first, CsvHeader header) {
        for (int i = 0; i < header.size(); i++) {
            if (!first.get(i).strip().equals(header.names().get(i).strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return e.g. {@code line 2 looks like a second header row (its symbol 'Ticker' is a column's label,
     *     not a symbol): it is read as a record; remove it, e.g. with sed 2d}
     */
    public String describe() {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return "line " + line + " looks like a second header row (its " + k + " '" + CsvHeader.printable(value, 40)
                + "' is a column's " + (name ? "name" : "label") + ", not a " + k + "): it is read as a record; remove it,"
                + " e.g. with sed " + line + "d";
    }
}
