package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parallel FIX scan's chunk events: one per chunk scanned, timed on its worker, covering the log. */
class FixChunkEventTest {
    @Test
    void aParallelScanTimesEachChunkOnItsWorker(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append(Logs.message("FIX.4.4", "35=D|34=" + i + "|55=IBM|", '|')).append('\n');
        }
        MemorySegment log = Logs.segment(text.toString());
        Path rec = dir.resolve("fix.jfr");
        AtomicLong messages = new AtomicLong();
        try (Recording r = new Recording()) {
            r.enable("io.chunkwise.Chunk");
            r.start();
            FixScanner.scan(log, ScanOptions.parallel(2).withChunkSize(1024), Count::new,
                    (handler, chunk) -> messages.addAndGet(handler.messages));
            r.stop();
            r.dump(rec);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(rec).stream()
                .filter(e -> e.getEventType().getName().equals("io.chunkwise.Chunk")).toList();
        assertThat(messages).hasValue(300);
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getString("strategy")).isEqualTo("fix-parallel");
            assertThat(e.getDuration()).isPositive();
        });
        List<RecordedEvent> speculative = events.stream().filter(e -> !e.getBoolean("fallback")).toList();
        assertThat(speculative).allSatisfy(e -> assertThat(e.getThread().getJavaName()).isEqualTo("chunkwise-fix-scan"));
        assertThat(speculative.stream().mapToLong(e -> e.getLong("bytes")).sum()).isEqualTo(log.byteSize());
    }

    private static final class Count implements FixHandler {
        long messages;

        @Override
        public void message(FixMessage message) {
            messages++;
        }

        @Override
        public void malformed(MalformedMessage malformed) {
            throw new AssertionError("every message is well formed: " + malformed);
        }
    }
}
