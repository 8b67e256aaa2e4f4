package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvFormat;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * How to read a bars file that is not in the generator's own form: its delimiter, the columns
 * whose names are not among the usual ones ({@link BarField}), the clock of timestamps that carry no
 * offset, whether the first line is a header, and the decimal mark.
 *
 * @param delimiter the field separator, one ASCII character
 * @param columns columns given explicitly, by field: a header name, or a 1-based column number (the
 *     only way to name one in a file without a header); the others are found by their usual names. The
 *     volume named {@link #NO_COLUMN} is left out of the cache, as in a file without one
 * @param clock the clock of local date-times (those without {@code Z} or an offset): a zone, or a zone's
 *     time shifted by a fixed amount; UTC by default
 * @param header whether the first line is a header ({@link Header#AUTO}: a first line that is a bar
 *     is read as one, the columns in the usual order)
 * @param decimalComma whether numbers are written with a decimal comma ({@code 1,10435}); then a
 *     decimal point is refused, and thousands separators are never read
 * @param symbol the instrument to read from a file whose symbol column holds several (the rows of
 *     the others are skipped and counted); null: such a file is refused
 */
public record BarsLayout(char delimiter, Map<BarField, String> columns, LocalClock clock, Header header,
        boolean decimalComma, String symbol) {
    /**
     * The volume column's name that leaves the volume out, whatever the file has there: FX has no central
     * volume, and exports leave the column blank, which no row could pass as a number. Any case; a column
     * that is really named so is named by its number.
     */
    public static final String NO_COLUMN = "none";

    /** Comma separated, columns by their usual names, local times in UTC, header detected, decimal point. */
    public static final BarsLayout DEFAULT = new BarsLayout(',', Map.of(), ZoneId.of("UTC"));

    /** Whether a file's first line is a header. */
    public enum Header {
        /** The first line is a header unless it reads as a bar (then said by {@link BarsCsvReader#headerNotice()}). */
        AUTO,
        /** The first line is a header. */
        PRESENT,
        /** There is no header: every line is a bar, columns in the usual order or by number. */
        ABSENT
    }

    /** Checks the delimiter and copies the names. */
    public BarsLayout {
        format(delimiter);
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null (use LocalClock.UTC)");
        }
        if (header == null) {
            throw new IllegalArgumentException("header must not be null (use AUTO)");
        }
        if (symbol != null && symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be empty");
        }
        symbol = symbol == null ? null : symbol.strip();
    }

    /**
     * A layout for a file of one instrument.
     *
     * @param delimiter the field separator
     * @param columns columns given explicitly
     * @param zone the zone of local date-times
     * @param header whether the first line is a header
     * @param decimalComma whether numbers are written with a decimal comma
     */
    public BarsLayout(char delimiter, Map<BarField, String> columns, ZoneId zone, Header header, boolean decimalComma) {
        this(delimiter, columns, LocalClock.of(zone), header, decimalComma, null);
    }

    /**
     * A layout whose header is detected, with decimal points.
     *
     * @param delimiter the field separator
     * @param columns columns given explicitly
     * @param zone the zone of local date-times
     */
    public BarsLayout(char delimiter, Map<BarField, String> columns, ZoneId zone) {
        this(delimiter, columns, LocalClock.of(zone), Header.AUTO, false, null);
    }

    /** @return whether the volume is left out ({@link #NO_COLUMN}) */
    boolean volumeLeftOut() {
        String v = columns.get(BarField.VOLUME);
        return v != null && v.strip().equalsIgnoreCase(NO_COLUMN);
    }

    /** @return the columns given by a name or number, without a volume left out */
    Map<BarField, String> namedColumns() {
        if (!volumeLeftOut()) {
            return columns;
        }
        Map<BarField, String> m = new EnumMap<>(columns);
        m.remove(BarField.VOLUME);
        return m;
    }

    /** @return the CSV dialect */
    CsvFormat format() {
        return format(delimiter);
    }

    private static CsvFormat format(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter > 127) {
            throw new IllegalArgumentException("delimiter must be one ASCII character other than a quote or a line"
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
