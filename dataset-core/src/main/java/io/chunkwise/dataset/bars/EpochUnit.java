package io.chunkwise.dataset.bars;

import java.time.Instant;

/**
 * The unit of a numeric (epoch) timestamp, told from its magnitude: a bar between 1980 and 2200 is
 * ~3e8–7e9 in seconds, ~3e11–7e12 in milliseconds, ~3e14–7e15 in microseconds and ~3e17–7e18 in
 * nanoseconds. Those ranges do not overlap, so each plausible number has exactly one unit, and a
 * number in none of them (a 1970 or year-2611 bar) is refused rather than guessed.
 */
enum EpochUnit {
    /** Seconds since 1970. */
    SECONDS(1_000_000_000L),
    /** Milliseconds since 1970. */
    MILLISECONDS(1_000_000L),
    /** Microseconds since 1970. */
    MICROSECONDS(1_000L),
    /** Nanoseconds since 1970. */
    NANOSECONDS(1L);

    /** The earliest plausible bar, in seconds. */
    static final long EARLIEST = Instant.parse("1980-01-01T00:00:00Z").getEpochSecond();
    /** The first implausible bar, in seconds. */
    static final long LATEST = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

    private final long nanos;

    EpochUnit(long nanos) {
        this.nanos = nanos;
    }

    /**
     * @param value an epoch number
     * @return the unit in which it is a bar between 1980 and 2200, or null when there is none
     */
    static EpochUnit of(long value) {
        for (EpochUnit u : values()) {
            long perSecond = 1_000_000_000L / u.nanos;
            if (value >= EARLIEST * perSecond && value < LATEST * perSecond) {
                return u;
            }
        }
        return null;
    }

    /**
     * @param value an epoch number in this unit
     * @return epoch milliseconds (truncated towards the past)
     */
    long toMillis(long value) {
        return this == SECONDS ? value * 1000 : Math.floorDiv(value, 1_000_000L / nanos);
    }

    /** @return milliseconds in one of this unit (1000 for seconds, 0.001 for microseconds) */
    java.math.BigDecimal millisPerUnit() {
        return java.math.BigDecimal.valueOf(nanos).movePointLeft(6);
    }

    /** @return the unit's name in messages */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
