package io.chunkwise.loader.fix;

import io.chunkwise.loader.io.BinaryFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Refuses, before a scan, a log that would scan to "no message" and so pass for a clean one: a
 * compressed or archived log (rotated FIX logs are usually gzipped) and UTF-16 text (Notepad's
 * "Unicode"), whose every {@code 8=FIX} is spread over twice the bytes. The check reads the first
 * few KiB only.
 */
public final class FixLogFormat {
    /** How far a UTF-16 {@code 8=FIX} is looked for. */
    private static final int LOOK = 4096;
    private static final byte[] UTF16_LE = {'8', 0, '=', 0, 'F', 0, 'I', 0, 'X', 0};
    private static final byte[] UTF16_BE = {0, '8', 0, '=', 0, 'F', 0, 'I', 0, 'X'};

    private FixLogFormat() {
    }

    /**
     * @param log the log
     * @throws FixLogFormatException when it is an archive, compressed, or UTF-16 text
     */
    public static void requireText(Path log) {
        byte[] head;
        try (FileChannel ch = FileChannel.open(log)) {
            ByteBuffer b = ByteBuffer.allocate(LOOK);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // a short read is not the end of the file
            }
            head = Arrays.copyOf(b.array(), b.position());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log + ": " + e.getMessage(), e);
        }
        requireText(log.toString(), head);
    }

    /**
     * @param source the log's name, for the message
     * @param head the log's first bytes (a few KiB)
     * @throws FixLogFormatException when it is an archive, compressed, or UTF-16 text
     */
    static void requireText(String source, byte[] head) {
        String binary = BinaryFormats.describe(head);
        if (binary != null) {
            throw new FixLogFormatException(source, 0, binary);
        }
        boolean bom = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        int le = indexOf(head, UTF16_LE);
        int be = indexOf(head, UTF16_BE);
        int at = bom ? 0 : le >= 0 ? le : be;
        if (bom || at >= 0) {
            throw new FixLogFormatException(source, at, "UTF-16 text ("
                    + (bom ? "a byte-order mark" : "8=FIX two bytes a character")
                    + "); FIX logs are read as ASCII bytes: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
    }

    private static int indexOf(byte[] head, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= head.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (head[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
