package io.chunkwise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps an output file off standard output when {@code --json} reserves it for one JSON value:
 * {@code --rejects /dev/stdout} (the README's way to send an output there) would write CSV before
 * the JSON. The file is compared by identity, so {@code /proc/self/fd/1}, a symbolic link to it, or
 * the file stdout is redirected to ({@code > out.json} with {@code --rejects out.json}) are caught.
 */
final class JsonStdout {
    /** Where this process's standard output can be opened by name, on Linux and on the BSDs and macOS. */
    private static final Path[] STDOUT_NAMES = {Path.of("/proc/self/fd/1"), Path.of("/dev/stdout")};

    /** Discards whatever is written: the JSON on stdout stays whole when both go there. */
    private static final Path NULL_DEVICE = Path.of("/dev/null");

    private JsonStdout() {
    }

    /**
     * @param role how the user named the output, e.g. {@code --rejects}
     * @param output the output path, or {@code null} when the run writes none
     * @throws UserError when the output is this process's standard output
     */
    static void refuse(String role, Path output) {
        if (output == null) {
            return;
        }
        for (Path stdout : STDOUT_NAMES) {
            if (Files.exists(stdout)) {
                refuse(role, output, stdout);
                return;
            }
        }
        // stdout cannot be named on this system: nothing to compare with
    }

    /**
     * @param role how the user named the output
     * @param output the output path
     * @param stdout a path that opens standard output
     * @throws UserError when {@code output} is the same file as {@code stdout}
     */
    static void refuse(String role, Path output, Path stdout) {
        if (sameFile(output, stdout) && !sameFile(output, NULL_DEVICE)) {
            throw new UserError(role + " " + output + " is standard output, where --json prints its JSON: write it to a "
                    + "file, or leave out --json");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false; // one cannot be resolved: no evidence they are one file, and the run is not held up
        }
    }
}
