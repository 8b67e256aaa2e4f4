package io.chunkwise.reports.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all, as {@code report.md} is written: beside it in the same
 * directory, forced, then renamed over it. A run stopped (Ctrl-C, SIGTERM) or failing part-way
 * leaves the earlier file (or none), never a truncated one under its name.
 */
public final class WholeFile {
    private WholeFile() {
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to write it to (closed by the caller)
         * @throws IOException when it cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param file the file to create or replace
     * @param content writes its content
     * @throws IOException when it cannot be written or renamed; nothing is left beside it
     */
    public static void write(Path file, Content content) throws IOException {
        // a fixed name, not a temp file's random one: a stopped run's is replaced by the next, not left to pile up,
        // and the file gets the directory's usual permissions (a temp file's are its owner's alone)
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // an encoder that closes its stream must not close the channel before it is forced
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(ch)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
