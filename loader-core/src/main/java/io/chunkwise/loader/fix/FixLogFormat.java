package io.chunkwise.loader.fix;

import io.chunkwise.loader.io.BinaryFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

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
     * @return a notice for the user when its lines end in a bare CR (no LF in its first bytes):
     *     line numbers and the lost-start rule count LF line breaks; else empty
     * @throws FixLogFormatException when it is an archive, compressed, or UTF-16 text
     */
    public static Optional<String> requireText(Path log) {
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
        return requireText(log.toString(), head, head.length < LOOK);
    }

    /**
     * A log whose lines end in bare CR (classic Mac OS line breaks, no LF in its first bytes) is
     * still framed by BodyLength, but line numbers and the lost-start rule count LF line breaks:
     * its every message is on line 1, and a message whose start was lost is not found. Said, not
     * refused: its messages are all checked.
     *
     * @param source the log's name, for the message
     * @param head the log's first bytes (a few KiB)
     * @param whole whether {@code head} is the whole log
     * @return a notice when the log's lines end in bare CR, else empty
     * @throws FixLogFormatException when it is an archive, compressed, or UTF-16 text
     */
    static Optional<String> requireText(String source, byte[] head, boolean whole) {
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
        return bareCarriageReturns(head, whole) ? Optional.of(source + ": its lines end in a bare CR (a classic Mac OS"
                + " line break); line numbers and the lost-start rule (CHECKSUM_WITHOUT_START) count LF line breaks, so"
                + " every message is on line 1 and a message whose start was lost is not found: convert the line breaks"
                + " to LF, e.g. tr '\\r' '\\n'") : Optional.empty();
    }

    /** @return whether {@code head} holds no LF and a CR known not to start a CR LF */
    private static boolean bareCarriageReturns(byte[] head, boolean whole) {
        boolean cr = false;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                return false;
            }
            cr |= head[i] == '\r' && (i + 1 < head.length || whole);
        }
        return cr;
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
