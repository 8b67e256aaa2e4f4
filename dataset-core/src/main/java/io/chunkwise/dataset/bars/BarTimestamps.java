package io.chunkwise.dataset.bars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Parses the timestamps of one bars file: an ISO date, an ISO-8601-like date-time
 * ({@link IsoTimestamps}), a compact {@code yyyyMMdd[HHmm[ss]]} number (UTC), or an epoch number
 * (a fraction allowed) whose unit
 * (seconds, milliseconds, microseconds or nanoseconds) is told from its magnitude by
 * {@link EpochUnit}. The first epoch number fixes the file's unit: a later one in another unit is
 * refused, never read in the wrong one.
 */
final class BarTimestamps {
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT_MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT_SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DECIMAL_EPOCH = Pattern.compile("\\d{1,18}\\.\\d{1,9}");

    private EpochUnit unit;

    /**
     * @param text the field
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the text is none of the accepted forms, saying why
     */
    long parse(String text) {
        if (!text.isEmpty() && allDigits(text)) {
            return number(text);
        }
        if (text.length() == 10 && text.charAt(4) == '-') {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad timestamp '" + text + "'", e);
            }
        }
        if (DECIMAL_EPOCH.matcher(text).matches()) {
            return decimal(text);
        }
        return IsoTimestamps.parse(text);
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
            throw new IllegalArgumentException("bad timestamp '" + text + "': not a time between 1980 and 2200 in epoch"
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
            throw new IllegalArgumentException("bad timestamp '" + text + "' (too many digits)", e);
        }
        EpochUnit u = EpochUnit.of(value);
        if (u == null) {
            return compact(text);
        }
        if (unit == null) {
            unit = u;
        } else if (u != unit) {
            throw new IllegalArgumentException("epoch timestamp '" + text + "' is in " + u.label()
                    + ", but the file's first epoch timestamp was in " + unit.label());
        }
        return u.toMillis(value);
    }

    private static long compact(String text) {
        DateTimeFormatter f = switch (text.length()) {
            case 8 -> COMPACT_DATE;
            case 12 -> COMPACT_MINUTE;
            case 14 -> COMPACT_SECOND;
            default -> null;
        };
        if (f != null) {
            try {
                if (f == COMPACT_DATE) {
                    return LocalDate.parse(text, f).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                }
                return LocalDateTime.parse(text, f).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e) {
                // neither an epoch number nor a date: said below
            }
        }
        throw new IllegalArgumentException("bad timestamp '" + text + "': not a time between 1980 and 2200 in epoch"
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
