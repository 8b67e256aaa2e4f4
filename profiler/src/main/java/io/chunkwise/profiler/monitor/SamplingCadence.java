package io.chunkwise.profiler.monitor;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether samples came as often as asked. A sampler that falls behind (a machine too busy for
 * the interval, a slow probe) skips the ticks it missed; its series then reads as "every 5 ms"
 * while its samples are tens of milliseconds apart, and a peak between two of them is not seen.
 */
final class SamplingCadence {
    /** Fewer samples than this share of those asked for is falling behind, not a late tick or two. */
    private static final double KEPT = 0.8;
    /** Over a span shorter than this many intervals, a few late ticks are too large a share to judge by. */
    private static final int SPAN = 10;

    private SamplingCadence() {
    }

    /**
     * @param elapsedMs when each sample was taken, in ms since the start, in order
     * @param size how many of them there are
     * @param interval the interval asked for
     * @return a note when the samples are materially fewer than the interval asks for over their
     *     span, giving the counts and the longest gap; empty otherwise
     */
    static Optional<String> note(long[] elapsedMs, int size, Duration interval) {
        if (size < 2) {
            return Optional.empty();
        }
        double every = interval.toNanos() / 1e6;
        long span = elapsedMs[size - 1] - elapsedMs[0];
        long asked = (long) (span / every) + 1;
        if (span < SPAN * every || size >= KEPT * asked) {
            return Optional.empty();
        }
        long longest = 0;
        for (int i = 1; i < size; i++) {
            longest = Math.max(longest, elapsedMs[i] - elapsedMs[i - 1]);
        }
        String ms = every == Math.rint(every) ? String.format(Locale.ROOT, "%,d", (long) every) : String.valueOf(every);
        return Optional.of(String.format(Locale.ROOT, "sampling fell behind: %,d samples in %,d ms, where one every %s ms "
                + "makes %,d; the longest gap between two was %,d ms, and a peak shorter than that can be missed (the machine "
                + "or a probe is too slow for this interval: sample less often)", size, span, ms, asked, longest));
    }
}
