package io.chunkwise.cli.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FIX log given where a CSV file is expected: read as CSV, its first message is a one-column
 * "header" and every other message a record, which scans without an error and means nothing
 * (a first line that is a message: {@link io.chunkwise.loader.csv.CsvHeader#looksLikeFixMessage}).
 */
public final class FixLogHeader {
    /**
     * How far a first message start is looked for: past a start-up banner, a log4j header or stack
     * traces of any length, as fixscan finds a log's first messages, yet bounded, so a large CSV
     * with no FIX in it costs a bounded read.
     */
    static final long LOOK = 256L << 20;
    /** Read a block at a time, so a long banner costs reads, not memory. */
    private static final int BLOCK = 1 << 20;
    /** Bytes a start may reach past a block's end: {@code 8=FIXT.1.1}, a delimiter, {@code 9=}, digits, a delimiter. */
    private static final int OVERLAP = 64;
    /** A message's start: BeginString (FIX.4.x, FIXT.1.1) then BodyLength, each ended by SOH or '|'. */
    private static final Pattern MESSAGE_START = Pattern.compile("8=FIX(?:T\\.1\\.1|\\.\\d\\.\\d)[\\x01|]9=\\d+[\\x01|]");

    private FixLogHeader() {
    }

    /**
     * Finds a FIX message's start among the file's first {@value #LOOK} bytes, block by block: also
     * after a log's comment or text lines, or a banner longer than any one block, which a
     * first-line check misses.
     *
     * @param file a file given as CSV
     * @return the line (from 1) of the first message start, or empty when there is none there or
     *     the file cannot be read (the command reading it says why)
     */
    public static OptionalLong firstMessageLine(Path file) {
        try (FileChannel ch = FileChannel.open(file)) {
            long line = 1;
            ByteBuffer buffer = ByteBuffer.allocate(BLOCK + OVERLAP);
            for (long at = 0; at < LOOK; at += BLOCK) {
                buffer.clear();
                while (buffer.hasRemaining() && ch.read(buffer, at + buffer.position()) >= 0) {
                    // a short read is not the end of the file
                }
                int read = buffer.position();
                // ISO-8859-1 keeps one char per byte: a start is found whatever the bytes around it
                String text = new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1);
                Matcher m = MESSAGE_START.matcher(text);
                int examined = Math.min(read, BLOCK);
                // a start in the overlap is the next block's, found there with its lines counted
                if (m.find() && m.start() < examined) {
                    return OptionalLong.of(line + newlines(text, m.start()));
                }
                if (read <= BLOCK) {
                    return OptionalLong.empty();
                }
                line += newlines(text, examined);
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static long newlines(String text, int end) {
        long n = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
