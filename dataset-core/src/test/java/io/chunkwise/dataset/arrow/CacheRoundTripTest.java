package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.bars.BarChunk;
import io.chunkwise.dataset.bars.BarsCsvReader;
import io.chunkwise.dataset.features.FeatureComputer;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV → features → Arrow cache, read back zero-copy and buffered: identical to features computed in memory. */
class CacheRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfOneCacheAtOnceEachPublishAWholeFile() throws Exception {
        Path big = TestBars.csv(dir.resolve("big.csv"), 3000, 1);
        Path small = TestBars.csv(dir.resolve("small.csv"), 300, 2);
        Path cache = dir.resolve("c.arrow");
        java.nio.file.Files.writeString(dir.resolve("c.arrow.tmp"), "a user's own file, not ours to truncate");
        FeatureSpec spec = FeatureSpec.parse("ret,ema:5");
        java.util.concurrent.CompletableFuture<CacheSummary> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new CacheBuilder(spec, 7).build(big, cache, d -> { }, r -> { }));
        CacheSummary second = new CacheBuilder(spec, 7).build(small, cache, d -> { }, r -> { });
        CacheSummary firstDone = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
        // whichever renamed last is the cache, whole: its rows are one build's, never a mix
        try (CacheTable t = ReadMode.MAPPED.open(cache)) {
            assertThat(t.rows()).isIn(firstDone.rows(), second.rows());
        }
        assertThat(dir.resolve("c.arrow.tmp")).hasContent("a user's own file, not ours to truncate");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("big.csv", "small.csv", "c.arrow", "c.arrow.tmp");
        }
    }

    @Test
    void mappedAndBufferedReadTheSameValuesForAnyBatchRows() {
        int rows = 400;
        Path csv = TestBars.csv(dir.resolve("bars.csv"), rows, 7);
        FeatureSpec spec = FeatureSpec.parse("ret,logret,vol:20,ema:12,rsi:14,atr:14,sma:5,bb:10,z:10");
        float[] expected = expected(csv, spec);
        for (int batchRows : new int[] {1, 13, 64, 10_000}) {
            Path cache = dir.resolve("c" + batchRows + ".arrow");
            CacheSummary s = new CacheBuilder(spec, batchRows).build(csv, cache, d -> { }, r -> { });
            assertThat(s.accepted()).isEqualTo(rows);
            assertThat(s.rejected()).isZero();
            assertThat(s.warmupDropped()).isEqualTo(spec.warmup());
            assertThat(s.rows()).isEqualTo(rows - spec.warmup());
            assertThat(s.batches()).isEqualTo((s.rows() + batchRows - 1) / batchRows);
            for (ReadMode mode : ReadMode.values()) {
                try (CacheTable t = mode.open(cache); RowReader r = t.reader()) {
                    assertThat(t.rows()).isEqualTo(s.rows());
                    assertThat(t.batches()).isEqualTo((int) s.batches());
                    assertThat(t.columns().get(0).type()).isEqualTo(ColumnType.OTHER);
                    assertThat(t.columns().stream().skip(1).map(CacheColumn::type)).containsOnly(ColumnType.FLOAT32);
                    int[] cols = t.columns().stream().skip(1).mapToInt(CacheColumn::index).toArray();
                    float[] got = new float[(int) t.rows() * cols.length];
                    // odd-sized reads that straddle record batches
                    for (long at = 0; at < t.rows(); at += 29) {
                        int n = (int) Math.min(29, t.rows() - at);
                        r.read(at, n, cols, got, (int) at * cols.length);
                    }
                    assertThat(got).as("%s, batch rows %d", mode, batchRows).containsExactly(expected);
                }
            }
        }
    }

    /** The cache's float columns computed directly in memory (all rows in one chunk), row-major, after warm-up. */
    private static float[] expected(Path csv, FeatureSpec spec) {
        BarChunk parsed = new BarChunk(1000);
        try (BarsCsvReader reader = new BarsCsvReader(csv, r -> { })) {
            assertThat(reader.read(parsed)).isTrue();
            FeatureComputer fc = new FeatureComputer(spec, parsed.size());
            fc.compute(parsed);
            List<double[]> cols = new ArrayList<>(List.of(parsed.open(), parsed.high(), parsed.low(), parsed.close(),
                    parsed.volume()));
            for (int f = 0; f < spec.features().size(); f++) {
                cols.add(fc.column(f));
            }
            int w = spec.warmup();
            float[] rows = new float[(parsed.size() - w) * cols.size()];
            for (int i = w; i < parsed.size(); i++) {
                for (int c = 0; c < cols.size(); c++) {
                    rows[(i - w) * cols.size() + c] = (float) cols.get(c)[i];
                }
            }
            return rows;
        }
    }
}
