package io.chunkwise.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The path of every file or directory named on the command line (registered for {@link Path} in
 * {@link Main}, so an input option or parameter needs no converter of its own): never empty, and a
 * name ending in {@code /} must name a directory. A path drops that slash, so {@code scan m.csv/}
 * read {@code m.csv}, where {@code cat m.csv/} refuses it: the slash says the user meant a
 * directory (or mistyped), and a file is never taken for one. Outputs also refuse the slash on a
 * name that does not exist yet ({@link OutputFileConverter}). A name under a file ({@code m.csv/x})
 * is refused as that, where it was "no such file".
 */
public final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isEmpty()) {
            // read as a path, it would be the working directory, named as "" in every message after
            throw new TypeConversionException("the name is empty (an unset shell variable in quotes?)");
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(e.getMessage());
        }
        // the name without the slash, as the path holds it; "/" alone is the root, a directory
        if (value.endsWith("/") && path.getFileName() != null && Files.exists(path) && !Files.isDirectory(path)) {
            throw new TypeConversionException(value + ": not a directory (a trailing '/' names a directory;"
                    + " leave it out to name the file " + path + ")");
        }
        if (!Files.exists(path)) {
            under(path).ifPresent(file -> {
                // "no such file: m.csv/x" hid why: nothing is, or can be made, under a file
                throw new TypeConversionException(value + ": " + file + (Files.isRegularFile(file)
                        ? " is a file, not a directory" : " is not a directory"));
            });
        }
        return path;
    }

    /** @return the nearest existing ancestor of a path that names nothing, when it is not a directory */
    private static Optional<Path> under(Path path) {
        for (Path up = path.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                return Files.isDirectory(up) ? Optional.empty() : Optional.of(up);
            }
        }
        return Optional.empty();
    }
}
