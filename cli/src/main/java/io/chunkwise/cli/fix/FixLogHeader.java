package io.chunkwise.cli.fix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    /** How much of a file's start {@link #firstMessageLine} reads: a FIX log's first message comes early. */
    static final int SAMPLE_BYTES = 64 * 1024;
    /** A message's start: BeginString (FIX.4.x, FIXT.1.1) then BodyLength, each ended by SOH or '|'. */
    private static final Pattern MESSAGE_START = Pattern.compile("8=FIX(?:T\\.1\\.1|\\.\\d\\.\\d)[\\x01|]9=\\d+[\\x01|]");

    private FixLogHeader() {
    }

    /**
     * Finds a FIX message's start among the file's first {@value #SAMPLE_BYTES} bytes: also after a
     * log's comment or text lines, which a first-line check misses.
     *
     * @param file a file given as CSV
     * @return the line (from 1) of the first message start, or empty when there is none there or
     *     the file cannot be read (the command reading it says why)
     */
    public static OptionalLong firstMessageLine(Path file) {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        // ISO-8859-1 keeps one char per byte: a start is found whatever the bytes around it
        String text = new String(sample, StandardCharsets.ISO_8859_1);
        Matcher m = MESSAGE_START.matcher(text);
        if (!m.find()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(1 + text.substring(0, m.start()).chars().filter(c -> c == '\n').count());
    }
}
