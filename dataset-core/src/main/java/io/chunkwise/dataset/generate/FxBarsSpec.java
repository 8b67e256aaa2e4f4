package io.chunkwise.dataset.generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What {@link FxBarsGenerator} makes.
 *
 * @param pair the currency pair
 * @param interval the bar length, from one second to one day
 * @param rows how many bars, at least 0
 * @param seed same seed, same bytes
 * @param start the first bar's open time, on a whole second, inside trading hours
 */
public record FxBarsSpec(FxPair pair, Duration interval, long rows, long seed, Instant start) {
    /** Sunday 2024-01-07 22:00 UTC: the FX week's open. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-07T22:00:00Z");
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;

    /** Checks every parameter, naming the bad one. */
    public FxBarsSpec {
        if (rows < 0) {
            throw new IllegalArgumentException("rows cannot be negative: " + rows);
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0
                || interval.toNanosPart() % 1_000_000_000 != 0) {
            throw new IllegalArgumentException("a bar interval is whole seconds from 1s to 1d: " + interval);
        }
        if (start.getNano() != 0 || start.getEpochSecond() < 0) {
            throw new IllegalArgumentException("the start is a whole second from 1970 on: " + start);
        }
        if (TradingCalendar.isClosed(start.getEpochSecond())) {
            DayOfWeek day = start.atOffset(ZoneOffset.UTC).getDayOfWeek();
            throw new IllegalArgumentException("the start " + start + " (" + day
                    + ") is in the weekend closure (Friday 22:00 to Sunday 22:00 UTC)");
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
        return new FxBarsSpec(pair, interval, rows, s, start);
    }

    /**
     * @param t the first bar's open time
     * @return a copy starting there
     */
    public FxBarsSpec withStart(Instant t) {
        return new FxBarsSpec(pair, interval, rows, seed, t);
    }
}
