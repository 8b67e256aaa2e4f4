package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.InputRecipe;
import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a generated security master; arguments: the size not to exceed in bytes, the seed. */
public final class SecMasterRecipe implements InputRecipe {
    /** For {@link io.chunkwise.bench.input.RecipeMain}. */
    public SecMasterRecipe() {
    }

    @Override
    public void write(Path target, List<String> args) throws IOException {
        long maxBytes = Long.parseLong(args.get(0));
        long seed = Long.parseLong(args.get(1));
        new SecMasterGenerator(SecMasterSpec.ofSize(maxBytes).withSeed(seed)).generate(target, done -> { });
    }
}
