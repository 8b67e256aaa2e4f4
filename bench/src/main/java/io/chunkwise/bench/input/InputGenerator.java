package io.chunkwise.bench.input;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one benchmark input file; called at most once per key by {@link InputCache}, in the JVM
 * that asks (benchmarks' inputs are written by an {@link InputRecipe} in a child JVM instead).
 */
@FunctionalInterface
interface InputGenerator {
    /**
     * Writes the whole input to {@code target} (a temporary file that is renamed into place
     * only when this returns normally).
     *
     * @param target the file to write
     * @throws IOException when writing fails
     */
    void generate(Path target) throws IOException;
}
