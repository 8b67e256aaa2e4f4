package io.chunkwise.dataset.bars;

import io.chunkwise.loader.io.BinaryFormats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a file whose lines end in a bare CR (classic Mac OS): RFC 4180 reading would see one
 * endless header line and report a baffling "duplicate header name". An archive or binary file
 * ({@link BinaryFormats}) is named as such first, and UTF-16 text by its byte-order mark (read as
 * UTF-8 its header is a garble of NULs). Only the file's start is read.
 */
final class LineEndings {
    private static final int PROBE = 64 * 1024;

    private LineEndings() {
    }

    /**
     * @param file the bars CSV
     * @throws BarsFormatException when it starts as an archive or binary format or with a UTF-16
     *     byte-order mark, or its first 64 KiB hold a CR but no LF
     */
    static void requireLineFeeds(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String binary = BinaryFormats.describe(head);
        if (binary != null) {
            boolean arrow = binary.startsWith("an Arrow IPC file");
            throw new BarsFormatException(file + ": " + binary + (arrow ? "; open it as a cache, not as bars" : ""));
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw new BarsFormatException(file + ": UTF-16 text (byte-order mark " + String.format("%02X %02X", head[0] & 0xFF,
                    head[1] & 0xFF) + "); bars files are read as UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
        boolean cr = false;
        for (byte b : head) {
            if (b == '\n') {
                return;
            }
            cr |= b == '\r';
        }
        if (cr) {
            throw new BarsFormatException(file + ": lines end in CR only (classic Mac); convert them to LF or CRLF"
                    + " (e.g. tr '\\r' '\\n' < IN > OUT)");
        }
    }
}
