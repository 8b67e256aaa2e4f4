package io.chunkwise.dataset.generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What {@link FxBarsGenerator} makes.
 *
 * @param pair the currency pair
 * @param interval the bar length, from one second to one day
 * @param rows how many bars, at least 0
 * @param seed same seed, same bytes
 * @param start the first bar's open time, on a whole second, inside trading hours
 * @param maxBytes the file's size not to exceed, header included: the bars stop before the first that
 *     would pass it ({@link Long#MAX_VALUE}: all {@code rows} bars, whatever their size)
 */
public record FxBarsSpec(FxPair pair, Duration interval, long rows, long seed, Instant start, long maxBytes) {
    /** Sunday 2024-01-07 22:00 UTC: the FX week's open. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-07T22:00:00Z");
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** No bar is shorter (a 20-character timestamp, four prices, a volume, their commas and line feed). */
    public static final long MIN_ROW_BYTES = 32;
    /** 9999-12-31T23:59:59Z: ISO timestamps have four-digit years. */
    private static final long LAST_WRITABLE = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /** Checks every parameter, naming the bad one. */
    public FxBarsSpec {
        if (rows < 0) {
            throw new IllegalArgumentException("rows cannot be negative: " + rows);
        }
        if (maxBytes < FxBarsGenerator.HEADER.length()) {
            throw new IllegalArgumentException("a size of " + maxBytes + " bytes cannot hold the header ("
                    + FxBarsGenerator.HEADER.length() + " bytes)");
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0
                || interval.toNanosPart() % 1_000_000_000 != 0) {
            throw new IllegalArgumentException("a bar interval is whole seconds from 1s to 1d: " + text(interval));
        }
        if (start.getNano() != 0 || start.getEpochSecond() < 0) {
            throw new IllegalArgumentException("the start is a whole second from 1970 on: " + start);
        }
        if (lastOpenBound(start, interval, rows) > LAST_WRITABLE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%,d", rows) + " bars of " + text(interval) + " from " + start
                    + " would run past the year 9999, which timestamps cannot be written beyond; "
                    + "use fewer rows, shorter bars or an earlier start");
        }
        if (TradingCalendar.isClosed(start.getEpochSecond())) {
            DayOfWeek day = start.atOffset(ZoneOffset.UTC).getDayOfWeek();
            throw new IllegalArgumentException("the start " + start + " (" + day
                    + ") is in the weekend closure (Friday 22:00 to Sunday 22:00 UTC)");
        }
    }

    /**
     * All {@code rows} bars, whatever their size.
     *
     * @param pair the currency pair
     * @param interval the bar length, from one second to one day
     * @param rows how many bars, at least 0
     * @param seed same seed, same bytes
     * @param start the first bar's open time, on a whole second, inside trading hours
     */
    public FxBarsSpec(FxPair pair, Duration interval, long rows, long seed, Instant start) {
        this(pair, interval, rows, seed, start, Long.MAX_VALUE);
    }

    /**
     * As many bars as fit in a size: those of the same spec by rows, cut before the first that would
     * pass it, so the same seed gives the same bars.
     *
     * @param pair the currency pair
     * @param interval the bar length, from one second to one day
     * @param maxBytes the size not to exceed, header included
     * @param seed same seed, same bytes
     * @param start the first bar's open time, on a whole second, inside trading hours
     * @return the spec
     */
    public static FxBarsSpec ofSize(FxPair pair, Duration interval, long maxBytes, long seed, Instant start) {
        new FxBarsSpec(pair, interval, 0, seed, start, maxBytes); // the interval, the start and the size, checked first
        // no more bars fit than of the shortest size: a bound for the year-9999 check, never reached
        long rows = Math.max(0, maxBytes - FxBarsGenerator.HEADER.length()) / MIN_ROW_BYTES;
        if (lastOpenBound(start, interval, rows) > LAST_WRITABLE) {
            String most = String.format(Locale.ROOT, "%,d", rows);
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a size of %,d bytes holds up to ", maxBytes) + most
                    + " bars, and " + most + " bars of " + text(interval) + " from " + start + " could run past the year 9999, which timestamps"
                    + " cannot be written beyond; use a smaller size, shorter bars or an earlier start");
        }
        return new FxBarsSpec(pair, interval, rows, seed, start, maxBytes);
    }

    /** @return the interval as the command line writes it (25h, 90s, 500ms), not Java's PT25H */
    private static String text(Duration d) {
        if (d.isNegative() || d.toNanosPart() % 1_000_000 != 0) {
            return d.toNanos() + "ns";
        }
        long ms = d.toMillis();
        if (ms == 0) {
            return "0s";
        }
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        return s % 86_400 == 0 ? s / 86_400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /**
     * @return an upper bound of the last bar's open (epoch seconds): trading weeks are five days
     *     of seven, plus one weekend for the start; {@link Long#MAX_VALUE} when that overflows
     */
    private static long lastOpenBound(Instant start, Duration interval, long rows) {
        try {
            long tradingSeconds = Math.multiplyExact(rows, interval.getSeconds());
            long calendarSeconds = Math.multiplyExact(tradingSeconds / 5 + 1, 7) + 2 * 86_400L;
            return Math.addExact(start.getEpochSecond(), calendarSeconds);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * @param pair the pair
     * @param interval the bar length
     * @param rows how many bars
     * @return a spec with the default seed and start
     */
    public static FxBarsSpec of(FxPair pair, Duration interval, long rows) {
        return new FxBarsSpec(pair, interval, rows, DEFAULT_SEED, DEFAULT_START);
    }

    /**
     * @param s the seed
     * @return a copy with this seed
     */
    public FxBarsSpec withSeed(long s) {
        return new FxBarsSpec(pair, interval, rows, s, start, maxBytes);
    }

    /**
     * @param t the first bar's open time
     * @return a copy starting there
     */
    public FxBarsSpec withStart(Instant t) {
        return new FxBarsSpec(pair, interval, rows, seed, t, maxBytes);
    }
}
