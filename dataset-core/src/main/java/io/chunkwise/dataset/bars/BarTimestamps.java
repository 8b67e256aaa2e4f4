package io.chunkwise.dataset.bars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Parses the timestamps of one bars file: an ISO date, an ISO-8601-like date-time
 * ({@link IsoTimestamps}), a vendor's date-time or a date column and a time column
 * ({@link VendorDates}), a compact {@code yyyyMMdd[HHmm[ss]]} number, or an epoch number
 * (a fraction allowed) whose unit
 * (seconds, milliseconds, microseconds or nanoseconds) is told from its magnitude by
 * {@link EpochUnit}. The first epoch number fixes the file's unit: a later one in another unit is
 * refused, never read in the wrong one. Dates and date-times without an offset are in the file's
 * zone ({@link LocalTimes}, UTC unless told); epoch numbers are instants already. Slashed dates
 * ({@code 01/13/2024}) are read in the order the whole file's dates settle ({@link DateOrder}),
 * asked for once, at the first one, or refused saying why.
 */
final class BarTimestamps {
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT_MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT_SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DECIMAL_EPOCH = Pattern.compile("\\d{1,18}\\.\\d{1,9}");

    private final LocalTimes local;
    private final Supplier<DateOrder> dateOrder;
    /** The file's slashed-date order, asked for at the first slashed date; null before. */
    private DateOrder dates;
    private EpochUnit unit;
    /** Timestamps read, and of them epoch numbers: the rest not read on {@link #local} carried their own offset. */
    private long read;
    private long epochs;

    /** Local times in UTC. */
    BarTimestamps() {
        this(LocalTimes.UTC);
    }

    /** @param local the zone of dates and date-times written without an offset */
    BarTimestamps(LocalTimes local) {
        this(local, () -> DateOrder.UNKNOWN);
    }

    /**
     * @param local the zone of dates and date-times written without an offset
     * @param dateOrder settles the order of the file's slashed dates (by reading them all), asked once, at the first
     */
    BarTimestamps(LocalTimes local, Supplier<DateOrder> dateOrder) {
        this.local = local;
        this.dateOrder = dateOrder;
    }

    /**
     * @param date a date column's text ({@code 2024.01.07}, {@code 2024-01-07}, {@code 20240107}, {@code 07.01.2024})
     * @param time a time column's text ({@code 22:00}, {@code 22:00:00.250}, {@code 220000}, an offset allowed)
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the two do not make a date-time, saying why
     */
    long parse(String date, String time) {
        long millis = dateTime(date, time);
        read++;
        return millis;
    }

    private long dateTime(String date, String time) {
        String iso = DateOrder.slashed(date) && !time.isEmpty()
                ? unslashed(date, date + " " + time) + "T" + VendorDates.isoTime(time)
                : VendorDates.join(date, time);
        if (iso == null || date.isEmpty() || time.isEmpty()) {
            throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(date + " " + time) + ": "
                    + (date.isEmpty() || time.isEmpty() ? "empty " + (date.isEmpty() ? "date" : "time")
                    : "date " + FieldText.quoted(date) + " is not yyyy.MM.dd, yyyy-MM-dd, yyyyMMdd or dd.MM.yyyy"));
        }
        return iso(iso, date + " " + time);
    }

    /**
     * @param text the field
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the text is none of the accepted forms, saying why
     */
    long parse(String text) {
        long millis = timestamp(text);
        read++;
        return millis;
    }

    private long timestamp(String text) {
        if (!text.isEmpty() && allDigits(text)) {
            return number(text);
        }
        if (DECIMAL_EPOCH.matcher(text).matches()) {
            return decimal(text); // counted as an epoch number by number(whole)
        }
        String iso = VendorDates.normalize(unslashed(text));
        if (iso.length() == 10 && iso.charAt(4) == '-') {
            try {
                return local.toEpochMilli(LocalDate.parse(iso).atStartOfDay(), text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(text), e);
            }
        }
        return iso(iso, text);
    }

    /** @return the text with a slashed date first rewritten as {@code yyyy-MM-dd[Ttime]}; else the text itself */
    private String unslashed(String text) {
        int cut = text.indexOf(' ');
        String date = cut < 0 ? text : text.substring(0, cut);
        if (!DateOrder.slashed(date)) {
            return text;
        }
        String iso = unslashed(date, text);
        return cut < 0 ? iso : iso + "T" + VendorDates.isoTime(text.substring(cut + 1).strip());
    }

    /** @return the slashed date in the file's order, as {@code yyyy-MM-dd}; refused naming {@code text} when it has none */
    private String unslashed(String date, String text) {
        if (dates == null) {
            dates = dateOrder.get();
        }
        try {
            return dates.iso(date);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(text) + " (" + e.getMessage() + ")", e);
        }
    }

    /** Parses ISO text rewritten from {@code original}, naming the original when it is bad. */
    private long iso(String iso, String original) {
        if (iso.equals(original)) {
            return IsoTimestamps.parse(iso, local);
        }
        try {
            return IsoTimestamps.parse(iso, local);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace(FieldText.quoted(iso), FieldText.quoted(original)), e);
        }
    }

    /** @return how the timestamps read so far were read: local, with their own offset, or epoch numbers */
    TimestampKinds kinds() {
        long localTimes = local.converted();
        return new TimestampKinds(localTimes, read - localTimes - epochs, epochs, unit == null ? null : unit.label());
    }

    /** @return the epoch unit of the file's numeric timestamps, or null when it had none so far */
    EpochUnit unit() {
        return unit;
    }

    /** Fractional epoch numbers ({@code 1704664860.250}): the unit from the whole part, the fraction kept to the ms. */
    private long decimal(String text) {
        int dot = text.indexOf('.');
        String whole = text.substring(0, dot);
        EpochUnit u = EpochUnit.of(Long.parseLong(whole));
        if (u == null) {
            throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(text) + ": not a time between 1980 and 2200 in epoch"
                    + " seconds, milliseconds, microseconds or nanoseconds");
        }
        number(whole);
        return new BigDecimal(text).multiply(u.millisPerUnit()).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private long number(String text) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(text) + " (too many digits)", e);
        }
        EpochUnit u = EpochUnit.of(value);
        if (u == null) {
            return compact(text);
        }
        if (unit == null) {
            unit = u;
        } else if (u != unit) {
            throw new IllegalArgumentException("epoch timestamp " + FieldText.quoted(text) + " is in " + u.label()
                    + ", but the file's first epoch timestamp was in " + unit.label());
        }
        epochs++;
        return u.toMillis(value);
    }

    private long compact(String text) {
        DateTimeFormatter f = switch (text.length()) {
            case 8 -> COMPACT_DATE;
            case 12 -> COMPACT_MINUTE;
            case 14 -> COMPACT_SECOND;
            default -> null;
        };
        if (f != null) {
            try {
                if (f == COMPACT_DATE) {
                    return local.toEpochMilli(LocalDate.parse(text, f).atStartOfDay(), text);
                }
                return local.toEpochMilli(LocalDateTime.parse(text, f), text);
            } catch (DateTimeParseException e) {
                // neither an epoch number nor a date: said below
            }
        }
        throw new IllegalArgumentException("bad timestamp " + FieldText.quoted(text) + ": not a time between 1980 and 2200 in epoch"
                + " seconds, milliseconds, microseconds or nanoseconds, nor a date as yyyyMMdd[HHmm[ss]]");
    }

    private static boolean allDigits(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
