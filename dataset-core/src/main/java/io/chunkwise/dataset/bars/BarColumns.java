package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvHeader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Where each {@link BarField} is in a file's header: named explicitly in the {@link BarsLayout}, or
 * found by its usual names. The time is one column, or a date column and a time column (as
 * MetaTrader writes {@code Date,Time,Open,...}). Volume may be absent. Two columns that both look
 * like the same field, a named column that is not there, or a column used twice fail the file with
 * the option that resolves it: the columns are never guessed.
 */
final class BarColumns {
    private final CsvHeader header;
    private final Map<BarField, Integer> index = new EnumMap<>(BarField.class);

    private final String where;
    private final boolean headerless;
    private final char delimiter;

    private BarColumns(CsvHeader header, String where, boolean headerless, char delimiter) {
        this.delimiter = delimiter;
        this.header = header;
        this.where = where;
        this.headerless = headerless;
    }

    /**
     * @param file the bars file, for messages
     * @param header its header
     * @param layout explicit column names
     * @return the columns
     * @throws BarsFormatException when a column is missing, ambiguous or used twice
     */
    static BarColumns of(Path file, CsvHeader header, BarsLayout layout) {
        DelimiterHint.check(file, header, layout);
        BarColumns c = new BarColumns(header, file + ":" + header.line() + " (byte " + header.offset() + "): ", false, layout.delimiter());
        Map<BarField, String> named = layout.namedColumns();
        for (Map.Entry<BarField, String> e : named.entrySet()) {
            Integer at = header.find(e.getValue()).orElseGet(() -> number(e.getValue(), header.size()));
            if (at == null) {
                throw new BarsFormatException(c.where + "header has no column '" + e.getValue() + "' (named as the "
                        + e.getKey().label() + " column); found " + c.found() + "; or give a column number, 1 to "
                        + header.size());
            }
            c.index.put(e.getKey(), at);
        }
        if (named.containsKey(BarField.TIMESTAMP) && (named.containsKey(BarField.DATE) || named.containsKey(BarField.TIME))) {
            throw new BarsFormatException(c.where + "name either the timestamp column or the date and time columns");
        }
        c.chooseTime(named);
        for (BarField f : BarField.PRICES) {
            c.byAlias(f);
            if (!c.index.containsKey(f)) {
                throw c.lacks(f);
            }
        }
        if (!layout.volumeLeftOut()) {
            c.byAlias(BarField.VOLUME);
        }
        c.requireDistinct();
        return c;
    }

    /**
     * The columns of a file without a header: in the usual order that fits its first line
     * ({@link FirstLine}), with any given by number ({@code --open-column 2}) in their place.
     *
     * @param file the bars file, for messages
     * @param first its first line, a bar
     * @param layout columns given by number
     * @return the columns, described as {@code column N}
     * @throws BarsFormatException when a column is given by name, out of range, missing or used twice,
     *     or no usual order fits and the columns are not all given
     */
    static BarColumns headerless(Path file, CsvHeader first, BarsLayout layout) {
        DelimiterHint.check(file, first, layout);
        BarColumns c = new BarColumns(first, file + ":" + first.line() + " (byte " + first.offset() + "): no header: ", true, layout.delimiter());
        Map<BarField, String> named = layout.namedColumns();
        Map<BarField, Integer> given = new EnumMap<>(BarField.class);
        for (Map.Entry<BarField, String> e : named.entrySet()) {
            Integer at = number(e.getValue(), first.size());
            if (at == null) {
                throw new BarsFormatException(c.where + "the " + e.getKey().label() + " column '" + e.getValue() + "' must be a column"
                        + " number, 1 to " + first.size() + " (a file without a header has no column names)");
            }
            given.put(e.getKey(), at);
        }
        FirstLine line = new FirstLine(first.names(), layout);
        try {
            c.index.putAll(line.usualOrder(file));
        } catch (BarsFormatException e) {
            if (given.isEmpty() && line.instrumentMessage() != null) {
                throw new BarsFormatException(file + ":" + first.line() + " (byte " + first.offset() + "): " + line.instrumentMessage());
            }
            if (given.isEmpty()) {
                // a header read as a bar (--no-header by mistake): naming columns by number would reject line 1 as a bar
                throw namesColumns(first) ? new BarsFormatException(e.getMessage() + "; but line 1 names its columns ("
                        + String.join(",", first.names()) + "): if it is a header, do not say the file has none") : e;
            }
        }
        if (given.containsKey(BarField.TIMESTAMP)) {
            c.index.remove(BarField.DATE);
            c.index.remove(BarField.TIME);
        } else if (given.containsKey(BarField.DATE) || given.containsKey(BarField.TIME)) {
            c.index.remove(BarField.TIMESTAMP);
        }
        c.index.putAll(given);
        if (layout.volumeLeftOut()) {
            c.index.remove(BarField.VOLUME);
        }
        boolean split = c.index.containsKey(BarField.DATE) || c.index.containsKey(BarField.TIME);
        List<BarField> needed = new ArrayList<>(split ? List.of(BarField.DATE, BarField.TIME) : List.of(BarField.TIMESTAMP));
        needed.addAll(BarField.PRICES);
        for (BarField f : needed) {
            if (!c.index.containsKey(f)) {
                throw new BarsFormatException(c.where + "the column of the " + f.label() + " is not known: name the "
                        + f.label() + " column by number (given: " + given.keySet().stream()
                        .map(BarField::label).toList() + ")");
            }
        }
        c.requireDistinct();
        return c;
    }

    /** @return whether line 1 holds three or more of the bar fields' usual names (open, high, low…): a header */
    private static boolean namesColumns(CsvHeader first) {
        return first.names().stream().filter(n -> Arrays.stream(BarField.values()).anyMatch(f -> f.matches(n))).count() >= 3;
    }

    /** @return the 0-based index of a 1-based column number within the size, or null when the text is not one */
    private static Integer number(String text, int size) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= size ? n - 1 : null;
    }

    /** Finds the field by its usual names unless it was named explicitly; two candidates fail the file. */
    private void byAlias(BarField f) {
        if (index.containsKey(f)) {
            return;
        }
        List<Integer> hits = hits(f);
        if (hits.size() > 1) {
            throw ambiguous(f, hits);
        }
        if (hits.size() == 1) {
            index.put(f, hits.get(0));
        }
    }

    private List<Integer> hits(BarField f) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (f.matches(header.names().get(i))) {
                hits.add(i);
            }
        }
        return hits;
    }

    /**
     * One timestamp column, or a date column and a time column: when either is named explicitly, or
     * when the header has both and no other column that looks like a timestamp ({@code time} is one
     * of the timestamp's usual names, so {@code Date,Time} has one). A lone {@code Date} column is
     * the timestamp (daily bars, or a date-time under that name).
     */
    private void chooseTime(Map<BarField, String> named) {
        if (named.containsKey(BarField.TIMESTAMP)) {
            return;
        }
        List<Integer> ts = hits(BarField.TIMESTAMP);
        List<Integer> date = hits(BarField.DATE);
        List<Integer> time = hits(BarField.TIME);
        boolean split = named.containsKey(BarField.DATE) || named.containsKey(BarField.TIME)
                || date.size() == 1 && time.size() == 1 && ts.equals(time);
        if (split) {
            byAlias(BarField.DATE);
            byAlias(BarField.TIME);
            if (!index.containsKey(BarField.DATE) || !index.containsKey(BarField.TIME)) {
                throw new BarsFormatException(where + "a split timestamp needs a date column and a time column; found "
                        + found() + " (name the date and time columns)");
            }
            return;
        }
        if (ts.size() > 1) {
            throw ambiguous(BarField.TIMESTAMP, ts);
        }
        if (ts.isEmpty() && date.size() > 1) {
            throw ambiguous(BarField.DATE, date);
        }
        if (ts.isEmpty() && date.isEmpty()) {
            throw lacks(BarField.TIMESTAMP);
        }
        index.put(BarField.TIMESTAMP, ts.isEmpty() ? date.get(0) : ts.get(0));
    }

    private BarsFormatException ambiguous(BarField f, List<Integer> hits) {
        return new BarsFormatException(where + "columns '" + name(hits.get(0)) + "' and '" + name(hits.get(1))
                + "' both look like " + f.label() + ": choose one as the " + f.label() + " column");
    }

    private BarsFormatException lacks(BarField f) {
        return new BarsFormatException(where + "header lacks column '" + f.label() + "' (expected timestamp (or date"
                + " and time), open, high, low, close and optionally volume, any order; found " + found()
                + "); " + (f != BarField.TIMESTAMP && quotes() ? "its bid and ask are quotes or ticks: dataset reads"
                        + " bars; aggregate the ticks into bars first" : "name the " + f.label() + " column"));
    }

    /** @return whether the header names both a bid and an ask (a file of quotes or ticks, not of bars) */
    private boolean quotes() {
        List<String> names = header.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return names.stream().anyMatch(n -> n.contains("bid")) && names.stream().anyMatch(n -> n.contains("ask"));
    }

    private void requireDistinct() {
        Map<Integer, BarField> used = new HashMap<>();
        for (Map.Entry<BarField, Integer> e : index.entrySet()) {
            BarField before = used.putIfAbsent(e.getValue(), e.getKey());
            if (before != null) {
                throw new BarsFormatException(where + (headerless ? "" : "column ") + quoted(e.getValue()) + " is used as both "
                        + before.label() + " and " + e.getKey().label());
            }
        }
    }

    private String name(int i) {
        return header.names().get(i);
    }

    /** @return a column as described to the user: its header name quoted, or {@code column N} without a header */
    private String quoted(int i) {
        return headerless ? "column " + (i + 1) : "'" + name(i) + "'";
    }

    /** @return the field in each column, in file order, {@code -} for a column not read, e.g. {@code date,time,open,high,low,close,volume} */
    String order() {
        String[] at = new String[header.size()];
        Arrays.fill(at, "-");
        index.forEach((f, i) -> at[i] = f.label());
        return String.join(",", at);
    }

    /**
     * @param file the bars file, for messages
     * @param symbol the instrument chosen, or null
     * @return the header's columns that name the instrument; without a header, the columns not read
     *     whose text on line 1 may name one ({@code EURUSD}, {@code EUR/USD}), described by number
     */
    InstrumentColumns instruments(Path file, String symbol) {
        Set<Integer> used = Set.copyOf(index.values());
        if (!headerless) {
            return InstrumentColumns.of(file, header.names(), used, symbol, where);
        }
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && FirstLine.isInstrument(header.names().get(i).strip())) {
                text.add(i);
            }
        }
        return InstrumentColumns.byNumber(file, text, symbol, where);
    }

    /** @return whether the file has no header (columns are described by number) */
    boolean headerless() {
        return headerless;
    }

    private String found() {
        // joined as the file has them, so the line quoted is the line in the file
        return CsvHeader.printable(String.join(String.valueOf(delimiter), header.names()), 200);
    }

    /**
     * @param f a field
     * @return its column, or -1 when the file does not have it (volume; date and time when the
     *     timestamp is one column; the timestamp when it is split)
     */
    int index(BarField f) {
        return index.getOrDefault(f, -1);
    }

    /** @return whether the time is a date column and a time column */
    boolean splitTime() {
        return index.containsKey(BarField.DATE);
    }

    /** @return which header column each field was read from, e.g. {@code timestamp ← Date + Time, ..., volume absent} */
    String describe() {
        StringJoiner j = new StringJoiner(", ");
        j.add("timestamp ← " + (splitTime() ? quoted(index(BarField.DATE)) + " + " + quoted(index(BarField.TIME))
                : quoted(index(BarField.TIMESTAMP))));
        for (BarField f : BarField.PRICES) {
            j.add(f.label() + " ← " + quoted(index(f)));
        }
        j.add(index(BarField.VOLUME) < 0 ? "volume absent (not in the cache)" : "volume ← " + quoted(index(BarField.VOLUME)));
        return j.toString();
    }
}
