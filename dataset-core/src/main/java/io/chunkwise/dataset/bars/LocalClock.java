package io.chunkwise.dataset.bars;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock a file's local times (those without an offset) were written on: a zone of the tz
 * database or a fixed offset, optionally running a fixed time ahead of it. The second form is a
 * broker's "New York close" server clock, New York time plus 7 hours, which changes with the US
 * daylight saving dates: no zone of the tz database keeps it (Europe/Athens changes on the EU dates).
 *
 * @param zone the zone whose daylight saving the clock follows
 * @param ahead how far the clock runs ahead of the zone's (negative: behind); zero for the zone's own
 */
public record LocalClock(ZoneId zone, Duration ahead) {
    /** UTC. */
    public static final LocalClock UTC = of(ZoneId.of("UTC"));

    // a zone, then a shift as an offset is written (+7, +07, +07:00, -03:30); Etc/GMT+5 alone is a zone
    private static final Pattern SHIFTED = Pattern.compile("(.+?)([+-]\\d{1,2}(?::?\\d{2})?)");

    /** Checks the parts. */
    public LocalClock {
        if (zone == null || ahead == null) {
            throw new IllegalArgumentException("zone and ahead must not be null (use UTC and Duration.ZERO)");
        }
        if (ahead.abs().compareTo(Duration.ofHours(18)) > 0) {
            throw new IllegalArgumentException("a clock runs at most 18 hours ahead of or behind its zone, not " + ahead);
        }
    }

    /**
     * @param zone a zone
     * @return the zone's own clock
     */
    public static LocalClock of(ZoneId zone) {
        return new LocalClock(zone, Duration.ZERO);
    }

    /**
     * @param text a zone ({@code America/New_York}, {@code Europe/Athens}, {@code +02:00}, {@code UTC}), or a
     *     zone and how far the clock runs ahead of it ({@code America/New_York+07:00}, {@code America/New_York+7})
     * @return the clock
     * @throws IllegalArgumentException when the text is neither
     */
    public static LocalClock parse(String text) {
        try {
            return of(ZoneId.of(text));
        } catch (DateTimeException notAZone) {
            Matcher m = SHIFTED.matcher(text);
            if (m.matches()) {
                try {
                    ZoneId zone = ZoneId.of(m.group(1));
                    return new LocalClock(zone, Duration.ofSeconds(ZoneOffset.of(m.group(2)).getTotalSeconds()));
                } catch (DateTimeException notAShiftedZone) {
                    // falls through to the message below
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a time zone (e.g. UTC, America/New_York, Europe/Athens,"
                    + " +02:00) nor a zone with its clock's shift (America/New_York+07:00, for a New York close server)");
        }
    }

    /** @return the zone, then the shift when there is one: {@code America/New_York+07:00} */
    @Override
    public String toString() {
        return ahead.isZero() ? zone.getId() : zone.getId() + ZoneOffset.ofTotalSeconds((int) ahead.toSeconds()).getId();
    }
}
