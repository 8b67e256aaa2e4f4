package io.chunkwise.cli.report;

import io.chunkwise.cli.UserError;
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
     * @throws UserError when it, or the nearest of its parents that exists, is not a directory
     */
    public static void require(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new UserError((p.equals(dir.toAbsolutePath().normalize()) ? dir : p) + " exists and is not a directory");
                }
                return;
            }
        }
    }
}
