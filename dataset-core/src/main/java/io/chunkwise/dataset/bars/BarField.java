package io.chunkwise.dataset.bars;

import java.util.List;
import java.util.Locale;

/**
 * A column a bars file may have, with the header names that mean it. Names are compared by
 * {@link #normalize(String)}: case, spaces, underscores, hyphens and MetaTrader's angle brackets
 * ({@code <TICKVOL>}) do not matter.
 */
public enum BarField {
    /** One date-time (or epoch number) column. */
    TIMESTAMP("timestamp", true, "timestamp", "time", "datetime", "date_time", "gmt time", "local time"),
    /** The date half of a split date and time ({@code <DTYYYYMMDD>}: MetaTrader 4 history and Forex Tester). */
    DATE("date", false, "date", "dtyyyymmdd"),
    /** The time-of-day half of a split date and time. */
    TIME("time", false, "time"),
    /** Open price. */
    OPEN("open", true, "open", "o"),
    /** High price. */
    HIGH("high", true, "high", "h"),
    /** Low price. */
    LOW("low", true, "low", "l"),
    /** Close price. */
    CLOSE("close", true, "close", "c"),
    /** Volume (optional: tick volume in most FX sources). */
    VOLUME("volume", false, "volume", "vol", "v", "tick volume", "tickvol", "tick_volume");

    /** The price columns, in the order of a {@link BarChunk}. */
    static final List<BarField> PRICES = List.of(OPEN, HIGH, LOW, CLOSE);

    private final String label;
    private final boolean required;
    private final List<String> aliases;

    BarField(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases).stream().map(BarField::normalize).toList();
    }

    /** @return the field's name in messages, e.g. {@code open} */
    public String label() {
        return label;
    }

    /** @return whether a plain {@code timestamp,open,...} file must have it */
    boolean required() {
        return required;
    }

    /**
     * @param headerName a header name as written
     * @return whether it is one of this field's usual names
     */
    boolean matches(String headerName) {
        return aliases.contains(normalize(headerName));
    }

    /**
     * @param name a header name
     * @return it lower-cased, without {@code <>} around it and without spaces, underscores or hyphens
     */
    static String normalize(String name) {
        String s = name.strip();
        if (s.length() > 1 && s.charAt(0) == '<' && s.charAt(s.length() - 1) == '>') {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
    }
}
