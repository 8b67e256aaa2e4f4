package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Look-ups started together on a master without an index build it once: one builds, the others
 * wait for it and use what it built.
 */
class ConcurrentBuildTest {
    @TempDir
    Path dir;

    private Path master() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n594918104,US5949181045,MSFT\n");
        return m;
    }

    private static CompletableFuture<Indexer.Opened> openOrBuild(Path m, List<String> waitedFor) {
        return CompletableFuture.supplyAsync(() -> Indexer.openOrBuild(m, Indexer.defaultPath(m), IndexOptions.defaults(),
                Indexer.Dialect.FROM_INDEX, Indexer.Check.BEFORE_USE, reason -> { }, waitedFor::add));
    }

    @Test
    void aLookUpWaitingForAnotherBuildUsesWhatItBuilt() throws Exception {
        Path m = master();
        Path idx = Indexer.defaultPath(m);
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<Indexer.Opened> waiting;
        try (OutputLock _ = OutputLock.acquire(idx, holder -> { })) {
            waiting = openOrBuild(m, told);
            IndexBuildLockTest.awaitTold(told);
            assertThat(told).containsExactly("another thread of this process");
            Indexer.build(m, idx, IndexOptions.defaults());
            assertThat(waiting).isNotDone();
        }
        Indexer.Opened o = waiting.get(60, TimeUnit.SECONDS);
        try (var index = o.index()) {
            assertThat(o.build()).as("not built again").isNull();
            assertThat(o.rebuiltBecause()).isNull();
            assertThat(index.offsets(KeyKind.SYMBOL, "MSFT")).hasSize(1);
        }
        assertThat(dir.resolve(".m.csv.cwx.lock")).doesNotExist();
    }

    @Test
    void aLookUpWaitingForABuildThatFailedBuildsItself() throws Exception {
        Path m = master();
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<Indexer.Opened> waiting;
        try (OutputLock _ = OutputLock.acquire(Indexer.defaultPath(m), holder -> { })) {
            waiting = openOrBuild(m, told);
            IndexBuildLockTest.awaitTold(told);
        }
        Indexer.Opened o = waiting.get(60, TimeUnit.SECONDS);
        try (var index = o.index()) {
            assertThat(o.rebuiltBecause()).isEqualTo(Indexer.NO_INDEX_YET);
            assertThat(index.offsets(KeyKind.CUSIP, "037833100")).hasSize(1);
        }
    }

    @Test
    void lookUpsStartedTogetherBuildOnce() throws Exception {
        Path m = master();
        List<CompletableFuture<Indexer.Opened>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(openOrBuild(m, new CopyOnWriteArrayList<>()));
        }
        int builds = 0;
        for (CompletableFuture<Indexer.Opened> f : all) {
            Indexer.Opened o = f.get(60, TimeUnit.SECONDS);
            try (var index = o.index()) {
                builds += o.build() != null ? 1 : 0;
                assertThat(index.offsets(KeyKind.ISIN, "US5949181045")).hasSize(1);
            }
        }
        assertThat(builds).isEqualTo(1);
    }
}
