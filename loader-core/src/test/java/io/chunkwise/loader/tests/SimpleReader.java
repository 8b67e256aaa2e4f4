package io.chunkwise.loader.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent, deliberately naive reader of the same grammar, over a whole byte array: the
 * oracle the strategies are compared with. Slow and obvious on purpose.
 */
final class SimpleReader {
    /**
     * One record: where it starts, its line, its values, and the closing quote of its first quoted
     * field that ran over a line feed and closed with text after it (a stray quote's join), or -1.
     */
    record Row(long offset, long line, List<String> values, long strayQuote) {
        Row(long offset, long line, List<String> values) {
            this(offset, line, values, -1);
        }
    }

    static List<Row> read(byte[] data, char delimiter) {
        int p = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        long line = 1;
        List<Row> rows = new ArrayList<>();
        while (p < data.length) {
            if (data[p] == '\n') {
                p++;
                line++;
                continue;
            }
            if (data[p] == '\r' && p + 1 < data.length && data[p + 1] == '\n') {
                p += 2;
                line++;
                continue;
            }
            int start = p;
            long startLine = line;
            List<String> values = new ArrayList<>();
            long strayQuote = -1;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                ByteArrayOutputStream v = new ByteArrayOutputStream();
                if (p < data.length && data[p] == '"') {
                    long linesBefore = line;
                    p++;
                    while (true) {
                        if (p >= data.length) {
                            throw new IllegalStateException("unterminated quote at " + start);
                        }
                        if (data[p] == '"') {
                            if (p + 1 < data.length && data[p + 1] == '"') {
                                v.write('"');
                                p += 2;
                                continue;
                            }
                            p++;
                            break;
                        }
                        if (data[p] == '\n') {
                            line++;
                        }
                        v.write(data[p++]);
                    }
                    boolean textAfter = p < data.length && data[p] != delimiter && data[p] != '\n' && data[p] != '\r'
                            && data[p] != ' ' && data[p] != '\t';
                    if (strayQuote < 0 && line > linesBefore && textAfter) {
                        strayQuote = p - 1;
                    }
                }
                int literal = p;
                while (p < data.length && data[p] != delimiter && data[p] != '\n') {
                    v.write(data[p++]);
                }
                byte[] bytes = v.toByteArray();
                if (p >= data.length || data[p] == '\n') {
                    // the CRs before a line feed, or before the end of the file, end the line
                    int q = p;
                    while (q > literal && data[q - 1] == '\r') {
                        q--;
                    }
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length - (p - q));
                }
                values.add(new String(bytes, StandardCharsets.UTF_8));
                if (p >= data.length) {
                    endOfRecord = true;
                } else if (data[p] == '\n') {
                    p++;
                    line++;
                    endOfRecord = true;
                } else {
                    p++;
                    if (p >= data.length) {
                        values.add("");
                        endOfRecord = true;
                    }
                }
            }
            rows.add(new Row(start, startLine, values, strayQuote));
        }
        return rows;
    }
}
