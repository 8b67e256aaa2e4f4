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
 * ({@link BinaryFormats}) is named as such first. Only the file's start is read.
 */
final class LineEndings {
    private static final int PROBE = 64 * 1024;

    private LineEndings() {
    }

    /**
     * @param file the bars CSV
     * @throws BarsFormatException when it starts as an archive or binary format, or its first 64 KiB
     *     hold a CR but no LF
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
            throw new BarsFormatException(file + ": " + binary + (arrow ? "; iterate it with 'chunkwise dataset iterate'" : ""));
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
