package io.chunkwise.dataset.bars;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO-8601-like date-times as data vendors write them: {@code T} or a space (any case) between date
 * and time, seconds and fractions optional, and an optional zone: {@code Z}, {@code +02:00},
 * {@code +0200}, {@code +02}, the word {@code UTC}, or a region in brackets ({@code Z[UTC]}). Without
 * a zone the time is in the file's zone ({@link LocalTimes}; UTC unless told). Slashed dates
 * ({@code 01/07/2024}) are refused here: {@link DateOrder} reads them when the file's dates settle
 * their order. Times on a 12-hour clock ({@code 10:00 PM}) are refused, naming the hour on 24. Dates
 * are resolved strictly: {@code 2024-02-30} is refused, not read as the 29th.
 */
final class IsoTimestamps {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral("UTC").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** A date-time ending in a zone's name ({@code Europe/London}, {@code CET}) rather than an offset. */
    private static final Pattern ZONE_NAME = Pattern.compile(".*\\d[ T]?[A-Za-z]{2,}(?:/[A-Za-z0-9_+-]+)*");

    /** A time on a 12-hour clock: {@code 10:00 PM}, {@code 10:00:30pm}, {@code 10:00 p.m.}. */
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(?i)(.*?)(\\d{1,2})(:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?) ?([ap])\\.?m\\.?");

    private IsoTimestamps() {
    }

    /** @return why a date-time that does not parse may not: a 12-hour clock, a zone name, or a slashed date; else "" */
    private static String hint(String text) {
        Matcher twelve = TWELVE_HOUR.matcher(text);
        if (twelve.matches()) {
            int hour = Integer.parseInt(twelve.group(2));
            if (hour >= 1 && hour <= 12) {
                // 12 AM is midnight, 12 PM noon
                int h24 = hour % 12 + (Character.toLowerCase(twelve.group(4).charAt(0)) == 'p' ? 12 : 0);
                return String.format(Locale.ROOT, " (12-hour times with AM/PM are not read; write the hour on a 24-hour"
                        + " clock: %s %s is %02d%s)", twelve.group(2) + twelve.group(3),
                        twelve.group(4).toUpperCase(Locale.ROOT) + "M", h24, twelve.group(3));
            }
            return " (12-hour times with AM/PM are not read; write the hour on a 24-hour clock)";
        }
        if (ZONE_NAME.matcher(text).matches()) {
            return " (a zone name is not read; write an offset such as +01:00, or set the time zone)";
        }
        int end = text.indexOf(' ') >= 0 ? text.indexOf(' ') : text.length();
        return text.substring(0, end).indexOf('/') >= 0 ? " (a day/month order cannot be told; write yyyy-MM-dd)" : "";
    }

    /**
     * @param text the field
     * @param local the zone of date-times written without one
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the text is not such a date-time, or names a local
     *     time that does not exist or is ambiguous in its zone
     */
    static long parse(String text, LocalTimes local) {
        TemporalAccessor t;
        try {
            t = FORMAT.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(text) + hint(text), e);
        }
        LocalDateTime dateTime = LocalDateTime.from(t);
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            return dateTime.toInstant(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))).toEpochMilli();
        }
        ZoneId zone = t.query(TemporalQueries.zoneId());
        return (zone != null ? new LocalTimes(zone) : local).toEpochMilli(dateTime, text);
    }
}
