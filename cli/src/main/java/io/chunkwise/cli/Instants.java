package io.chunkwise.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses instants as users write them: {@code 2024-01-07T22:00:00Z}, with an offset, or in UTC when none is given. */
public final class Instants {
    private Instants() {
    }

    /**
     * @param text {@code 2024-01-07T22:00:00Z}, {@code 2024-01-07T22:00:00+02:00}, {@code 2024-01-07T22:00}
     *     or {@code 2024-01-07} (the last two in UTC)
     * @return the instant
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Instant parse(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("'" + text + "' is not a time; write e.g. 2024-01-07T22:00:00Z, "
                            + "2024-01-07T22:00+02:00 or 2024-01-07 (UTC when no offset is given)");
                }
            }
        }
    }
}
