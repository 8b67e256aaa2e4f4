package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.ByteCounter;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.FieldCount;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.io.MappedFile;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a bars CSV ({@code timestamp,open,high,low,close,volume}; columns found by header name in
 * any order, extra columns ignored; other delimiters, column names, split date and time columns,
 * a missing volume, local times in a zone and decimal commas as a {@link BarsLayout} says, the
 * columns resolved by {@link BarColumns}; a file without a header, whose first line is a bar, read by
 * position ({@link FirstLine}) and said so by {@link #headerNotice()}) into reused {@link BarChunk}s,
 * pulling records from
 * loader-core's RFC 4180 {@link CsvScanner} over the file's mapping. A row with a wrong field
 * count, a NUL byte (a crashed writer's padding, as {@link FieldCount} names it), an unparsable
 * field ({@link BarTimestamps}, {@link BarValues}), an impossible bar, or a
 * timestamp out of order ({@link TimeOrder}: the outlier is rejected, not every row after it) is
 * rejected with its line and byte offset, never dropped silently; an empty line is skipped and
 * counted ({@link #blankLines()}); a file without the needed header,
 * or whose symbol column holds more than one instrument ({@link InstrumentColumns}), fails as a whole.
 */
public final class BarsCsvReader implements AutoCloseable {
    private static final List<BarField> VALUES = List.of(BarField.OPEN, BarField.HIGH, BarField.LOW, BarField.CLOSE,
            BarField.VOLUME);

    private final Path file;
    private Consumer<BarReject> rejects;
    private final BarColumns columns;
    private final int[] index = new int[VALUES.size()];
    private final int timeColumn;
    private final int dateColumn;
    private final double[] values = new double[VALUES.size()];
    private final int fields;
    /** The header's names, to tell the header repeated (files joined whole) from a bad timestamp; empty without one. */
    private final List<String> headerNames;
    private final MappedFile mapped;
    private final CsvScanner scanner;
    private final BarTimestamps timestamps;
    private final String notice;
    private final long headerLine;
    private final long headerOffset;
    private final boolean decimalComma;
    private final char delimiter;
    /** The last field-count reason, its kind and its hint, so a file of such rows holds one string, not one per row. */
    private String splitReason = "";
    private SplitNumbers.Kind splitKind = SplitNumbers.Kind.NONE;
    private String splitHinted = "";
    private final TimeOrder order = new TimeOrder(this::reject);
    private final RejectQueue waitingRejects = new RejectQueue();
    private final InstrumentColumns instruments;
    private long time;
    private String timeText;
    private boolean ended;
    private long rejected;
    private long blankLines;

    /**
     * Reads the header and maps the file, for {@link #read(BarChunk, Consumer, Consumer, LongConsumer)}.
     *
     * @param file the bars CSV
     * @throws BarsFormatException when the header lacks a required column
     */
    public BarsCsvReader(Path file) {
        this(file, r -> {
            throw new IllegalStateException("rejects consumer not set: " + r);
        });
    }

    /**
     * Reads the header and maps the file, for pulling chunks with {@link #read(BarChunk)}.
     *
     * @param file the bars CSV
     * @param rejects receives each rejected row
     * @throws BarsFormatException when the header lacks a required column
     * @throws io.chunkwise.loader.csv.CsvParseException when the file has no usable header
     */
    public BarsCsvReader(Path file, Consumer<BarReject> rejects) {
        this(file, BarsLayout.DEFAULT, rejects);
    }

    /**
     * Reads the header and maps the file, for pulling chunks with {@link #read(BarChunk)}.
     *
     * @param file the bars file
     * @param layout its delimiter, column names and zone
     * @param rejects receives each rejected row
     * @throws BarsFormatException when the header lacks a required column, has two candidates for
     *     one, or reads as one column that looks separated by another delimiter
     * @throws io.chunkwise.loader.csv.CsvParseException when the file has no usable header
     */
    public BarsCsvReader(Path file, BarsLayout layout, Consumer<BarReject> rejects) {
        this.file = file;
        this.rejects = rejects;
        LineEndings.requireLineFeeds(file);
        CsvFormat format = HeaderReader.format(file, layout.format());
        CsvHeader first = HeaderReader.readFirst(file, format);
        this.columns = columns(file, first, layout);
        this.notice = columns.headerless() && layout.header() == BarsLayout.Header.AUTO
                ? file + ": no header (line 1 is a bar): columns read as " + columns.order()
                        + "; if line 1 is a header, say the file has one" + (layout.namedColumns().isEmpty()
                                ? ", or name the columns by number" : "")
                : null;
        this.decimalComma = layout.decimalComma();
        this.delimiter = layout.delimiter();
        for (int c = 0; c < VALUES.size(); c++) {
            index[c] = columns.index(VALUES.get(c));
        }
        this.timeColumn = columns.splitTime() ? columns.index(BarField.TIME) : columns.index(BarField.TIMESTAMP);
        this.dateColumn = columns.index(BarField.DATE);
        this.values[VALUES.size() - 1] = Double.NaN;
        this.fields = first.size();
        this.headerNames = columns.headerless() ? List.of() : first.names();
        this.instruments = columns.instruments(file, layout.symbol());
        this.mapped = MappedFile.open(file);
        this.scanner = new CsvScanner(format, file.toString());
        // a row is read only when it has the header's fields: those of a longer one are counted, not
        // kept, so a row of millions of empty fields is rejected in the memory of a short one
        scanner.keepFields(fields);
        // empty lines before the header (or the first bar), after any sep= line, are skipped too
        this.blankLines = first.line() - (first.afterSepLine() ? 2 : 1);
        this.headerLine = columns.headerless() ? 0 : first.line();
        this.headerOffset = columns.headerless() ? 0 : first.offset();
        long dataStart = columns.headerless() ? first.offset() : first.dataStart();
        long dataLine = columns.headerless() ? first.dataLine() - 1 : first.dataLine();
        scanner.reset(mapped.segment(), 0, dataStart, dataLine);
        this.timestamps = new BarTimestamps(new LocalTimes(layout.clock()),
                () -> dateOrder(format, dataStart, dataLine));
    }

    /**
     * Reads the date of every row (one more pass, made only for a file of slashed dates, which
     * would otherwise be refused) until the dates settle an order or show both.
     */
    private DateOrder dateOrder(CsvFormat format, long dataStart, long dataLine) {
        int column = dateColumn >= 0 ? dateColumn : timeColumn;
        CsvScanner dates = new CsvScanner(format, file.toString());
        dates.keepFields(column + 1);
        dates.reset(mapped.segment(), 0, dataStart, dataLine);
        DateOrder.Settling settling = new DateOrder.Settling();
        return mapped.read(() -> {
            while (dates.next(mapped.size(), true) == CsvScanner.RECORD) {
                CsvRecord record = dates.record();
                if (record.size() <= column) {
                    continue;
                }
                String text = record.get(column).strip();
                int cut = text.indexOf(' ');
                if (settling.offer(cut < 0 ? text : text.substring(0, cut), record.line())) {
                    break;
                }
            }
            return settling.result();
        });
    }

    /**
     * The file's columns: from its header, or by position when it has none (said so, or asked
     * for), or when the layout detects a header and the first line is a bar. A header that is
     * asked for but reads as a bar fails with that said.
     */
    private static BarColumns columns(Path file, CsvHeader first, BarsLayout layout) {
        boolean byNumber = layout.namedColumns().values().stream().allMatch(v -> !v.isBlank() && v.strip().chars()
                .allMatch(ch -> ch >= '0' && ch <= '9'));
        FirstLine line = new FirstLine(first.names(), layout);
        // columns all named by number, in which line 1 is a bar: a file without a header, also when its
        // columns are in no usual order (an instrument first), whose first bar is then never taken for a header
        if (layout.header() == BarsLayout.Header.ABSENT || layout.header() == BarsLayout.Header.AUTO && byNumber
                && (line.isBar() || line.isBarAt(layout.namedColumns()))) {
            return BarColumns.headerless(file, first, layout);
        }
        try {
            return BarColumns.of(file, first.requireUniqueNames(file.toString()), layout);
        } catch (BarsFormatException | CsvParseException e) {
            // an instrument before or after a bar, not a bar with a typo (EUR/USD as its volume)
            String beside = layout.namedColumns().isEmpty() ? line.instrumentMessage() : null;
            if (layout.header() == BarsLayout.Header.AUTO && beside != null) {
                // a header's advice (name the timestamp column) cannot help a file without one
                throw new BarsFormatException(file + ":" + first.line() + " (byte " + first.offset() + "): " + beside);
            }
            String bad = line.badValue();
            if (layout.header() == BarsLayout.Header.AUTO && bad != null) {
                // a bar with a typo, not a header: naming columns for it would not help
                throw new BarsFormatException(file + ":" + first.line() + " (byte " + first.offset() + "): line 1 is"
                        + " not a header but a bar with a bad " + bad + " (read as " + String.join(",",
                                line.usualOrder(file).keySet().stream().map(BarField::label).toList())
                        + "): if the file has no header, say so, and line 1 is rejected as that bar");
            }
            if (line.tick() != null) {
                // a header's advice (name the timestamp column) cannot help a file of ticks
                throw new BarsFormatException(file + ":" + first.line() + " (byte " + first.offset() + "): "
                        + line.tickMessage());
            }
            if (line.isBar()) {
                throw new BarsFormatException(e.getMessage() + "; line 1 reads as a bar, not a header: "
                        + (layout.header() == BarsLayout.Header.PRESENT ? "do not say the file has a header"
                                : "name the columns by number (1-based), not by header name"));
            }
            throw e;
        }
    }

    /**
     * @return one line saying that the file's first line was read as a bar, its columns by position,
     *     when the layout left that to be detected; null when the file has a header or the layout said it has none
     */
    public String headerNotice() {
        return notice;
    }

    /** @return the header's line in the file (after any {@code sep=} line or blank lines); 0 without a header */
    public long headerLine() {
        return headerLine;
    }

    /** @return the header's byte offset in the file; 0 without a header */
    public long headerOffset() {
        return headerOffset;
    }

    /** @return whether the file has no header (its first line is a bar; the columns are by position) */
    public boolean headerless() {
        return columns.headerless();
    }

    /** @return which header column each field is read from, e.g. {@code timestamp ← 'Date' + 'Time', …, volume absent (not in the cache)} */
    public String columns() {
        return columns.describe();
    }

    /** @return whether the file has a volume column (without one, every volume in the chunks is NaN) */
    public boolean hasVolume() {
        return columns.index(BarField.VOLUME) >= 0;
    }

    /**
     * Fills the chunk (clearing it first) with the next accepted rows.
     *
     * @param chunk the chunk to fill
     * @return false when the file had no more rows
     * @throws io.chunkwise.loader.csv.CsvParseException when a quoted field is never closed
     * @throws io.chunkwise.loader.io.SourceChangedException when the file changes while read
     * @throws BarsFormatException when a symbol column holds a second instrument
     */
    public boolean read(BarChunk chunk) {
        chunk.clear();
        if (ended) {
            order.finish(chunk);
            waitingRejects.release(order.firstPendingLine(), rejects);
            return chunk.size() > 0;
        }
        mapped.guard(() -> {
            while (!chunk.full()) {
                // the scanner passes over empty lines: the lines it moved on before a record (or the
                // end) are those, so every line after the header is a row or a blank line
                long lineBefore = scanner.line();
                if (scanner.next(mapped.size(), true) != CsvScanner.RECORD) {
                    blankLines += scanner.line() - lineBefore;
                    ended = true;
                    break;
                }
                CsvRecord record = scanner.record();
                blankLines += record.line() - lineBefore;
                // a NUL byte is never text (a crashed writer's padding): the scanner noted the first one
                // in passing, so the row is rejected as the loaders reject it, before its symbol is read
                boolean kept = record.size() == fields && record.nulOffset() < 0;
                String unplaced = kept ? instruments.rejection(record) : null;
                if (kept && unplaced == null && !instruments.belongs(record)) {
                    continue; // another instrument's row, counted by skipped()
                }
                String reason = unplaced != null ? unplaced : kept ? parse(record) : null;
                if (!kept) {
                    Reject r = FieldCount.reject(record, fields);
                    reject(r.line(), r.offset(), record.size() > fields ? splitHint(r.reason(), record) : r.reason());
                } else if (reason != null) {
                    reject(record.line(), record.offset(), reason);
                } else {
                    order.offer(time, timeText, values, record.line(), record.offset(), chunk);
                }
                waitingRejects.release(order.firstPendingLine(), rejects);
            }
            if (ended) {
                order.finish(chunk);
                waitingRejects.release(order.firstPendingLine(), rejects);
            }
        });
        if (ended) {
            mapped.checkUnchanged();
        }
        return chunk.size() > 0;
    }

    /**
     * Caps a chunk's rows at the file's: a row is at least a line, so a chunk never needs more rows
     * than the lines after the header. They are counted (one pass over the bytes, no parsing) only when
     * the file is smaller than two bytes (a character and a line feed) for each row wanted: then it
     * may hold fewer, and the pass costs less than allocating the rows it saves.
     *
     * @param most the rows wanted (at least 1)
     * @return {@code most}, or the file's lines after the header when fewer (at least 1)
     */
    public int rowsAtMost(int most) {
        long from = scanner.position();
        long end = mapped.size();
        if ((end - from + 1) / 2 >= most) {
            return most;
        }
        long lines = mapped.read(() -> {
            MemorySegment s = mapped.segment();
            long lineFeeds = ByteCounter.count(s, from, end, (byte) '\n', (byte) '\n') & 0xFFFF_FFFFL;
            // and a last line without its line feed
            return lineFeeds + (end > from && s.get(ValueLayout.JAVA_BYTE, end - 1) != '\n' ? 1 : 0);
        });
        return (int) Math.max(1, Math.min(most, lines));
    }

    /**
     * @return a row's too-many-fields reason, with why its fields show it: numbers with thousands
     *     separators or a decimal comma, split at a ',' delimiter ({@link SplitNumbers}); or, with a
     *     decimal comma read, how to read it
     */
    private String splitHint(String reason, CsvRecord record) {
        if (delimiter != ',') {
            return reason;
        }
        SplitNumbers.Kind kind = SplitNumbers.of(record, fields);
        if (decimalComma && kind == SplitNumbers.Kind.EITHER) {
            // with a decimal comma read, 157,123 is what the user said the file holds: a decimal comma
            kind = SplitNumbers.Kind.NONE;
        } else if (kind == SplitNumbers.Kind.NONE && !decimalComma) {
            return reason;
        }
        if (!reason.equals(splitReason) || kind != splitKind) {
            splitReason = reason;
            splitKind = kind;
            splitHinted = reason + ": " + (kind == SplitNumbers.Kind.NONE
                    ? "a decimal comma splits unquoted numbers at a ',' delimiter; if the fields are separated by ';',"
                            + " set the delimiter to ';'"
                    : SplitNumbers.hint(kind));
        }
        return splitHinted;
    }

    /**
     * Reads the whole file, handing over each full chunk (and the last, partial one), then unmaps it.
     *
     * @param chunk the chunk to fill and reuse
     * @param onChunk receives the chunk each time it is filled (valid until it returns)
     * @param rejects receives each rejected row
     * @param progress receives bytes consumed, as deltas
     */
    public void read(BarChunk chunk, Consumer<BarChunk> onChunk, Consumer<BarReject> rejects, LongConsumer progress) {
        this.rejects = rejects;
        try (this) {
            long reported = 0;
            while (read(chunk)) {
                onChunk.accept(chunk);
                progress.accept(bytesRead() - reported);
                reported = bytesRead();
            }
            progress.accept(bytesRead() - reported);
        }
    }

    private void reject(long line, long offset, String reason) {
        rejected++;
        waitingRejects.add(new BarReject(file, line, offset, reason));
    }

    /** Parses the record into {@link #time} and {@link #values}; returns why it is rejected, or null. */
    private String parse(CsvRecord record) {
        String text = record.get(timeColumn).strip();
        try {
            if (dateColumn >= 0) {
                String date = record.get(dateColumn).strip();
                time = timestamps.parse(date, text);
                text = date + " " + text;
            } else {
                time = timestamps.parse(text);
            }
        } catch (IllegalArgumentException e) {
            return repeatsHeader(record) ? "the header again (files joined with their headers?)" : e.getMessage();
        }
        timeText = text;
        for (int c = 0; c < VALUES.size(); c++) {
            if (index[c] < 0) {
                continue;
            }
            String field = record.get(index[c]).strip();
            double v;
            try {
                v = BarValues.decimal(field, decimalComma);
            } catch (NumberFormatException e) {
                return BarValues.bad(VALUES.get(c).label(), field, decimalComma);
            }
            if (!Double.isFinite(v) || BarValues.underflowed(field, v)) {
                // a decimal beyond a double's range (1e400, 1e-400): never stored as infinity or as zero
                return VALUES.get(c).label() + " " + FieldText.quoted(field) + " out of float32 range (the cache stores float32: "
                        + "1.2e-38 to 3.4e38)";
            }
            if (c < VALUES.size() - 1 && v <= 0) {
                // named and quoted here, where the text is at hand: in millions of rows "a price" is not enough
                return VALUES.get(c).label() + " " + FieldText.quoted(field) + " is not positive";
            }
            if (!BarValues.fitsFloat(v)) {
                return VALUES.get(c).label() + " " + FieldText.quoted(field) + " out of float32 range (the cache stores float32: "
                        + "1.2e-38 to 3.4e38)";
            }
            if (c == VALUES.size() - 1 && v < 0) {
                return "negative volume " + FieldText.quoted(field); // as written, as the other reasons quote it
            }
            values[c] = v == 0 ? 0.0 : v; // -0 is stored as 0
        }
        return BarValues.inconsistency(values[0], values[1], values[2], values[3], values[4]);
    }

    /** @return whether the record is the header's names again, as where {@code cat a.csv b.csv} joined two files */
    private boolean repeatsHeader(CsvRecord record) {
        for (int i = 0; i < headerNames.size(); i++) {
            // the second file's byte-order mark, which only the first line of a file is read without
            if (!record.get(i).replace("\uFEFF", "").strip().equals(headerNames.get(i).strip())) {
                return false;
            }
        }
        return !headerNames.isEmpty();
    }

    /** @return how the timestamps parsed so far were read: local times, their own offsets, epoch numbers */
    public TimestampKinds timestampKinds() {
        return timestamps.kinds();
    }

    /** @return rows accepted so far */
    public long accepted() {
        return order.accepted();
    }

    /** @return rows of other instruments than the layout's symbol, skipped so far */
    public long skipped() {
        return instruments.skipped();
    }

    /** @return the first few other instruments than the layout's symbol, in file order, skipped so far ({@code EURUSD, GBPUSD}) */
    public String skippedSymbols() {
        return instruments.others();
    }

    /**
     * @return the first few other instruments than the layout's symbol skipped so far, in file order,
     *     each with its rows skipped (a few at most, whatever the file holds: the rows of later ones
     *     are only in {@link #skipped()})
     */
    public List<SkippedSymbol> skippedSymbolCounts() {
        return instruments.otherCounts();
    }

    /** @return rows rejected so far */
    public long rejected() {
        return rejected;
    }

    /**
     * @return empty lines (LF or CRLF only) skipped so far, before the header too: with the header,
     *     a {@code sep=} line and the rows accepted, rejected and skipped, every line of the file; a
     *     line of spaces is a row, rejected
     */
    public long blankLines() {
        return blankLines;
    }

    /** @return bytes of the file consumed so far (header included) */
    public long bytesRead() {
        return ended ? mapped.size() : scanner.position();
    }

    /** Unmaps the file. */
    @Override
    public void close() {
        mapped.close();
    }
}
