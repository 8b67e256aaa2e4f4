package io.chunkwise.cli.generate;

import io.chunkwise.cli.UserError;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an output path before work starts, so a mistake costs one clear line, not a run. */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * @param file where a command will write
     * @return the file
     * @throws UserError when its directory is missing or not writable, or it is a directory
     */
    static Path writable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UserError("cannot write " + file + ": it is a directory");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("cannot write " + file + ": directory " + parent + " does not exist");
        }
        if (parent != null && !Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new UserError("cannot write " + file + ": permission denied");
        }
        return file;
    }
}
