package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.input.InputKey;
import io.chunkwise.bench.input.ChildJvm;
import io.chunkwise.loader.generate.SecMasterSpec;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Generated security masters in the input cache, shared by the loader and fix suites. */
public final class SecMasterFiles {
    /** Generator output version: bump when {@code SecMasterGenerator} changes its bytes. */
    static final int VERSION = 1;
    /** The seed of every generated master. */
    public static final long SEED = SecMasterSpec.DEFAULT_SEED;

    private SecMasterFiles() {
    }

    /**
     * The master of at most {@code maxBytes}, generated on first use (in a child JVM).
     *
     * @param maxBytes the size not to exceed
     * @return the file
     */
    public static Path of(long maxBytes) {
        InputKey key = InputKey.of("secmaster", VERSION, "csv", Map.of("maxBytes", maxBytes, "seed", SEED));
        return InputCache.fromEnvironment().get(key, SecMasterRecipe.class, Long.toString(maxBytes), Long.toString(SEED));
    }

    /**
     * Opens the persisted index of a master ({@link #indexOf}) with the default options; an index
     * that is missing, stale or corrupt is built first in a child JVM ({@link MasterIndexRecipe}),
     * never in this one, whose memory a benchmark reports.
     *
     * @param master the master
     * @return the open index
     * @throws UncheckedIOException when the child fails
     * @throws IllegalStateException when the index the child built is still not usable
     */
    public static IndexFile openIndex(Path master) {
        Path index = indexOf(master);
        if (!Files.exists(index)) {
            build(master, index, Indexer.NO_INDEX_YET);
        }
        try {
            return open(master, index, NeedsBuild::new);
        } catch (NeedsBuild e) {
            build(master, index, e.getMessage());
        }
        return open(master, index, reason -> new IllegalStateException(
                index + " is not usable after a rebuild in a child JVM: " + reason));
    }

    private static IndexFile open(Path master, Path index, Function<String, RuntimeException> instead) {
        // openOrBuild tells why before it would build in place: refuse, so the build is the child's
        return Indexer.openOrBuild(master, index, IndexOptions.defaults(), Indexer.Dialect.GIVEN, reason -> {
            throw instead.apply(reason);
        }).index();
    }

    private static void build(Path master, Path index, String why) {
        try {
            new ChildJvm(System.err, "index " + index.getFileName() + " (" + why + "): ")
                    .run(MasterIndexRecipe.class, index, List.of(master.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index " + index + ": " + e.getMessage(), e);
        }
    }

    /** An index that {@link Indexer#openOrBuild} would rebuild, and why. */
    private static final class NeedsBuild extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsBuild(String reason) {
            super(reason, null, false, false);
        }
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
