package io.chunkwise.loader.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks the files a user names before a byte is read or written: an input must be a regular
 * file (a directory, pipe or device cannot be mapped), and an output must not be one of the
 * inputs, nor a directory, nor lie in a directory that does not exist (or is a file). Failures are
 * {@link IllegalArgumentException}s whose message names the path as the user gave it.
 */
public final class FileArguments {
    private FileArguments() {
    }

    /**
     * @param file a file to read
     * @throws IllegalArgumentException when it does not exist or is not a regular file
     */
    public static void requireInput(Path file) {
        requireInput(file, file.toString());
    }

    /**
     * @param file a file to read
     * @param written its name as the user wrote it, for messages: a path drops a trailing {@code /},
     *     and {@code no such file: nope.csv} of {@code nope.csv/} names another name than the one typed
     * @throws IllegalArgumentException when it does not exist or is not a regular file
     */
    public static void requireInput(Path file, String written) {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(written + ": is a directory, not a file");
        }
        if (Files.exists(file)) {
            throw new IllegalArgumentException(written + ": not a regular file (a pipe or device cannot be mapped; copy it to a file)");
        }
        if (file.toString().equals("-")) {
            // the Unix habit for standard input: "no such file: -" would not say that it is not read
            throw new IllegalArgumentException("-: '-' is not standard input here: inputs are read from files"
                    + " (at offsets, by several threads); save it to a file first (./- for a file named '-')");
        }
        if (Files.isSymbolicLink(file)) {
            // "no such file" of a name that ls lists: the link is there, what it points to is not
            throw new IllegalArgumentException(written + ": " + brokenLink(file));
        }
        throw new IllegalArgumentException(noSuchFile(written));
    }

    /** @return why a link that exists names no file: its target is missing, or links lead round in a loop */
    private static String brokenLink(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path resolved = link.resolveSibling(target);
            if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
                return "a symbolic link to " + target + ", which does not exist";
            }
            return "a symbolic link to " + target + ", " + (Files.isSymbolicLink(resolved)
                    ? "whose links lead to no file (one is dangling, or they loop)" : "which cannot be reached");
        } catch (IOException e) {
            return "a symbolic link that cannot be read: " + FileErrors.reason(e);
        }
    }

    /**
     * @param file a name that names no file
     * @return "no such file", and why when the name lost bytes on its way in: a name that is not
     *     UTF-8 (a Latin-1 {@code caf\xe9.csv}) reaches the JVM with U+FFFD in their place, which
     *     names another file
     */
    public static String noSuchFile(String file) {
        return "no such file: " + file + (file.indexOf('\uFFFD') >= 0
                ? " (its name holds bytes that are not UTF-8, which reach Java as U+FFFD; rename the file with a UTF-8 name)"
                : unexpandedTilde(file));
    }

    /**
     * @param path a path as the user gave it
     * @return " (a '~' the shell did not expand, …)" when it starts with {@code ~/}, else "": the shell
     *     expands {@code ~} only unquoted at a word's start, so {@code "~/m.csv"} and {@code --x=~/m.csv}
     *     arrive as written and name a directory {@code ~} that does not exist
     */
    public static String unexpandedTilde(String path) {
        return path.equals("~") || path.startsWith("~/")
                ? " (a '~' the shell did not expand, in quotes or after '=': write $HOME instead, or leave it unquoted)"
                : "";
    }

    /**
     * @param output a file to write
     * @param role how the user named it, for messages (e.g. {@code --rejects})
     * @param replaced whether it is replaced by renaming a new file over it (an index), rather
     *     than written through (so a device such as {@code /dev/null} is refused only then)
     * @param inputs the files the same run reads
     * @throws IllegalArgumentException when writing there would destroy an input or cannot work, or
     *     it is empty or {@code -}
     */
    public static void requireOutput(Path output, String role, boolean replaced, Path... inputs) {
        if (output.toString().isBlank()) {
            // an unset shell variable (--rejects "$FILE"): the empty path is the working directory
            throw new IllegalArgumentException(role + " is empty: name a file");
        }
        if (output.toString().equals("-")) {
            // the Unix habit for standard output; taken literally, a file named '-' would appear in the working directory
            throw new IllegalArgumentException(role + " -: '-' is not standard output here; " + (replaced
                    // /dev/stdout is refused below for such an output: not a regular file, or the shell's own
                    ? "this output is a file of its own, written whole and renamed into place: name a file"
                    : "name a file, or /dev/stdout") + " (./- for a file named '-')");
        }
        // a symbolic link is written through to its target (ScratchFiles.target), so its directory is
        // the one to check: a dangling link into a missing directory fails now, not after the work
        Path parent = written(output, role).getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(role + " " + output + ": " + (Files.exists(parent)
                    ? parent + " is not a directory" : "directory " + parent + " does not exist"
                    + unexpandedTilde(output.toString())));
        }
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException(role + " " + output + ": is a directory");
        }
        // a file is written beside its path and renamed over it: refused now, before work that can
        // take minutes (a master's index), not at the end; a device is written in place, and an
        // index there may be fresh, only to be read (its rebuild names the directory if it is not)
        if (parent != null && !Files.isWritable(parent) && !ScratchFiles.isDevice(output)
                && !(replaced && Files.isRegularFile(output))) {
            throw new IllegalArgumentException(role + " " + output + ": " + parent + " is not writable; choose another path");
        }
        if (!Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            if (input != null && sameFile(output, input)) {
                throw new IllegalArgumentException(role + " " + output + " is the input file " + input
                        + ": writing it would destroy the input; choose another path");
            }
        }
        if (replaced && StandardStreams.of(output).isPresent()) {
            // renamed over, the file would leave the shell writing to the one it replaced: what the
            // script wrote there before, and this run's own messages, would be lost
            throw new IllegalArgumentException(role + " " + output + ": is this process's standard output or error, a file"
                    + " here; this output is a file of its own, written whole and renamed into place: name that file");
        }
        if (replaced && !Files.isRegularFile(output)) {
            throw new IllegalArgumentException(role + " " + output
                    + ": not a regular file, and it would be replaced by one; choose another path");
        }
    }

    /**
     * Refuses two outputs of one run at one path (also when neither exists yet): one would
     * overwrite the other, and what it held would be lost.
     *
     * @param roleA how the user named the first output (e.g. {@code --out})
     * @param a the first output, or {@code null} when the run writes none
     * @param roleB how the user named the second
     * @param b the second output, or {@code null}
     * @throws IllegalArgumentException when both name the same file (not a device)
     */
    public static void requireDistinct(String roleA, Path a, String roleB, Path b) {
        if (a == null || b == null || ScratchFiles.isStream(a)) {
            return; // a stream is written in place, not replaced: both may go to /dev/null or /dev/stdout
        }
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize()) || Files.exists(a) && sameFile(a, b)) {
            throw new IllegalArgumentException(roleA + " " + a + " and " + roleB + " " + b
                    + " are the same file: one would overwrite the other; choose two paths");
        }
    }

    private static Path written(Path output, String role) {
        try {
            return ScratchFiles.target(output);
        } catch (IOException e) {
            throw new IllegalArgumentException(role + " " + output + ": cannot follow the link: " + FileErrors.reason(e), e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
