package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.OutputLock;
import io.chunkwise.loader.io.OutputLockHolderMain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * An explicit build takes the lock that look-ups' builds take: it waits for a build of the same
 * index by another process or thread, saying who, rather than build beside it and race to rename.
 */
class IndexBuildLockTest {
    @TempDir
    Path dir;

    private Path master() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n594918104,US5949181045,MSFT\n");
        return m;
    }

    /** Waits up to 10 s for a waiting build to say whom it waits for. */
    static void awaitTold(List<String> told) throws InterruptedException {
        for (int i = 0; i < 1000 && told.isEmpty(); i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void aBuildWaitsForAnotherThreadsBuildOfTheSameIndex() throws Exception {
        Path m = master();
        Path idx = Indexer.defaultPath(m);
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<IndexSummary> waiting;
        try (OutputLock _ = OutputLock.acquire(idx, holder -> { })) {
            waiting = CompletableFuture.supplyAsync(() -> Indexer.build(m, idx, IndexOptions.defaults(), told::add));
            awaitTold(told);
            assertThat(told).containsExactly("another thread of this process");
            Thread.sleep(100);
            assertThat(waiting).as("no build while the other holds the lock").isNotDone();
            assertThat(idx).doesNotExist();
        }
        IndexSummary s = waiting.get(60, TimeUnit.SECONDS);
        assertThat(s.load().records()).isEqualTo(2);
        try (IndexFile index = IndexFile.open(idx, m)) {
            assertThat(index.offsets(KeyKind.SYMBOL, "MSFT")).hasSize(1);
        }
        assertThat(dir.resolve(".m.csv.cwx.lock")).doesNotExist();
    }

    @Test
    void aBuildWaitsForAnotherProcessAndNamesItsPid() throws Exception {
        Path m = master();
        Path idx = Indexer.defaultPath(m);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                OutputLockHolderMain.class.getName(), idx.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(lines.readLine()).isEqualTo("locked");
            List<String> told = new CopyOnWriteArrayList<>();
            CompletableFuture<IndexSummary> waiting = CompletableFuture.supplyAsync(
                    () -> Indexer.build(m, idx, IndexOptions.defaults(), told::add));
            awaitTold(told);
            assertThat(told).containsExactly("another process (pid " + holder.pid() + ")");
            Thread.sleep(100);
            assertThat(waiting).isNotDone();
            holder.getOutputStream().close();
            assertThat(waiting.get(60, TimeUnit.SECONDS).load().records()).isEqualTo(2);
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        assertThat(idx).exists();
        assertThat(dir.resolve(".m.csv.cwx.lock")).doesNotExist();
    }

    @Test
    void buildsAndLookUpsStartedTogetherEachFinishWithASoundIndex() throws Exception {
        Path m = master();
        Path idx = Indexer.defaultPath(m);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(CompletableFuture.supplyAsync(() -> Indexer.build(m, idx, IndexOptions.defaults())));
            all.add(CompletableFuture.supplyAsync(() -> {
                // a look-up's build holds the lock as it calls the build that takes it again: no deadlock
                try (IndexFile index = Indexer.openOrBuild(m, idx, IndexOptions.defaults()).index()) {
                    return index.offsets(KeyKind.CUSIP, "037833100").length;
                }
            }));
        }
        for (CompletableFuture<?> f : all) {
            Object r = f.get(60, TimeUnit.SECONDS);
            if (r instanceof Integer found) {
                assertThat(found).isEqualTo(1);
            }
        }
        try (IndexFile index = IndexFile.open(idx, m)) {
            index.verify();
            assertThat(index.offsets(KeyKind.ISIN, "US5949181045")).hasSize(1);
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.csv", "m.csv.cwx");
        }
    }

    @Test
    void aBuildThroughALinkLocksTheIndexItWrites() throws Exception {
        Path m = master();
        Path real = dir.resolve("real.cwx");
        Path link = Files.createSymbolicLink(dir.resolve("link.cwx"), real.getFileName());
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<IndexSummary> waiting;
        try (OutputLock _ = OutputLock.acquire(real, holder -> { })) {
            waiting = CompletableFuture.supplyAsync(() -> Indexer.build(m, link, IndexOptions.defaults(), told::add));
            awaitTold(told);
            assertThat(told).containsExactly("another thread of this process");
        }
        assertThat(waiting.get(60, TimeUnit.SECONDS).load().records()).isEqualTo(2);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).exists();
    }
}
