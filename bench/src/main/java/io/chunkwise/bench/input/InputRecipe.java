package io.chunkwise.bench.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How to write one benchmark input, run by {@link RecipeMain} in a child JVM ({@link ChildJvm}) so
 * that a generator's memory is never a benchmark fork's. An implementation is a public class with a
 * public no-argument constructor; everything it needs comes in its string arguments.
 */
public interface InputRecipe {
    /**
     * Writes the whole input to {@code target}.
     *
     * @param target the file to write (for {@link InputCache}, a temporary file renamed into place
     *     only when the child ends normally)
     * @param args the recipe's arguments, as the caller gave them
     * @throws IOException when writing fails
     */
    void write(Path target, List<String> args) throws IOException;
}
