package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvRecord;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The columns of a bars file that name its instrument ({@code symbol}, {@code ticker}, {@code pair},
 * {@code instrument}, {@code currency pair}, any case): a cache is one price series, so a file whose
 * such column holds a second value (EURUSD, then GBPUSD) fails as a whole, naming the column, both
 * values and the line of the second, instead of mixing two series or calling the second pair's bars
 * duplicate timestamps. Every row with the right field count is checked, accepted or not.
 */
final class InstrumentColumns {
    private static final Set<String> NAMES = Set.of("symbol", "sym", "ticker", "pair", "instrument", "currencypair",
            "ccypair");

    private final Path file;
    private final int[] columns;
    private final List<String> names;
    private final String[] first;
    private final long[] firstLine;

    private InstrumentColumns(Path file, int[] columns, List<String> names) {
        this.file = file;
        this.columns = columns;
        this.names = names;
        this.first = new String[columns.length];
        this.firstLine = new long[columns.length];
    }

    /**
     * @param file the bars file, for messages
     * @param header its header names (empty for a file without a header: nothing is checked)
     * @param used the columns read as bar fields, which are never instrument columns
     * @return the file's instrument columns
     */
    static InstrumentColumns of(Path file, List<String> header, Set<Integer> used) {
        int[] at = IntStream.range(0, header.size())
                .filter(i -> !used.contains(i) && NAMES.contains(BarField.normalize(header.get(i)))).toArray();
        return new InstrumentColumns(file, at, Arrays.stream(at).mapToObj(header::get).toList());
    }

    /**
     * @param record a row with the header's field count
     * @throws BarsFormatException when an instrument column holds another value than on the first row
     */
    void check(CsvRecord record) {
        for (int c = 0; c < columns.length; c++) {
            String value = record.get(columns[c]).strip();
            if (first[c] == null) {
                first[c] = value;
                firstLine[c] = record.line();
            } else if (!first[c].equals(value)) {
                throw new BarsFormatException(file + ":" + record.line() + " (byte " + record.offset() + "): column '"
                        + names.get(c) + "' holds more than one instrument: '" + first[c] + "' (line " + firstLine[c]
                        + ") and '" + value + "' (line " + record.line() + "); a cache is one price series: split"
                        + " the file by " + names.get(c) + " first");
            }
        }
    }
}
