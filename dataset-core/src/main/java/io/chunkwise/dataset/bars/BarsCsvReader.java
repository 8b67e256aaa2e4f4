package io.chunkwise.dataset.bars;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a bars CSV ({@code timestamp,open,high,low,close,volume}, columns found by header name,
 * any order, extra columns ignored) into {@link BarChunk}s. A row that does not parse is rejected
 * with its line and byte offset, never dropped silently; a missing header fails the whole file.
 */
public final class BarsCsvReader implements AutoCloseable {
    static final List<String> COLUMNS = List.of("timestamp", "open", "high", "low", "close", "volume");

    private final Path file;
    private final InputStream in;
    private final Consumer<BarReject> rejects;
    private final int[] index = new int[COLUMNS.size()];
    private final List<String> fields = new ArrayList<>();
    private byte[] line = new byte[256];
    private int lineLength;
    private long lineNumber;
    private long offset;
    private long lineStart;
    private long accepted;
    private long rejected;
    private long lastTime = Long.MIN_VALUE;

    /**
     * Opens the file and reads its header.
     *
     * @param file the bars CSV
     * @param rejects receives each rejected row
     * @throws BarsFormatException when the header lacks a required column
     */
    public BarsCsvReader(Path file, Consumer<BarReject> rejects) {
        this.file = file;
        this.rejects = rejects;
        try {
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readHeader();
    }

    private void readHeader() {
        if (!nextLine()) {
            throw new BarsFormatException(file + ":1 (byte 0): empty file, expected header "
                    + String.join(",", COLUMNS));
        }
        split();
        List<String> names = fields.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = names.indexOf(COLUMNS.get(c));
            if (index[c] < 0) {
                throw new BarsFormatException(file + ":1 (byte 0): header lacks column '" + COLUMNS.get(c)
                        + "' (expected " + String.join(",", COLUMNS) + ", found " + String.join(",", names) + ")");
            }
        }
    }

    /**
     * Fills the chunk with the next accepted rows (clearing it first).
     *
     * @param chunk the chunk to fill
     * @return false when the file had no more rows
     */
    public boolean read(BarChunk chunk) {
        chunk.clear();
        while (!chunk.full() && nextLine()) {
            if (lineLength == 0 || (lineLength == 1 && line[0] == '\r')) {
                continue;
            }
            split();
            String reason = parseInto(chunk);
            if (reason == null) {
                accepted++;
            } else {
                rejected++;
                rejects.accept(new BarReject(file, lineNumber, lineStart, reason));
            }
        }
        return chunk.size() > 0;
    }

    private String parseInto(BarChunk chunk) {
        int needed = 0;
        for (int i : index) {
            needed = Math.max(needed, i + 1);
        }
        if (fields.size() < needed) {
            return "expected at least " + needed + " fields, found " + fields.size();
        }
        long t;
        double[] v = new double[5];
        try {
            t = BarTimestamps.parse(fields.get(index[0]).strip());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (int c = 1; c < COLUMNS.size(); c++) {
            String text = fields.get(index[c]).strip();
            try {
                v[c - 1] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return "bad " + COLUMNS.get(c) + " '" + text + "'";
            }
            if (!Double.isFinite(v[c - 1])) {
                return "non-finite " + COLUMNS.get(c) + " '" + text + "'";
            }
        }
        if (v[0] <= 0 || v[1] <= 0 || v[2] <= 0 || v[3] <= 0) {
            return "prices must be positive";
        }
        if (v[1] < v[2]) {
            return "high " + v[1] + " below low " + v[2];
        }
        if (t <= lastTime) {
            return "timestamp not after the previous row's";
        }
        lastTime = t;
        chunk.add(t, v[0], v[1], v[2], v[3], v[4]);
        return null;
    }

    private void split() {
        fields.clear();
        int len = lineLength;
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        int start = 0;
        for (int i = 0; i <= len; i++) {
            if (i == len || line[i] == ',') {
                fields.add(new String(line, start, i - start, StandardCharsets.US_ASCII));
                start = i + 1;
            }
        }
    }

    private boolean nextLine() {
        try {
            lineStart = offset;
            lineLength = 0;
            int b = in.read();
            if (b < 0) {
                return false;
            }
            while (b >= 0 && b != '\n') {
                if (lineLength == line.length) {
                    line = java.util.Arrays.copyOf(line, line.length * 2);
                }
                line[lineLength++] = (byte) b;
                b = in.read();
            }
            offset += lineLength + (b < 0 ? 0 : 1);
            lineNumber++;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return rows accepted so far */
    public long accepted() {
        return accepted;
    }

    /** @return rows rejected so far */
    public long rejected() {
        return rejected;
    }

    /** @return bytes consumed so far */
    public long bytesRead() {
        return offset;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
