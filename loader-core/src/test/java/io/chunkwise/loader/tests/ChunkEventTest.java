package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunk JFR event: off by default; when enabled, one per parse of a chunk, timed on the thread
 * that parsed it, and a second one, marked as a fallback, for each chunk parsed again.
 */
class ChunkEventTest {
    private static final String CHUNK = "io.chunkwise.Chunk";

    @TempDir
    Path dir;

    @Test
    void oneTimedEventPerChunkOnTheWorkersWhenEnabledNoneByDefault() throws Exception {
        Path file = csv("m.csv", "cusip,name", 2000, i -> "037833100,name " + i);
        LoadOptions o = LoadOptions.defaults().withChunkSize(4096).withWorkers(2);
        Recorded on = load(LoaderStrategy.PARALLEL, o, file, true);
        assertThat(on.events()).hasSize(on.summary().chunks());
        assertThat(on.events().stream().mapToLong(e -> e.getLong("records")).sum()).isEqualTo(on.summary().records());
        assertThat(on.events()).allSatisfy(e -> {
            assertThat(e.getString("strategy")).isEqualTo("parallel");
            assertThat(e.getBoolean("fallback")).isFalse();
            assertThat(e.getThread().getJavaName()).isEqualTo("chunkwise-loader");
            assertThat(e.getDuration()).isPositive();
        });

        assertThat(load(LoaderStrategy.MMAP, o, file, false).events()).isEmpty();
    }

    @Test
    void everyStrategyTimesItsChunks() throws Exception {
        Path file = csv("m.csv", "cusip,name", 500, i -> "037833100,\"name\n" + i + "\"");
        for (LoaderStrategy strategy : LoaderStrategy.values()) {
            Recorded r = load(strategy, LoadOptions.defaults().withChunkSize(2048).withWorkers(1), file, true);
            assertThat(r.events()).as(strategy.cliName()).hasSize(r.summary().chunks() + r.summary().fallbacks());
            assertThat(r.events()).as(strategy.cliName()).allSatisfy(e -> {
                assertThat(e.getString("strategy")).isEqualTo(strategy.cliName());
                assertThat(e.getDuration()).isPositive();
            });
        }
    }

    @Test
    void aChunkParsedAgainHasASecondEventMarkedAsAFallback() throws Exception {
        Path file = csv("stray.csv", "id,name", 400,
                i -> i + (i % 50 == 0 ? ",stray\"quote" : ",\"quoted, with \"\"escape\"\"\""));
        Recorded r = load(LoaderStrategy.PARALLEL, LoadOptions.defaults().withChunkSize(100).withWorkers(3), file, true);
        List<RecordedEvent> again = r.events().stream().filter(e -> e.getBoolean("fallback")).toList();
        assertThat(r.summary().fallbacks()).isPositive();
        assertThat(again).isNotEmpty().hasSizeLessThanOrEqualTo(r.summary().fallbacks());
        // the re-parse runs where the chunks are committed, not on a worker
        assertThat(again).allSatisfy(e -> assertThat(e.getThread().getJavaName()).isNotEqualTo("chunkwise-loader"));
        assertThat(r.events().size() - again.size()).as("one speculative parse per planned chunk")
                .isGreaterThanOrEqualTo(r.summary().chunks());
    }

    private Path csv(String name, String header, int rows, IntFunction<String> row) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            b.append(row.apply(i)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b);
    }

    /** Loads the file in a recording, with the chunk event enabled or left as it is by default. */
    private Recorded load(LoaderStrategy strategy, LoadOptions options, Path file, boolean enabled) throws Exception {
        Path rec = Files.createTempFile(dir, strategy.cliName(), ".jfr");
        LoadSummary summary;
        try (Recording r = new Recording()) {
            if (enabled) {
                r.enable(CHUNK);
            }
            r.start();
            summary = strategy.open(options).load(file, new Collect());
            r.stop();
            r.dump(rec);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(rec).stream()
                .filter(e -> e.getEventType().getName().equals(CHUNK)).toList();
        return new Recorded(summary, events);
    }

    private record Recorded(LoadSummary summary, List<RecordedEvent> events) {
    }
}
