package io.chunkwise.dataset.bars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the date-time forms of FX data vendors into ISO-8601 text for {@link IsoTimestamps}:
 * MetaTrader's {@code 2024.01.07 22:00}, Dukascopy's day-first {@code 07.01.2024 22:00:00.000}
 * (dotted dates with the year last are day-first in every source that writes them; slashed ones
 * stay refused), HistData's {@code 20240107 220000}, and a date column joined with a time column
 * ({@code 2024.01.07} + {@code 22:00}, {@code 20240107} + {@code 220000}). Dukascopy's "Local
 * time" offset suffix ({@code 07.01.2024 23:00:00.000 GMT+0100}) becomes the offset ({@code +0100}),
 * exact across daylight saving. Only the shape is rewritten: whether the date exists is left to the
 * ISO parser.
 */
final class VendorDates {
    private static final Pattern GMT_OFFSET = Pattern.compile("(.*?) ?GMT([+-]\\d\\d(?::?\\d\\d)?)");

    private VendorDates() {
    }

    /**
     * @param text a one-column timestamp
     * @return it in ISO form, or {@code text} itself when it is in no vendor form
     */
    static String normalize(String text) {
        int cut = text.indexOf(' ');
        if (cut < 0) {
            String date = isoDate(text);
            return date != null && !date.equals(text) ? date : text;
        }
        String date = isoDate(text.substring(0, cut));
        if (date == null) {
            return text;
        }
        return date + "T" + isoTime(text.substring(cut + 1).strip());
    }

    /**
     * @param date the date column's text
     * @param time the time column's text
     * @return one ISO date-time, or null when the date is in no known form
     */
    static String join(String date, String time) {
        String d = isoDate(date);
        return d == null ? null : d + "T" + isoTime(time);
    }

    /** @return {@code yyyy-MM-dd} from {@code yyyy-MM-dd}, {@code yyyy.MM.dd}, {@code dd.MM.yyyy} or {@code yyyyMMdd}; else null */
    static String isoDate(String s) {
        if (s.length() == 8 && digits(s, 0, 8)) {
            return s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8);
        }
        if (s.length() != 10) {
            return null;
        }
        if (digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)
                && (s.charAt(4) == '.' && s.charAt(7) == '.' || s.charAt(4) == '-' && s.charAt(7) == '-')) {
            return s.substring(0, 4) + "-" + s.substring(5, 7) + "-" + s.substring(8, 10);
        }
        if (digits(s, 0, 2) && digits(s, 3, 5) && digits(s, 6, 10) && s.charAt(2) == '.' && s.charAt(5) == '.') {
            return s.substring(6, 10) + "-" + s.substring(3, 5) + "-" + s.substring(0, 2);
        }
        return null;
    }

    /**
     * @return {@code HH:mm[:ss[.SSS]]} from {@code HHmm}, {@code HHmmss} or {@code HHmmssSSS}, with a
     *     {@code GMT+hhmm} suffix as the offset {@code +hhmm}; any other text unchanged
     */
    static String isoTime(String s) {
        Matcher gmt = GMT_OFFSET.matcher(s);
        if (gmt.matches()) {
            return isoTime(gmt.group(1)) + gmt.group(2);
        }
        if (s.length() == 4 && digits(s, 0, 4)) {
            return s.substring(0, 2) + ":" + s.substring(2, 4);
        }
        if (s.length() == 6 && digits(s, 0, 6)) {
            return s.substring(0, 2) + ":" + s.substring(2, 4) + ":" + s.substring(4, 6);
        }
        if (s.length() == 9 && digits(s, 0, 9)) {
            // HistData's ticks: HHmmssSSS
            return s.substring(0, 2) + ":" + s.substring(2, 4) + ":" + s.substring(4, 6) + "." + s.substring(6, 9);
        }
        return s;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
