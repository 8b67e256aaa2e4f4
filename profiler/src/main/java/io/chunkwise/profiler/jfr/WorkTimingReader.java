package io.chunkwise.profiler.jfr;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

/** Gathers the durations of Chunkwise's own events, by event type and strategy, into {@link WorkTiming}s. */
final class WorkTimingReader {
    /** The prefix of Chunkwise's event names. */
    static final String PREFIX = "io.chunkwise.";

    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** @param event any event: those not named {@value #PREFIX}… are ignored */
    void accept(RecordedEvent event) {
        EventType type = event.getEventType();
        if (!type.getName().startsWith(PREFIX)) {
            return;
        }
        String strategy = event.hasField("strategy") ? event.getString("strategy") : null;
        groups.computeIfAbsent(type.getName() + '\u0000' + strategy, k -> new Group(type, strategy)).add(event);
    }

    /** @return one timing per event type and strategy, in the order first seen */
    List<WorkTiming> timings() {
        return groups.values().stream().map(Group::timing).toList();
    }

    /** The events of one type and strategy. */
    private static final class Group {
        private final EventType type;
        private final String strategy;
        private long[] nanos = new long[64];
        private int count;
        private long bytes = -1;
        private long fallbacks;
        private final Map<Long, PerThread> threads = new HashMap<>();

        Group(EventType type, String strategy) {
            this.type = type;
            this.strategy = strategy;
        }

        void add(RecordedEvent event) {
            long d = event.getDuration().toNanos();
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = d;
            if (event.hasField("bytes")) {
                bytes = Math.max(bytes, 0) + event.getLong("bytes");
            }
            if (event.hasField("fallback") && event.getBoolean("fallback")) {
                // a re-parse runs where the chunks are committed, not on a worker: counted and in the
                // total, but kept out of the threads' figures, which would show one thread too many
                fallbacks++;
                return;
            }
            RecordedThread thread = event.getThread();
            long id = thread == null ? -1 : thread.getId();
            threads.computeIfAbsent(id, t -> new PerThread()).add(event.getStartTime(), d);
        }

        WorkTiming timing() {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            long median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
            long total = Arrays.stream(sorted).sum();
            long firstMax = threads.values().stream().mapToLong(t -> t.firstNanos).max().orElse(0);
            long busyMin = threads.values().stream().mapToLong(t -> t.busyNanos).min().orElse(0);
            long busyMax = threads.values().stream().mapToLong(t -> t.busyNanos).max().orElse(0);
            return new WorkTiming(type.getName(), type.getLabel() == null ? type.getName() : type.getLabel(), strategy,
                    count, threads.size(), Duration.ofNanos(median), Duration.ofNanos(firstMax),
                    Duration.ofNanos(sorted[count - 1]), Duration.ofNanos(total), Duration.ofNanos(busyMin),
                    Duration.ofNanos(busyMax), bytes, fallbacks);
        }
    }

    /** One thread's share: its first event (by start time) and its time in all of them. */
    private static final class PerThread {
        private Instant firstStart;
        private long firstNanos;
        private long busyNanos;

        void add(Instant start, long nanos) {
            busyNanos += nanos;
            if (firstStart == null || start.isBefore(firstStart)) {
                firstStart = start;
                firstNanos = nanos;
            }
        }
    }
}
