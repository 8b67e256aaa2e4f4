package io.chunkwise.bench.dataset;

import io.chunkwise.bench.input.InputRecipe;
import io.chunkwise.dataset.generate.FxBarsGenerator;
import io.chunkwise.dataset.generate.FxBarsSpec;
import io.chunkwise.dataset.generate.FxPair;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Writes generated one-minute bars; arguments: the pair, the row count, the seed. */
public final class FxBarsRecipe implements InputRecipe {
    /** For {@link io.chunkwise.bench.input.RecipeMain}. */
    public FxBarsRecipe() {
    }

    @Override
    public void write(Path target, List<String> args) throws IOException {
        FxPair pair = FxPair.of(args.get(0));
        long rows = Long.parseLong(args.get(1));
        long seed = Long.parseLong(args.get(2));
        new FxBarsGenerator(FxBarsSpec.of(pair, Duration.ofMinutes(1), rows).withSeed(seed)).generate(target, done -> { });
    }
}
