package io.chunkwise.cli.dataset;

import java.util.ArrayList;
import java.util.List;

/** A time between bars for people: {@code 1 min}, {@code 2 d 0 h 1 min}, {@code 366 d}, {@code 250 ms}. */
final class TimeSpan {
    private static final long[] UNITS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    private static final String[] NAMES = {"d", "h", "min", "s", "ms"};

    private TimeSpan() {
    }

    /**
     * @param millis a positive span
     * @return the span from its largest unit to its smallest non-zero one, the zeros between kept
     *     ({@code 2 d 0 h 1 min}) so that no unit is misread for its neighbour
     */
    static String of(long millis) {
        int first = 0;
        while (first < UNITS.length - 1 && millis < UNITS[first]) {
            first++;
        }
        int last = UNITS.length - 1;
        while (last > first && millis % UNITS[last - 1] == 0) {
            last--;
        }
        List<String> parts = new ArrayList<>();
        long rest = millis;
        for (int u = first; u <= last; u++) {
            parts.add(rest / UNITS[u] + " " + NAMES[u]);
            rest %= UNITS[u];
        }
        return String.join(" ", parts);
    }
}
