package io.chunkwise.bench.fix;

import io.chunkwise.bench.input.InputRecipe;
import io.chunkwise.loader.generate.FixLogGenerator;
import io.chunkwise.loader.generate.FixLogSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated FIX log over a master (without the generator's file of expected findings);
 * arguments: the master, the message count, the seed.
 */
public final class FixLogRecipe implements InputRecipe {
    /** For {@link io.chunkwise.bench.input.RecipeMain}. */
    public FixLogRecipe() {
    }

    @Override
    public void write(Path target, List<String> args) throws IOException {
        Path master = Path.of(args.get(0));
        long messages = Long.parseLong(args.get(1));
        long seed = Long.parseLong(args.get(2));
        new FixLogGenerator(master, FixLogSpec.of(messages).withSeed(seed)).generate(target, done -> { });
        Files.deleteIfExists(FixLogGenerator.expectedFile(target));
    }
}
