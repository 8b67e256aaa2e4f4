package io.chunkwise.profiler.jfr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** Reads a recording once, event by event, into a {@link JfrSummary}. */
final class JfrSummaryReader {
    private static final int TOP_SITES = 10;

    private long events;
    private Instant first;
    private Instant last;
    private long gcCount;
    private Duration pauseTotal = Duration.ZERO;
    private Duration pauseMax = Duration.ZERO;
    private long heapAfterPeak = -1;
    private long heapAfterLast = -1;
    private Instant heapAfterLastAt;
    private long allocated;
    private final Map<String, Site> sites = new HashMap<>();
    private final WorkTimingReader work = new WorkTimingReader();

    private JfrSummaryReader() {
    }

    static JfrSummary read(Path file) {
        JfrSummaryReader reader = new JfrSummaryReader();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                reader.accept(recording.readEvent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JFR recording " + file + ": " + e.getMessage(), e);
        }
        return reader.summary();
    }

    private void accept(RecordedEvent event) {
        events++;
        Instant start = event.getStartTime();
        Instant end = event.getEndTime();
        if (first == null || start.isBefore(first)) {
            first = start;
        }
        if (last == null || end.isAfter(last)) {
            last = end;
        }
        switch (event.getEventType().getName()) {
            case "jdk.GarbageCollection" -> {
                gcCount++;
                Duration sum = event.getDuration("sumOfPauses");
                Duration longest = event.getDuration("longestPause");
                pauseTotal = pauseTotal.plus(sum);
                if (longest.compareTo(pauseMax) > 0) {
                    pauseMax = longest;
                }
            }
            case "jdk.GCHeapSummary" -> {
                if ("After GC".equals(event.getString("when"))) {
                    long used = event.getLong("heapUsed");
                    heapAfterPeak = Math.max(heapAfterPeak, used);
                    if (heapAfterLastAt == null || !start.isBefore(heapAfterLastAt)) {
                        heapAfterLast = used;
                        heapAfterLastAt = start;
                    }
                }
            }
            case "jdk.ObjectAllocationSample" -> {
                long weight = event.getLong("weight");
                allocated += weight;
                RecordedClass type = event.getClass("objectClass");
                String frame = siteFrame(event.getStackTrace());
                sites.computeIfAbsent(frame, f -> new Site()).add(type == null ? "?" : type.getName(), weight);
            }
            default -> work.accept(event); // Chunkwise's own; others only count towards the span and the total
        }
    }

    private static String siteFrame(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "(no stack trace)";
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return describe(f);
            }
        }
        return describe(frames.getFirst());
    }

    private static String describe(RecordedFrame f) {
        String s = f.getMethod().getType().getName() + "." + f.getMethod().getName();
        return f.getLineNumber() > 0 ? s + ":" + f.getLineNumber() : s;
    }

    private JfrSummary summary() {
        Duration span = first == null ? Duration.ZERO : Duration.between(first, last);
        double seconds = span.toNanos() / 1e9;
        List<AllocationSite> top = new ArrayList<>();
        sites.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().bytes, a.getValue().bytes))
                .limit(TOP_SITES)
                .forEach(e -> top.add(new AllocationSite(e.getKey(), e.getValue().topClass(), e.getValue().bytes,
                        allocated == 0 ? 0 : (double) e.getValue().bytes / allocated)));
        return new JfrSummary(span, gcCount, pauseTotal, pauseMax, heapAfterPeak, heapAfterLast, allocated,
                seconds > 0 ? allocated / seconds : 0, List.copyOf(top), work.timings(), events);
    }

    /** Bytes allocated at one site, by class. */
    private static final class Site {
        private long bytes;
        private final Map<String, Long> byClass = new HashMap<>();

        void add(String type, long weight) {
            bytes += weight;
            byClass.merge(type, weight, Long::sum);
        }

        String topClass() {
            return byClass.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
        }
    }
}
