package io.chunkwise.dataset.bars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses a bar timestamp: epoch milliseconds, an ISO-8601 instant, or an ISO local date-time (UTC). */
final class BarTimestamps {
    private BarTimestamps() {
    }

    /**
     * @param text the field
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the text is none of the accepted forms
     */
    static long parse(String text) {
        if (!text.isEmpty() && allDigits(text)) {
            return Long.parseLong(text);
        }
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Instant.parse(text.replace(' ', 'T')).toEpochMilli();
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad timestamp '" + text + "'", e);
        }
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
