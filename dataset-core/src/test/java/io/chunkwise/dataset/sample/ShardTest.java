package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * N shards of one shuffled epoch, each with its own workers: disjoint, their union the epoch in its
 * order (shard I has the epoch's batches I, I + N, …), resumable by the shard's batch index.
 */
class ShardTest {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void buildCache() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 300, 5);
        cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,ema:4"), 37).build(csv, cache, d -> { }, r -> { });
    }

    @Test
    void shardsPartitionTheEpochInItsOrder() {
        SampleSpec spec = new SampleSpec(List.of("close", "ret", "ema_4"), "close", 8, 1);
        int batch = 7; // the epoch's last batch is short
        for (ReadMode read : ReadMode.values()) {
            try (CacheTable table = read.open(cache)) {
                SampleLayout layout = spec.bind(table);
                SampleOrder order = new BlockShuffleOrder(layout.samples(), 40, 3, 1);
                List<Long> epoch = drain(table, layout, order, new LoaderOptions(batch, 0, 4, 0));
                for (int n = 1; n <= 3; n++) {
                    for (int workers : new int[] {0, 1, 2, 5}) {
                        long[] merged = new long[epoch.size()];
                        int filled = 0;
                        for (int i = 0; i < n; i++) {
                            List<Long> shard = drain(table, layout, order, new LoaderOptions(batch, workers, 2, 0, new Shard(i, n)));
                            // shard-local batch j is the epoch's batch i + j·n
                            for (int k = 0; k < shard.size(); k++) {
                                long epochBatch = i + (long) (k / batch) * n;
                                merged[(int) (epochBatch * batch + k % batch)] = shard.get(k);
                            }
                            filled += shard.size();
                        }
                        assertThat(filled).as("%d shards, %d workers", n, workers).isEqualTo(epoch.size());
                        assertThat(merged).as("%d shards, %d workers", n, workers)
                                .containsExactly(epoch.stream().mapToLong(Long::longValue).toArray());
                    }
                }
            }
        }
    }

    @Test
    void evenShardsTakeAsManyBatchesAndDropTheEpochsLastFromAll() {
        SampleSpec spec = new SampleSpec(List.of("close", "ret", "ema_4"), "close", 8, 1);
        int batch = 7;
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = spec.bind(table);
            SampleOrder order = new BlockShuffleOrder(layout.samples(), 40, 3, 1);
            List<Long> epoch = drain(table, layout, order, new LoaderOptions(batch, 0, 4, 0));
            long epochBatches = (epoch.size() + batch - 1) / batch;
            long droppedAny = 0;
            for (int n = 2; n <= 4; n++) {
                long dropped = epochBatches % n;
                droppedAny += dropped;
                List<Long> union = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Shard shard = new Shard(i, n).evenly();
                    List<Long> samples = drain(table, layout, order, new LoaderOptions(batch, 2, 2, 0, shard));
                    assertThat(samples).as("shard %d/%d", i, n).hasSize((int) shard.samples(epoch.size(), batch));
                    assertThat(shard.batches(epochBatches)).isEqualTo(epochBatches / n);
                    assertThat(shard.droppedBatches(epochBatches)).isEqualTo(dropped);
                    union.addAll(samples);
                }
                // the dropped batches are the epoch's last (the short one among them, if any)
                assertThat(union).as("%d even shards", n).containsExactlyInAnyOrderElementsOf(
                        epoch.subList(0, (int) Math.min(epoch.size(), (epochBatches - dropped) * batch)));
            }
            assertThat(droppedAny).as("some shard count must leave batches over").isPositive();
        }
    }

    @Test
    void startBatchCountsTheShardsBatches() {
        SampleSpec spec = new SampleSpec(List.of("close", "ret"), "close", 8, 1);
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = spec.bind(table);
            SampleOrder order = SampleOrder.natural(layout.samples());
            try (SampleStore store = StandardDataset.load(table, layout);
                 BatchLoader loader = new BatchLoader(store, order, new LoaderOptions(10, 2, 2, 3, new Shard(1, 3)))) {
                assertThat(loader.batches()).isEqualTo(new Shard(1, 3).batches(loader.epochBatches()));
                assertThat(loader.position()).isEqualTo(3);
                Batch b = loader.next();
                assertThat(b.index()).isEqualTo(1 + 3 * 3);
                assertThat(b.samples()[0]).isEqualTo(100);
            }
        }
    }

    @Test
    void shardBatchCountsDifferByAtMostOne() {
        assertThat(new Shard(0, 3).batches(10)).isEqualTo(4);
        assertThat(new Shard(1, 3).batches(10)).isEqualTo(3);
        assertThat(new Shard(2, 3).batches(10)).isEqualTo(3);
        assertThat(new Shard(2, 3).batches(2)).isZero();
        // 25 samples in batches of 10: 10, 10 and a short 5, the last in whichever shard holds it
        assertThat(new Shard(0, 2).samples(25, 10)).isEqualTo(15);
        assertThat(new Shard(1, 2).samples(25, 10)).isEqualTo(10);
        assertThat(new Shard(2, 3).samples(25, 10)).isEqualTo(5);
        assertThat(new Shard(1, 3).samples(5, 10)).isZero();
        assertThat(Shard.WHOLE.samples(25, 10)).isEqualTo(25);
        assertThat(Shard.parse(" 2/3 ")).isEqualTo(new Shard(2, 3));
        assertThat(new Shard(2, 3)).hasToString("2/3");
        // even: 10 batches for 3 shards are 3 each, the 10th dropped; 25 samples in 2 even shards are 10 each
        assertThat(new Shard(0, 3).evenly().batches(10)).isEqualTo(3);
        assertThat(new Shard(0, 3).evenly().droppedBatches(10)).isEqualTo(1);
        assertThat(new Shard(0, 3).droppedBatches(10)).isZero();
        assertThat(new Shard(1, 2).evenly().samples(25, 10)).isEqualTo(10);
        assertThat(new Shard(0, 2).evenly().samples(25, 10)).isEqualTo(10);
        // 4 batches (the last short) for 2 even shards: none dropped, the short one stays in shard 1
        assertThat(new Shard(1, 2).evenly().samples(35, 10)).isEqualTo(15);
        assertThat(new Shard(2, 3).evenly().batches(2)).isZero();
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "x", "1/2/3", "1/", "/4", ""}) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aResumeReadsTheShardsSamplesAfterItsStartBatch() {
        // 1,000 samples in batches of 64: 16 batches, the last of 40; shard 1/2 holds batches 1, 3, …, 15 (the short one)
        Shard odd = new Shard(1, 2);
        assertThat(odd.samplesFrom(1000, 64, 0)).isEqualTo(odd.samples(1000, 64)).isEqualTo(7 * 64 + 40);
        assertThat(odd.samplesFrom(1000, 64, 3)).isEqualTo(4 * 64 + 40);
        assertThat(odd.samplesFrom(1000, 64, 7)).isEqualTo(40);
        assertThat(odd.samplesFrom(1000, 64, 8)).isZero();
        assertThat(new Shard(0, 1).samplesFrom(1000, 64, 15)).isEqualTo(40);
    }

    @Test
    void droppedSamplesAndTheShardsAddUpToTheEpoch() {
        // 25 samples in batches of 10 (10, 10, 5): 3 even shards take one each, none dropped; 2 drop the short one
        assertThat(new Shard(0, 3).evenly().droppedSamples(25, 10)).isZero();
        assertThat(new Shard(0, 2).evenly().droppedSamples(25, 10)).isEqualTo(5);
        // 4 even shards of 3 batches: all dropped, all 25 samples
        assertThat(new Shard(3, 4).evenly().droppedSamples(25, 10)).isEqualTo(25);
        assertThat(new Shard(0, 2).droppedSamples(25, 10)).isZero();
        for (int n = 1; n <= 5; n++) {
            for (boolean even : new boolean[] {false, true}) {
                for (int samples : new int[] {1, 9, 25, 30, 31}) {
                    long sum = 0;
                    for (int i = 0; i < n; i++) {
                        Shard shard = even ? new Shard(i, n).evenly() : new Shard(i, n);
                        sum += shard.samples(samples, 10);
                    }
                    Shard any = even ? new Shard(0, n).evenly() : new Shard(0, n);
                    assertThat(sum + any.droppedSamples(samples, 10)).as("%d samples, %d shards, even %s", samples, n, even)
                            .isEqualTo(samples);
                }
            }
        }
    }

    @Test
    void theLargestBatchIsTheOneBuiltNotTheOneAskedFor() {
        SampleSpec spec = new SampleSpec(List.of("close", "ret"), "close", 8, 1);
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = spec.bind(table);
            int batch = 100;
            long epochBatches = (layout.samples() + batch - 1) / batch;
            int last = (int) (layout.samples() - (epochBatches - 1) * batch);
            assertThat(last).as("the epoch's last batch must be short").isLessThan(batch);
            SampleOrder order = SampleOrder.natural(layout.samples());
            Shard holdsLastOnly = new Shard((int) (epochBatches - 1), (int) epochBatches);
            Shard none = new Shard((int) epochBatches, (int) epochBatches + 1);
            try (SampleStore store = StandardDataset.load(table, layout)) {
                for (int workers : new int[] {0, 2}) {
                    try (BatchLoader all = new BatchLoader(store, order, new LoaderOptions(batch, workers, 2, 0));
                         BatchLoader lastOnly = new BatchLoader(store, order, new LoaderOptions(batch, workers, 2, 0, holdsLastOnly));
                         BatchLoader empty = new BatchLoader(store, order, new LoaderOptions(batch, workers, 2, 0, none))) {
                        assertThat(EpochResult.drain(all, n -> { }).largestBatch()).isEqualTo(batch);
                        assertThat(EpochResult.drain(lastOnly, n -> { }).largestBatch()).isEqualTo(last);
                        EpochResult nothing = EpochResult.drain(empty, n -> { });
                        assertThat(nothing.batches()).isZero();
                        assertThat(nothing.largestBatch()).isZero();
                    }
                }
            }
        }
    }

    private static List<Long> drain(CacheTable table, SampleLayout layout, SampleOrder order, LoaderOptions options) {
        List<Long> samples = new ArrayList<>();
        try (SampleStore store = new IterableDataset(table, layout, 40);
             BatchLoader loader = new BatchLoader(store, order, options)) {
            for (Batch b = loader.next(); b != null; b = loader.next()) {
                assertThat(b.index() % options.shard().count()).isEqualTo(options.shard().index());
                for (int r = 0; r < b.size(); r++) {
                    samples.add(b.samples()[r]);
                }
            }
        }
        return samples;
    }
}
