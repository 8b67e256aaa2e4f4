package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvFormat;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * How to read a bars file that is not in the generator's own form: its delimiter, the header names
 * of columns whose names are not among the usual ones ({@link BarField}), and the zone of
 * timestamps that carry no offset.
 *
 * @param delimiter the field separator, one ASCII character
 * @param columns header names given explicitly, by field (the others are found by their usual names)
 * @param zone the zone of local date-times (those without {@code Z} or an offset); UTC by default
 */
public record BarsLayout(char delimiter, Map<BarField, String> columns, ZoneId zone) {
    /** Comma separated, columns by their usual names, local times in UTC. */
    public static final BarsLayout DEFAULT = new BarsLayout(',', Map.of(), ZoneId.of("UTC"));

    /** Checks the delimiter and copies the names. */
    public BarsLayout {
        format(delimiter);
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null (use UTC)");
        }
    }

    /** @return the CSV dialect */
    CsvFormat format() {
        return format(delimiter);
    }

    private static CsvFormat format(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter > 127) {
            throw new IllegalArgumentException("--delimiter must be one ASCII character other than a quote or a line"
                    + " break, was '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "'");
        }
        return CsvFormat.RFC4180.withDelimiter(delimiter);
    }

    /** @return the delimiter as a user would type it after {@code --delimiter} */
    String delimiterName() {
        return name(delimiter);
    }

    /**
     * @param c a delimiter
     * @return it as a user would type it after {@code --delimiter}
     */
    static String name(char c) {
        return c == '\t' ? "'\\t'" : "'" + c + "'";
    }
}
