package io.chunkwise.dataset.bars;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns local date-times (written without an offset) into instants in one zone. In a zone with
 * daylight saving, a local time in the spring gap does not exist and one in the autumn overlap
 * happens twice: both are refused with their reason, never shifted or given the earlier offset.
 */
final class LocalTimes {
    /** Local times are UTC. */
    static final LocalTimes UTC = new LocalTimes(ZoneOffset.UTC);

    private final ZoneId zone;
    private final ZoneOffset fixed;
    private final ZoneRules rules;

    /** @param zone the zone of the file's local times */
    LocalTimes(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset() ? rules.getOffset(java.time.Instant.EPOCH) : null;
    }

    /**
     * @param local a local date-time
     * @param text the timestamp as written, for the message
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the local time does not exist in the zone or is ambiguous
     */
    long toEpochMilli(LocalDateTime local, String text) {
        if (fixed != null) {
            return local.toInstant(fixed).toEpochMilli();
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.get(0)).toEpochMilli();
        }
        throw new IllegalArgumentException("timestamp " + FieldText.quoted(text) + " " + (offsets.isEmpty()
                ? "does not exist in " + zone + " (skipped when clocks go forward)"
                : "is ambiguous in " + zone + " (happens twice when clocks go back); write its offset"));
    }

    /** @return the zone */
    ZoneId zone() {
        return zone;
    }
}
