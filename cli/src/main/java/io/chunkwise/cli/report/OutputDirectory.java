package io.chunkwise.cli.report;

import io.chunkwise.cli.UserError;
import io.chunkwise.loader.io.FileErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an output directory option before any work is done, so a long run (a tuning sweep, a
 * JMH suite) never ends in an error that was knowable at the start.
 */
public final class OutputDirectory {
    private OutputDirectory() {
    }

    /**
     * @param dir a directory to write into, created when missing
     * @throws UserError when it is empty, or it, or the nearest of its parents that exists, is not a
     *     directory or cannot be written (a read-only file system, a directory without write permission)
     */
    public static void require(Path dir) {
        require(dir, "--out");
    }

    /**
     * @param dir a directory to write into, created when missing
     * @param option how messages name it, e.g. {@code --inputs}
     * @throws UserError when it is empty, or it, or the nearest of its parents that exists, is not a
     *     directory or cannot be written (a read-only file system, a directory without write permission)
     */
    public static void require(Path dir, String option) {
        if (dir.toString().isBlank()) {
            // an unset shell variable (--out "$DIR") must not write into the current directory
            throw new UserError(option + " is empty: name the output directory");
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                boolean itself = p.equals(dir.toAbsolutePath().normalize());
                if (!Files.isDirectory(p)) {
                    throw new UserError((itself ? dir : p) + " exists and is not a directory");
                }
                if (!Files.isWritable(p)) {
                    throw new UserError(option + " " + dir + (itself ? "" : ": " + p + ", where it would be made,")
                            + " is not writable; choose another directory");
                }
                return;
            }
        }
    }

    /**
     * Checks the directory and makes it now, for a command whose outputs come only at its end:
     * a directory that cannot be made (a read-only or special file system) is refused before the
     * work, not after it.
     *
     * @param dir a directory to write into
     * @throws UserError when it cannot be used or made
     */
    public static void make(Path dir) {
        make(dir, "--out");
    }

    /**
     * Checks the directory and makes it now, as {@link #make(Path)} does.
     *
     * @param dir a directory to write into
     * @param option how messages name it, e.g. {@code --inputs}
     * @throws UserError when it cannot be used or made
     */
    public static void make(Path dir, String option) {
        require(dir, option);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError(option + " " + dir + ": cannot make the directory (" + FileErrors.reason(e) + "); choose another");
        }
    }
}
