package io.chunkwise.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The path of an output file ({@code --index}, {@code --rejects}, {@code --out}, {@code -o}): never empty, and never a name
 * ending in {@code /}. A path drops that slash, so {@code --index out/} wrote the index as a file
 * named {@code out}, where the user meant a directory to put it in.
 */
public final class OutputFileConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isEmpty()) {
            throw new TypeConversionException("the name is empty (an unset shell variable in quotes?)");
        }
        if (value.length() > 1 && value.endsWith("/")) {
            throw new TypeConversionException(value + " ends with '/', a directory's name: name the file in it");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
