package io.chunkwise.cli.generate;

import io.chunkwise.cli.UserError;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.io.ChunkLimits;
import io.chunkwise.loader.io.FileArguments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks an output path before work starts, so a mistake costs one clear line, not a run. */
final class OutputPath {
    private OutputPath() {
    }

    /**
     * @param file where a command will write, as a stream (a pipe or device will do)
     * @param inputs the files the command reads, which it must not overwrite
     * @return the file
     * @throws UserError when the path is empty, its directory is missing or not writable, or it is a directory
     *     or a chunkwise index
     * @throws IllegalArgumentException when it names an input
     */
    static Path writable(Path file, Path... inputs) {
        return writable(file, "-o", inputs);
    }

    /**
     * As {@link #writable(Path, Path...)} for an output the user did not name (a truth file beside {@code -o}).
     *
     * @param file where the command will write
     * @param role how to name it in a message
     * @param inputs the files the command reads
     * @return the file
     */
    static Path writable(Path file, String role, Path... inputs) {
        if (file.toString().isEmpty()) {
            throw new UserError("-o needs a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UserError("cannot write " + file + ": it is a directory");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("cannot write " + file + ": " + (Files.exists(parent)
                    ? parent + " is not a directory" : "directory " + parent + " does not exist"
                    + FileArguments.unexpandedTilde(file.toString())));
        }
        if (parent != null && !Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new UserError("cannot write " + file + ": permission denied");
        }
        if (IndexFile.isIndex(file)) {
            // a master's index replaced by a generated file makes its lookups refuse the file until it is removed
            throw new UserError("cannot write " + file + ": it is a chunkwise index; choose another path (or remove it)");
        }
        FileArguments.requireOutput(file, role, false, inputs);
        return file;
    }

    /**
     * @param file where a generator writes blocks at offsets, from several threads
     * @param inputs the files the command reads
     * @return the file
     * @throws UserError as {@link #writable(Path, Path...)}, and when it exists but is not a regular file
     */
    static Path regular(Path file, Path... inputs) {
        return regular(file, "-o", inputs);
    }

    /**
     * As {@link #regular(Path, Path...)} for an output the user did not name (a truth file beside {@code -o}).
     *
     * @param file where a generator will write
     * @param role how to name it in a message
     * @param inputs the files the command reads
     * @return the file
     */
    static Path regular(Path file, String role, Path... inputs) {
        if (file.toString().equals("-")) {
            // not "or /dev/stdout", as for a stream: a pipe or terminal there is refused below
            throw new UserError(role + " -: '-' is not standard output here; the generator writes blocks at offsets from"
                    + " several threads: name a file (./- for a file named '-')");
        }
        writable(file, role, inputs);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UserError("cannot write " + file + ": not a regular file (the generator writes blocks at offsets "
                    + "from several threads; write to a file)");
        }
        return file;
    }

    /**
     * A run that is known to need more than the disk has would fill it for nothing (the file is
     * written whole or not at all, so it is removed at the end): refused before it starts.
     *
     * @param file where the output goes
     * @param bytes how much it will take
     * @throws UserError when its file system has less usable space
     */
    static void requireSpace(Path file, long bytes) {
        requireSpace(file, bytes, "");
    }

    /**
     * As {@link #requireSpace(Path, long)} for a run whose size is known only from below (a count
     * of rows or messages of varying length).
     *
     * @param file where the output goes
     * @param count rows or messages asked for
     * @param minBytes the fewest bytes any one of them takes
     * @throws UserError when its file system has less usable space than that floor
     */
    static void requireSpaceForAtLeast(Path file, long count, long minBytes) {
        long floor = count > Long.MAX_VALUE / minBytes ? Long.MAX_VALUE : count * minBytes;
        requireSpace(file, floor, "at least ");
    }

    private static void requireSpace(Path file, long bytes, String bound) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            long usable = Files.getFileStore(parent).getUsableSpace();
            if (bytes > usable) {
                throw new UserError(String.format(Locale.ROOT, "cannot write %s: it needs %s%,d bytes and its file "
                        + "system has %,d free", file, bound, bytes, usable));
            }
        } catch (IOException e) {
            // unknown space: the write itself will tell
        }
    }

    /**
     * @param workers the {@code --workers} given, or null
     * @throws UserError when it is outside 1 to {@value ChunkLimits#MAX_WORKERS}
     */
    static void checkWorkers(Integer workers) {
        if (workers != null && (workers < 1 || workers > ChunkLimits.MAX_WORKERS)) {
            throw new UserError("--workers must be between 1 and " + ChunkLimits.MAX_WORKERS + ": " + workers);
        }
    }
}
