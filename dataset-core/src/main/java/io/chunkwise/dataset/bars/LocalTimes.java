package io.chunkwise.dataset.bars;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns local date-times (written without an offset) into instants on one clock: a zone, or a
 * zone's time shifted by a fixed amount ({@link LocalClock}). In a zone with
 * daylight saving, a local time in the spring gap does not exist and one in the autumn overlap
 * happens twice: both are refused with their reason, never shifted or given the earlier offset.
 */
final class LocalTimes {
    /** Local times are UTC. */
    static final LocalTimes UTC = new LocalTimes(ZoneOffset.UTC);

    private final LocalClock clock;
    private final ZoneOffset fixed;
    private final ZoneRules rules;
    /** Local times converted, for {@link TimestampKinds}. */
    private long converted;

    /** @param zone the zone of the file's local times */
    LocalTimes(ZoneId zone) {
        this(LocalClock.of(zone));
    }

    /** @param clock the clock of the file's local times */
    LocalTimes(LocalClock clock) {
        this.clock = clock;
        this.rules = clock.zone().getRules();
        this.fixed = rules.isFixedOffset() ? rules.getOffset(java.time.Instant.EPOCH) : null;
    }

    /**
     * @param written a local date-time as the file writes it
     * @param text the timestamp as written, for the message
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the local time does not exist in the zone or is ambiguous
     */
    long toEpochMilli(LocalDateTime written, String text) {
        LocalDateTime local = written.minus(clock.ahead());
        if (fixed != null) {
            converted++;
            return local.toInstant(fixed).toEpochMilli();
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            converted++;
            return local.toInstant(offsets.get(0)).toEpochMilli();
        }
        throw new IllegalArgumentException("timestamp " + FieldText.quoted(text) + " " + (offsets.isEmpty()
                ? "does not exist in " + clock + " (skipped when clocks go forward)"
                : "is ambiguous in " + clock + " (happens twice when clocks go back); write its offset"));
    }

    /** @return local times converted so far */
    long converted() {
        return converted;
    }

    /** @return the clock */
    LocalClock clock() {
        return clock;
    }
}
