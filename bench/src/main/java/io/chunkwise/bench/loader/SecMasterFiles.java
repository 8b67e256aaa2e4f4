package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.input.InputKey;
import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import java.nio.file.Path;
import java.util.Map;

/** Generated security masters in the input cache, shared by the loader and fix suites. */
public final class SecMasterFiles {
    /** Generator output version: bump when {@code SecMasterGenerator} changes its bytes. */
    static final int VERSION = 1;
    /** The seed of every generated master. */
    public static final long SEED = SecMasterSpec.DEFAULT_SEED;

    private SecMasterFiles() {
    }

    /**
     * The master of at most {@code maxBytes}, generated on first use.
     *
     * @param maxBytes the size not to exceed
     * @return the file
     */
    public static Path of(long maxBytes) {
        InputKey key = InputKey.of("secmaster", VERSION, "csv", Map.of("maxBytes", maxBytes, "seed", SEED));
        return InputCache.fromEnvironment().get(key, target ->
                new SecMasterGenerator(SecMasterSpec.ofSize(maxBytes).withSeed(SEED)).generate(target, done -> { }));
    }

    /**
     * Where a master's persisted index is kept: beside it in the cache.
     *
     * @param master the master
     * @return the index path
     */
    public static Path indexOf(Path master) {
        return master.resolveSibling(master.getFileName().toString().replaceFirst("\\.csv$", "") + ".cwx");
    }
}
