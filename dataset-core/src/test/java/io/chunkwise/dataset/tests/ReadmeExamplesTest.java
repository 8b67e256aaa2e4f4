package io.chunkwise.dataset.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.bars.BarReject;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.generate.FxBarsGenerator;
import io.chunkwise.dataset.generate.FxBarsSpec;
import io.chunkwise.dataset.generate.FxPair;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import io.chunkwise.dataset.sample.Batch;
import io.chunkwise.dataset.sample.BatchLoader;
import io.chunkwise.dataset.sample.DatasetMode;
import io.chunkwise.dataset.sample.EpochResult;
import io.chunkwise.dataset.sample.LoaderOptions;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleSpec;
import io.chunkwise.dataset.sample.SampleStore;
import io.chunkwise.dataset.sample.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's dataset-core example ("Using dataset-core as a library"), as written there: it
 * compiles, and does what the README says (samples = bars − warm-up − window; the shards add up to
 * the epoch; the iterable and standard datasets give the same checksum). The README's block is
 * checked against this file's lines, so the two cannot drift apart.
 */
class ReadmeExamplesTest {
    private static final int BARS = 2_000;

    @TempDir
    Path dir;

    /** What one process's pass over its shard saw. */
    private record Pass(CacheSummary built, long samples, long batches, long exact, double checksum, int width) {
    }

    /** The README's example, for one rank of {@code world} data-parallel processes. */
    private Pass example(Path bars, Path cache, int rank, int world) {
        List<BarReject> rejects = new ArrayList<>();
        long samples = 0;
        long batches = 0;
        long exact = 0;
        double checksum = 0;
        int width;
        // README: Generate bars
        new FxBarsGenerator(FxBarsSpec.of(FxPair.of("EURUSD"), Duration.ofMinutes(1), 2_000)).generate(bars, bytes -> { });

        // README: Build the feature cache
        FeatureSpec features = FeatureSpec.parse("ret,vol:20,ema:12");
        CacheSummary built = new CacheBuilder(features).build(bars, cache, bytes -> { }, rejects::add);

        // README: Iterate a shard
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {   // owns the mapping (its Arena): close() unmaps
            SampleLayout layout = new SampleSpec(features.columns(), "close", 64, 1).bind(table);
            LoaderOptions options = LoaderOptions.of(256).withWorkers(2).withShard(new Shard(rank, world));
            try (SampleStore dataset = DatasetMode.ITERABLE.open(table, layout, 4_096);   // chunks of 4,096 windows
                 BatchLoader loader = new BatchLoader(dataset, options)) {   // owns its threads and their readers
                for (Batch batch = loader.next(); batch != null; batch = loader.next()) {
                    float[] x = batch.features();   // [batch.size(), 64, 3] row-major, valid until the next next()
                    float[] y = batch.targets();    // [batch.size()]: close, 1 row after each window
                    samples += batch.size();
                    exact += batch.bitsChecksum();
                    checksum += batch.checksum();
                    batches++;
                    assertThat(x).hasSizeGreaterThanOrEqualTo(batch.size() * 64 * 3);
                    assertThat(y).hasSizeGreaterThanOrEqualTo(batch.size());
                }
            }
            table.checkUnchanged();   // not written over while read: else a SourceChangedException
            width = layout.width();
        }
        assertThat(rejects).isEmpty();
        return new Pass(built, samples, batches, exact, checksum, width);
    }

    @Test
    void theShardsOfTheIterableDatasetAreTheEpochAndAgreeWithTheStandardOne() {
        Path bars = dir.resolve("eurusd.csv");
        Path cache = dir.resolve("eurusd.arrow");
        Pass rank0 = example(bars, cache, 0, 2);
        Pass rank1 = example(bars, cache, 1, 2);

        // as the README says: the cache's rows are the bars less the warm-up, the samples those less the window
        assertThat(rank0.built().accepted()).isEqualTo(BARS);
        assertThat(rank0.built().warmupDropped()).isEqualTo(20);
        assertThat(rank0.built().rows()).isEqualTo(BARS - 20);
        assertThat(rank0.width()).isEqualTo(3);
        assertThat(rank0.samples() + rank1.samples()).isEqualTo(BARS - 20 - 64).isEqualTo(1_916);
        // 8 batches of 256 (the last 124), dealt round-robin: rank 0 takes 0, 2, 4, 6, rank 1 the rest
        assertThat(rank0.batches()).isEqualTo(4);
        assertThat(rank1.batches()).isEqualTo(4);
        assertThat(rank0.samples()).isEqualTo(4 * 256);
        assertThat(rank1.samples()).isEqualTo(3 * 256 + 124);

        // the standard (full-load) dataset over the same cache: the same samples, whole
        EpochResult standard;
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = new SampleSpec(FeatureSpec.parse("ret,vol:20,ema:12").columns(), "close", 64, 1).bind(table);
            try (SampleStore dataset = DatasetMode.STANDARD.open(table, layout, 4_096);
                 BatchLoader loader = new BatchLoader(dataset, LoaderOptions.of(256))) {
                standard = EpochResult.drain(loader, n -> { });
            }
        }
        assertThat(standard.samples()).isEqualTo(1_916);
        assertThat(standard.batches()).isEqualTo(8);
        assertThat(rank0.exact() + rank1.exact()).isEqualTo(standard.exactChecksum()).isNotZero();
        assertThat(rank0.checksum() + rank1.checksum()).isCloseTo(standard.checksum(), within(1e-6 * Math.abs(standard.checksum())));
    }

    @Test
    void theReadmeShowsThisFilesCode() throws IOException {
        // the module's tests run in its directory: the README is one up
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of("src/test/java/io/chunkwise/dataset/tests/ReadmeExamplesTest.java"));
        int start = readme.indexOf("### Using dataset-core as a library");
        assertThat(start).as("the README's dataset-core library section").isPositive();
        int open = readme.indexOf("```java\n", start);
        String block = readme.substring(open + "```java\n".length(), readme.indexOf("```\n", open + 1));
        List<String> code = block.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).toList();
        assertThat(code).hasSizeGreaterThan(10);
        List<String> lines = source.lines().map(String::strip).toList();
        assertThat(lines).as("every line of the README's example, as written here").containsAll(code);
    }
}
