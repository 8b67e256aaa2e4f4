package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvRecord;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The columns of a bars file that name its instrument ({@code symbol}, {@code ticker}, {@code pair},
 * {@code instrument}, {@code currency pair}, any case): a cache is one price series, so a file whose
 * such column holds a second value (EURUSD, then GBPUSD) fails as a whole, naming the column, both
 * values and the line of the second, instead of mixing two series or calling the second pair's bars
 * duplicate timestamps. Every row with the right field count is checked, accepted or not. With a
 * chosen symbol ({@code --symbol EURUSD}) the file must have one such column; the rows of the other
 * instruments are skipped and counted. A row whose such field is empty is rejected
 * ({@link #rejection}). A file without a header has no names: there, a column not read as
 * a bar field whose text on line 1 reads as an instrument's ({@code EURUSD}, {@code EUR/USD}) is one.
 */
final class InstrumentColumns {
    /** How many of the other instruments a message names: enough to show a misspelt or mis-cased choice. */
    private static final int OTHERS_NAMED = 5;
    private static final Set<String> NAMES = Set.of("symbol", "sym", "ticker", "pair", "instrument", "currencypair",
            "ccypair");

    private final Path file;
    private final int[] columns;
    /** Each column as messages name it: {@code column 'symbol'}, or {@code column 1} in a file without a header. */
    private final List<String> names;
    /** Each column as "split the file by" names it: its header name, or {@code column 1}. */
    private final List<String> splitBy;
    private final String[] first;
    private final long[] firstLine;
    private final String symbol;
    /**
     * The first {@link #OTHERS_NAMED} other instruments, in file order, with their rows skipped: bounded
     * whatever the file holds; rows of any later one count in {@link #skipped} only.
     */
    private final Map<String, Long> others = new LinkedHashMap<>();
    private long skipped;

    private InstrumentColumns(Path file, int[] columns, List<String> names, List<String> splitBy, String symbol) {
        this.file = file;
        this.columns = columns;
        this.names = names;
        this.splitBy = splitBy;
        this.symbol = symbol;
        this.first = new String[columns.length];
        this.firstLine = new long[columns.length];
    }

    /**
     * @param file the bars file, for messages
     * @param header its header names (empty for a file without a header: nothing is checked)
     * @param used the columns read as bar fields, which are never instrument columns
     * @param symbol the instrument chosen, or null
     * @param where the header's place for messages ({@code bars.csv:1 (byte 0): })
     * @return the file's instrument columns
     * @throws BarsFormatException when a symbol is chosen and the file has no instrument column, or several
     */
    static InstrumentColumns of(Path file, List<String> header, Set<Integer> used, String symbol, String where) {
        int[] at = IntStream.range(0, header.size())
                .filter(i -> !used.contains(i) && NAMES.contains(BarField.normalize(header.get(i)))).toArray();
        List<String> names = Arrays.stream(at).mapToObj(header::get).toList();
        if (symbol != null && at.length != 1) {
            throw new BarsFormatException(where + "the symbol " + symbol + " was chosen, which needs one column named symbol, ticker, pair"
                    + " or instrument; the header has " + (at.length == 0 ? "none" : names));
        }
        return new InstrumentColumns(file, at, names.stream().map(n -> "column '" + n + "'").toList(), names, symbol);
    }

    /**
     * The instrument columns of a file without a header, which has no names to find them by: the
     * columns it does not read as bar fields whose text on line 1 may name an instrument
     * ({@code EURUSD,20240102,170000,…}), so that a second instrument in them fails the file as in
     * one with a header, and a symbol can be chosen from them.
     *
     * @param file the bars file, for messages
     * @param columns the 0-based columns
     * @param symbol the instrument chosen, or null
     * @param where line 1's place for messages ({@code bars.csv:1 (byte 0): no header: })
     * @return the file's instrument columns
     * @throws BarsFormatException when a symbol is chosen and the file has no such column, or several
     */
    static InstrumentColumns byNumber(Path file, List<Integer> columns, String symbol, String where) {
        List<String> names = columns.stream().map(c -> "column " + (c + 1)).toList();
        if (symbol != null && columns.size() != 1) {
            throw new BarsFormatException(where + "the symbol " + symbol + " was chosen, which needs one column of"
                    + " instruments besides the bar's; line 1 has " + (columns.isEmpty() ? "none" : String.join(" and ", names)));
        }
        return new InstrumentColumns(file, columns.stream().mapToInt(Integer::intValue).toArray(), names, names, symbol);
    }

    /**
     * A row whose instrument field is empty: whose bar it is cannot be told, so it is rejected, named,
     * neither skipped as another instrument's nor taken for a second instrument that fails the file.
     *
     * @param record a row with the header's field count
     * @return why the row is rejected, or null when every instrument field holds a value
     */
    String rejection(CsvRecord record) {
        for (int c = 0; c < columns.length; c++) {
            if (!record.test(columns[c], InstrumentColumns::holdsText)) {
                return names.get(c) + " is empty: the row names no instrument";
            }
        }
        return null;
    }

    /** @return whether a field holds a byte other than ASCII blanks and line breaks: read in place, every row */
    private static boolean holdsText(MemorySegment segment, long offset, long length) {
        for (long i = offset; i < offset + length; i++) {
            byte b = segment.get(ValueLayout.JAVA_BYTE, i);
            if (b != ' ' && (b < '\t' || b > '\r')) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param record a row with the header's field count, which {@link #rejection} does not reject
     * @return whether the row is of the chosen symbol (always, without one); a row that is not is counted
     * @throws BarsFormatException when no symbol is chosen and an instrument column holds another value
     *     than on the first row
     */
    boolean belongs(CsvRecord record) {
        if (symbol != null) {
            String value = record.get(columns[0]).strip();
            if (value.equals(symbol)) {
                return true;
            }
            skipped++;
            if (others.containsKey(value) || others.size() < OTHERS_NAMED) {
                others.merge(value, 1L, Long::sum);
            }
            return false;
        }
        for (int c = 0; c < columns.length; c++) {
            String value = record.get(columns[c]).strip();
            if (first[c] == null) {
                first[c] = value;
                firstLine[c] = record.line();
            } else if (!first[c].equals(value)) {
                throw new BarsFormatException(file + ":" + record.line() + " (byte " + record.offset() + "): "
                        + names.get(c) + " holds more than one instrument: '" + first[c] + "' (line " + firstLine[c]
                        + ") and '" + value + "' (line " + record.line() + "); a cache is one price series: choose"
                        + " one symbol (such as " + first[c] + "), or split the file by " + splitBy.get(c));
            }
        }
        return true;
    }

    /** @return rows skipped as another instrument's than the chosen one */
    long skipped() {
        return skipped;
    }

    /**
     * @return the first few instruments skipped, in file order ({@code EURUSD, GBPUSD}, or {@code A, B, C, D, E, …}
     *     when there are more): what the file holds when the chosen one matched nothing
     */
    String others() {
        // rows beyond the named symbols' are of symbols not kept: there are more
        return String.join(", ", others.keySet()) + (skipped > named() ? ", …" : "");
    }

    /**
     * @return the first few instruments skipped, in file order, each with its rows skipped; the rows of
     *     later ones are in {@link #skipped()} only
     */
    List<SkippedSymbol> otherCounts() {
        return others.entrySet().stream().map(e -> new SkippedSymbol(e.getKey(), e.getValue())).toList();
    }

    private long named() {
        return others.values().stream().mapToLong(Long::longValue).sum();
    }
}
