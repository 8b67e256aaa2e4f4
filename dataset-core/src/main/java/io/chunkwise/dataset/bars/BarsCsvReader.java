package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.csv.CsvRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a bars CSV ({@code timestamp,open,high,low,close,volume}; columns found by header name in
 * any order, extra columns ignored) with loader-core's mapped RFC 4180 reader, into reused
 * {@link BarChunk}s. A row that does not parse, has a wrong field count, an impossible price or a
 * timestamp not after the previous row's is rejected with its line and byte offset, never dropped
 * silently; a file without the needed header fails as a whole.
 */
public final class BarsCsvReader {
    static final List<String> COLUMNS = List.of("timestamp", "open", "high", "low", "close", "volume");

    private final Path file;
    private final int[] index = new int[COLUMNS.size()];
    private final double[] values = new double[COLUMNS.size() - 1];
    private long accepted;
    private long rejected;
    private long lastTime = Long.MIN_VALUE;

    /** @param file the bars CSV */
    public BarsCsvReader(Path file) {
        this.file = file;
    }

    /**
     * Reads the whole file, handing over each full chunk (and the last, partial one).
     *
     * @param chunk the chunk to fill and reuse
     * @param onChunk receives the chunk each time it is full, and at the end when not empty
     * @param rejects receives each rejected row
     * @param progress receives bytes consumed, as deltas
     * @throws BarsFormatException when the header lacks a required column
     * @throws io.chunkwise.loader.csv.CsvParseException when the file cannot be read as CSV at all
     */
    public void read(BarChunk chunk, Consumer<BarChunk> onChunk, Consumer<BarReject> rejects, LongConsumer progress) {
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            CsvHeader header = reader.header();
            for (int c = 0; c < COLUMNS.size(); c++) {
                String name = COLUMNS.get(c);
                index[c] = header.find(name).orElseThrow(() -> new BarsFormatException(file + ":1 (byte "
                        + header.offset() + "): header lacks column '" + name + "' (expected "
                        + String.join(",", COLUMNS) + ", found " + String.join(",", header.names()) + ")"));
            }
            chunk.clear();
            long[] reported = {0};
            reader.forEach(record -> {
                String reason = parseInto(record, chunk);
                if (reason == null) {
                    accepted++;
                } else {
                    rejected++;
                    rejects.accept(new BarReject(file, record.line(), record.offset(), reason));
                }
                if (chunk.full()) {
                    onChunk.accept(chunk);
                    chunk.clear();
                    progress.accept(record.endOffset() - reported[0]);
                    reported[0] = record.endOffset();
                }
            }, r -> {
                rejected++;
                rejects.accept(new BarReject(file, r.line(), r.offset(), r.reason()));
            });
            if (chunk.size() > 0) {
                onChunk.accept(chunk);
                chunk.clear();
            }
            progress.accept(reader.size() - reported[0]);
        }
    }

    private String parseInto(CsvRecord record, BarChunk chunk) {
        long t;
        String time = record.get(index[0]).strip();
        try {
            t = BarTimestamps.parse(time);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (int c = 1; c < COLUMNS.size(); c++) {
            String text = record.get(index[c]).strip();
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return "bad " + COLUMNS.get(c) + " '" + text + "'";
            }
            if (!Double.isFinite(v)) {
                return "non-finite " + COLUMNS.get(c) + " '" + text + "'";
            }
            values[c - 1] = v;
        }
        double open = values[0];
        double high = values[1];
        double low = values[2];
        double close = values[3];
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
            return "prices must be positive";
        }
        if (high < low) {
            return "high " + high + " below low " + low;
        }
        if (values[4] < 0) {
            return "negative volume " + values[4];
        }
        if (t <= lastTime) {
            return "timestamp '" + time + "' not after the previous row's";
        }
        lastTime = t;
        chunk.add(t, open, high, low, close, values[4]);
        return null;
    }

    /** @return rows accepted so far */
    public long accepted() {
        return accepted;
    }

    /** @return rows rejected so far */
    public long rejected() {
        return rejected;
    }
}
