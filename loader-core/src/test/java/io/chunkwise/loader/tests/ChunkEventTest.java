package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chunk JFR event: off by default, one per committed chunk when enabled, read back from the file. */
class ChunkEventTest {
    @TempDir
    Path dir;

    @Test
    void oneEventPerChunkWhenEnabledNoneByDefault() throws Exception {
        Path file = dir.resolve("m.csv");
        StringBuilder b = new StringBuilder("cusip,name\n");
        for (int i = 0; i < 2000; i++) {
            b.append("037833100,name ").append(i).append('\n');
        }
        Files.writeString(file, b);
        LoadOptions o = LoadOptions.defaults().withChunkSize(4096).withWorkers(2);
        Path on = dir.resolve("on.jfr");
        LoadSummary summary;
        try (Recording r = new Recording()) {
            r.enable("io.chunkwise.Chunk");
            r.start();
            summary = LoaderStrategy.PARALLEL.open(o).load(file, new Collect());
            r.stop();
            r.dump(on);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(on).stream()
                .filter(e -> e.getEventType().getName().equals("io.chunkwise.Chunk")).toList();
        assertThat(events).hasSize(summary.chunks());
        assertThat(events.stream().mapToLong(e -> e.getLong("records")).sum()).isEqualTo(summary.records());
        assertThat(events.getFirst().getString("strategy")).isEqualTo("parallel");

        Path off = dir.resolve("off.jfr");
        try (Recording r = new Recording()) {
            r.start();
            LoaderStrategy.MMAP.open(o).load(file, new Collect());
            r.stop();
            r.dump(off);
        }
        assertThat(RecordingFile.readAllEvents(off).stream()
                .filter(e -> e.getEventType().getName().equals("io.chunkwise.Chunk"))).isEmpty();
    }
}
