package io.chunkwise.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Assumptions;

/** Files a test cannot read, for the commands' "permission denied" (root reads any file but a write-only one). */
public final class UnreadableFiles {
    /** A regular file that even root cannot open for reading: a write-only sysctl. */
    public static final Path WRITE_ONLY = Path.of("/proc/sys/vm/compact_memory");

    private UnreadableFiles() {
    }

    /**
     * @param file a file
     * @return whether opening it for reading is refused (as the commands open it: permissions, and for root only a write-only file)
     */
    public static boolean isUnreadable(Path file) {
        try (FileChannel _ = FileChannel.open(file, StandardOpenOption.READ)) {
            return false;
        } catch (AccessDeniedException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Skips the test unless the file is a regular file this user cannot read.
     *
     * @param file the file
     */
    public static void assumeUnreadable(Path file) {
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " is not a regular file here");
        Assumptions.assumeTrue(isUnreadable(file), file + " can be read by this user");
    }
}
