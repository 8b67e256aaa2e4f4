package io.chunkwise.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The path of every file or directory named on the command line (registered for {@link Path} in
 * {@link Main}, so an input option or parameter needs no converter of its own): never empty, and a
 * name ending in {@code /} must name a directory. A path drops that slash, so {@code scan m.csv/}
 * read {@code m.csv}, where {@code cat m.csv/} refuses it: the slash says the user meant a
 * directory (or mistyped), and a file is never taken for one. Outputs also refuse the slash on a
 * name that does not exist yet ({@link OutputFileConverter}).
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
        return path;
    }
}
