package io.chunkwise.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The outputs a command writes beside its input when no option names them ({@code FILE.cwx},
 * {@code FILE.rejects.csv}): refused up front, naming the option that moves them, where "beside
 * the input" is no place for them: beside a device or process path ({@code /dev/stdin} redirected
 * from a file is mappable, but its outputs would land in {@code /dev}), or, for an output every run
 * writes, in a directory the user cannot write (a read-only share holding the master).
 */
public final class DefaultOutputs {
    /** Directories of devices and processes, never of a user's files. */
    private static final List<Path> SYSTEM = List.of(Path.of("/dev"), Path.of("/proc"), Path.of("/sys"));
    /** Under {@code /dev}, but a file system for files: a master kept in memory is one. */
    private static final Path SHARED_MEMORY = Path.of("/dev/shm");

    private DefaultOutputs() {
    }

    /**
     * An output that may only be read, such as the index {@code lookup} uses when it is fresh.
     *
     * @param input the input file as given
     * @param suffix appended to its name ({@code .cwx}, {@code .rejects.csv})
     * @param role what the output is, for the message ({@code index}, {@code rejects file})
     * @param option the option that names it instead ({@code --index}, {@code --rejects})
     * @return the path beside the input
     * @throws UserError when the input is a device or process path
     */
    public static Path beside(Path input, String suffix, String role, String option) {
        Path output = input.resolveSibling(input.getFileName() + suffix);
        Path absolute = input.toAbsolutePath().normalize();
        if (SYSTEM.stream().anyMatch(absolute::startsWith) && !absolute.startsWith(SHARED_MEMORY)) {
            throw new UserError(input + " is a device or process path: its " + role + " would go to " + output
                    + "; give " + option + " PATH");
        }
        return output;
    }

    /**
     * An output every run writes (a rejects file, the index {@code index} builds).
     *
     * @param input the input file as given
     * @param suffix appended to its name
     * @param role what the output is, for the message
     * @param option the option that names it instead
     * @return the path beside the input
     * @throws UserError when the input is a device or process path, or its directory is not writable
     */
    public static Path written(Path input, String suffix, String role, String option) {
        Path output = beside(input, suffix, role, option);
        Path directory = output.toAbsolutePath().getParent();
        if (directory != null && Files.isDirectory(directory) && !Files.isWritable(directory)) {
            throw new UserError("cannot write the " + role + " " + output + " (" + directory
                    + " is not writable); give " + option + " PATH");
        }
        return output;
    }
}
