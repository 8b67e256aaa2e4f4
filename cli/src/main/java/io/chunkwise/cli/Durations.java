package io.chunkwise.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as users write them: {@code 50ms}, {@code 2s}, {@code 1.5m}, {@code 1h}, {@code 1d}, {@code PT2S}. */
public final class Durations {
    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|min|h|d)", Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @param text e.g. {@code 50ms}
     * @return the duration, never negative
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Duration parse(String text) {
        String t = text.strip();
        Matcher m = FORMAT.matcher(t);
        if (m.matches()) {
            if (m.group(2).equals("M")) {
                // in market data 1M is a month, which no duration here means: not read as a minute
                throw new IllegalArgumentException("'" + text + "' is ambiguous: a capital M is a month in market data;"
                        + " write " + m.group(1) + "m or " + m.group(1) + "min for minutes");
            }
            double value = Double.parseDouble(m.group(1));
            double nanosPerUnit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m", "min" -> 60e9;
                case "h" -> 3600e9;
                case "d" -> 86_400e9;
                default -> throw new IllegalStateException(m.group(2));
            };
            return Duration.ofNanos(Math.round(value * nanosPerUnit));
        }
        try {
            Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException ignored) {
            // fall through to the one clear message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 50ms, 2s, 1m, 1h or 1d");
    }
}
