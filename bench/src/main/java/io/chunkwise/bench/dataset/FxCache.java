package io.chunkwise.bench.dataset;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.input.InputKey;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.generate.FxBarsSpec;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Generated one-minute EURUSD bars of the chosen row count and their Arrow feature cache (default
 * features {@value FeatureSpec#DEFAULT}), both from the input cache (made on first use, in a child
 * JVM), with the cache mapped for the trial and samples of window 64, horizon 1, target
 * {@code close} over every floating column.
 */
@State(Scope.Benchmark)
public class FxCache {
    /** Bars generator output version: bump when {@code FxBarsGenerator} changes its bytes. */
    static final int GENERATOR_VERSION = 1;
    /** Cache builder output version: bump when {@code CacheBuilder} changes its output. */
    static final int CACHE_VERSION = 1;
    static final long SEED = FxBarsSpec.DEFAULT_SEED;
    static final String PAIR = "EURUSD";
    static final int BATCH_ROWS = 65_536;
    static final int WINDOW = 64;
    static final int HORIZON = 1;

    /**
     * Bars (rows) generated. The standard dataset materializes rows × 64 × F floats and refuses
     * beyond its heap; larger sizes make sense for the iterable dataset only.
     */
    @Param({"100000", "1000000"})
    public long rows;

    Path bars;
    Path arrow;
    long arrowBytes;
    long barsBytes;
    CacheTable table;
    SampleLayout layout;

    /** Finds or makes the bars and the cache, and maps the cache. */
    @Setup(Level.Trial)
    public void prepare() {
        InputCache cache = InputCache.fromEnvironment();
        bars = cache.get(InputKey.of("fxbars", GENERATOR_VERSION, "csv",
                        Map.of("pair", PAIR, "interval", "1m", "rows", rows, "seed", SEED)),
                FxBarsRecipe.class, PAIR, Long.toString(rows), Long.toString(SEED));
        arrow = cache.get(InputKey.of("fxcache", CACHE_VERSION, "arrow",
                        Map.of("bars", bars.getFileName(), "features", FeatureSpec.DEFAULT, "batchRows", BATCH_ROWS)),
                FxCacheRecipe.class, bars.toString(), FeatureSpec.DEFAULT, Integer.toString(BATCH_ROWS));
        try {
            arrowBytes = Files.size(arrow);
            barsBytes = Files.size(bars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table = ReadMode.MAPPED.open(arrow);
        layout = new SampleSpec(List.of(), "close", WINDOW, HORIZON).bind(table);
    }

    /** Unmaps the cache. */
    @TearDown(Level.Trial)
    public void close() {
        table.close();
    }
}
