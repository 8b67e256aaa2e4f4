package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.InputRecipe;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds (or rebuilds, when missing, stale or corrupt) the persisted index of a master at the
 * target path, as {@link Indexer#openOrBuild(Path, Path, IndexOptions)} does with the default
 * options; argument: the master. The index has its own lock and atomic rename.
 */
public final class MasterIndexRecipe implements InputRecipe {
    /** For {@link io.chunkwise.bench.input.RecipeMain}. */
    public MasterIndexRecipe() {
    }

    @Override
    public void write(Path target, List<String> args) {
        Indexer.openOrBuild(Path.of(args.get(0)), target, IndexOptions.defaults()).index().close();
    }
}
