package io.chunkwise.loader.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An output that is this process's standard output or standard error while that is a regular file
 * ({@code --rejects /dev/stdout} in a script whose output goes {@code > log.txt}). Such an output
 * is written through the descriptor the process inherited, at the offset it shares with the shell:
 * renamed over, the shell would go on writing to the file it replaced, and what it wrote before
 * and after would be lost; opened again by name, it would be written from its start, over them. A
 * pipe or terminal behind {@code /dev/stdout} needs none of this: opening it by name gives the
 * same pipe ({@link ScratchFiles#isDevice}).
 */
public final class StandardStreams {
    /** How this process's descriptors can be opened by name on Linux. */
    private static final Path OUT = Path.of("/proc/self/fd/1");
    private static final Path ERR = Path.of("/proc/self/fd/2");

    private StandardStreams() {
    }

    /**
     * @param output an output path (a link to follow or not)
     * @return the standard stream that is the same regular file, if one is
     */
    public static Optional<FileDescriptor> of(Path output) {
        if (same(output, OUT)) {
            return Optional.of(FileDescriptor.out);
        }
        if (same(output, ERR)) {
            return Optional.of(FileDescriptor.err);
        }
        return Optional.empty();
    }

    /**
     * Appends a finished file to a standard stream, after whatever this process already wrote
     * there (flushed first, so the order holds), and leaves the stream open for the rest.
     *
     * @param written the file's content
     * @param stream {@link FileDescriptor#out} or {@link FileDescriptor#err}
     * @throws IOException when reading or writing fails
     */
    public static void append(Path written, FileDescriptor stream) throws IOException {
        (stream == FileDescriptor.err ? System.err : System.out).flush();
        // not closed: closing it would close the process's own descriptor
        OutputStream out = new FileOutputStream(stream);
        try (InputStream in = Files.newInputStream(written)) {
            in.transferTo(out);
        }
        out.flush();
    }

    private static boolean same(Path output, Path stream) {
        try {
            return Files.isRegularFile(stream) && Files.exists(output) && Files.isSameFile(output, stream);
        } catch (IOException | SecurityException e) {
            return false; // not resolvable: no evidence it is the stream, and it is written as a file
        }
    }
}
