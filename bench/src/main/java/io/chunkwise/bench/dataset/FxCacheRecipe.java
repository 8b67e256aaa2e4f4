package io.chunkwise.bench.dataset;

import io.chunkwise.bench.input.InputRecipe;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Arrow feature cache of generated bars, which must have no rejects; arguments: the
 * bars, the feature spec, the rows per batch.
 */
public final class FxCacheRecipe implements InputRecipe {
    /** For {@link io.chunkwise.bench.input.RecipeMain}. */
    public FxCacheRecipe() {
    }

    @Override
    public void write(Path target, List<String> args) throws IOException {
        Path bars = Path.of(args.get(0));
        FeatureSpec features = FeatureSpec.parse(args.get(1));
        int batchRows = Integer.parseInt(args.get(2));
        CacheSummary s = new CacheBuilder(features, batchRows).build(bars, target, done -> { }, reject -> { });
        if (s.rejected() != 0) {
            throw new IOException("generated bars have " + s.rejected() + " rejects: " + s.firstRejects());
        }
    }
}
