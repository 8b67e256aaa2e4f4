package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A build whose thread is interrupted (a service shutting down) stops, publishes nothing, keeps the
 * interrupt, and says so one way whatever the strategy (not a ClosedByInterruptException, nor
 * "cannot write index run …: null").
 */
class InterruptedBuildTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void anInterruptedBuildSaysSoAndPublishesNothing(LoaderStrategy s) throws Exception {
        Path master = dir.resolve("master.csv");
        StringBuilder b = new StringBuilder("cusip,symbol,name\n");
        for (int i = 0; i < 100_000; i++) {
            b.append(String.format(Locale.ROOT, "%09d,S%d,name number %d%n", i, i, i));
        }
        Files.writeString(master, b);
        Thread me = Thread.currentThread();
        long[] done = {0};
        long size = Files.size(master);
        LoadOptions load = LoadOptions.defaults().withChunkSize(64 << 10).withWorkers(2).withProgress(bytes -> {
            done[0] += bytes;
            if (done[0] > size / 2 && done[0] - bytes <= size / 2) {
                me.interrupt();
            }
        });
        Path index = Indexer.defaultPath(master);
        // a small budget: entries spill to runs, so the interrupt may land in a run's write too
        IndexOptions options = IndexOptions.defaults().withStrategy(s).withLoad(load).withMemoryBudget(1 << 20);
        assertThatThrownBy(() -> Indexer.build(master, index, options))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("interrupted while indexing " + master + "; no index was published");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("master.csv");
        }
    }
}
