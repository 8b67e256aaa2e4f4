package io.chunkwise.dataset.bars;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A bars file's first line: a header, or a bar (HistData's "Generic ASCII" and MetaTrader history
 * exports have no header). It is a bar when its first field (or first two, a date and a time) reads
 * as a timestamp and every other field as a number (a decimal point or comma); no header name does.
 * In a file without a header the columns are in the usual order, {@code timestamp,open,high,low,close}
 * or {@code date,time,open,high,low,close}, then optionally {@code volume}, chosen by the field count
 * and, when both fit (6 fields), by which reading gives a bar; when neither or both do, the file is
 * refused with the options that name the columns by number: never guessed. A line that is a bar
 * but for one field (a typo in the first bar) in exactly one order is said to be so, not taken for a
 * header, and a file said to have no header is read in that order (the line is then rejected). A
 * timestamp field that reads as a price counts as one more bad field ({@link #pricesAmong}).
 */
final class FirstLine {
    private static final List<BarField> ONE = List.of(BarField.TIMESTAMP, BarField.OPEN, BarField.HIGH, BarField.LOW,
            BarField.CLOSE, BarField.VOLUME);
    private static final List<BarField> SPLIT = List.of(BarField.DATE, BarField.TIME, BarField.OPEN, BarField.HIGH,
            BarField.LOW, BarField.CLOSE, BarField.VOLUME);
    private static final String BY_NUMBER = "name the columns by number (1-based), e.g. timestamp 1, open 2,"
            + " high 3, low 4, close 5 [, volume 6], or date 1 and time 2 for a split date and time";

    private final List<String> fields;
    private final BarsLayout layout;

    /**
     * @param fields the first line's fields
     * @param layout the zone for its timestamp, the decimal mark
     */
    FirstLine(List<String> fields, BarsLayout layout) {
        this.fields = fields.stream().map(String::strip).toList();
        this.layout = layout;
    }

    /** @return whether the line reads as a bar (a timestamp or a date and a time, then only numbers), not a header */
    boolean isBar() {
        return parses(ONE, fields.size()) || parses(SPLIT, fields.size());
    }

    /**
     * Whether line 1 reads as a bar at the columns given by number: the timestamp (or the date and the
     * time) and the four prices all given, the timestamp reading as one and the prices (and a volume
     * given) as numbers. A file whose columns are in no usual order ({@code EURUSD,20240102,170000,…},
     * an instrument first) and are all named by number has no header then: its first line is its first
     * bar, not a header whose "names" are that bar's values.
     *
     * @param named the columns given, by field (the caller checked that each is a number)
     * @return whether line 1 is a bar in those columns
     */
    boolean isBarAt(Map<BarField, String> named) {
        Map<BarField, Integer> at = new EnumMap<>(BarField.class);
        for (Map.Entry<BarField, String> e : named.entrySet()) {
            String number = e.getValue().strip();
            int n = number.length() > 9 ? -1 : Integer.parseInt(number);
            if (n < 1 || n > fields.size()) {
                return false;
            }
            at.put(e.getKey(), n - 1);
        }
        boolean split = at.containsKey(BarField.DATE) && at.containsKey(BarField.TIME);
        if (!split && !at.containsKey(BarField.TIMESTAMP) || !at.keySet().containsAll(BarField.PRICES)) {
            return false;
        }
        BarTimestamps t = new BarTimestamps(new LocalTimes(layout.clock()));
        try {
            if (split) {
                t.parse(fields.get(at.get(BarField.DATE)), fields.get(at.get(BarField.TIME)));
            } else {
                t.parse(fields.get(at.get(BarField.TIMESTAMP)));
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (BarField f : List.of(BarField.OPEN, BarField.HIGH, BarField.LOW, BarField.CLOSE, BarField.VOLUME)) {
            if (at.containsKey(f) && Double.isNaN(number(fields.get(at.get(f))))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return that line 1 is a bar beside an instrument, and the column numbers to read such a file by
     *     (see {@link #barBesideInstrument()}); null when it is not one
     */
    String instrumentMessage() {
        String beside = barBesideInstrument();
        return beside == null ? null : "line 1 is not a header but a bar beside an instrument, " + beside
                + ": the file has no header and its columns are in no usual order; name the columns by number"
                + " (1-based) as listed";
    }

    /**
     * @return the columns of line 1 by number when it is a bar in a usual order but for one column of
     *     text before or after it, as exports that name the instrument on every row write ({@code
     *     EURUSD,20240102,170000,1.1043,…}): e.g. {@code 'EURUSD' (column 1), then date 2, time 3, open 4,
     *     high 5, low 6, close 7, volume 8}, what to name them by; null for any other line
     */
    private String barBesideInstrument() {
        int n = fields.size();
        for (int text : new int[] {0, n - 1}) {
            if (n < 6 || !isInstrument(fields.get(text))) {
                continue;
            }
            int from = text == 0 ? 1 : 0;
            FirstLine bar = new FirstLine(fields.subList(from, from + n - 1), layout);
            Map<BarField, Integer> order;
            try {
                order = bar.isBar() ? bar.usualOrder(Path.of("")) : null;
            } catch (BarsFormatException e) {
                order = null; // 6 fields that read in both orders: no numbers to suggest
            }
            if (order != null) {
                StringBuilder s = new StringBuilder();
                order.forEach((f, i) -> s.append(s.isEmpty() ? "" : ", ").append(f.label()).append(' ').append(i + from + 1));
                return "'" + fields.get(text) + "' (column " + (text + 1) + "), then " + s;
            }
        }
        return null;
    }

    /**
     * @param text a field
     * @return whether it may name an instrument on every row ({@code EURUSD}, {@code EUR/USD}, {@code
     *     XAUUSD.m}): a word starting with a letter, of letters, digits and {@code / . _ - : #}, not a
     *     number; what a bar's other fields never are
     */
    static boolean isInstrument(String text) {
        if (text.isEmpty() || text.length() > 24 || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        return text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._-:#".indexOf(c) >= 0));
    }

    /**
     * @return what line 1 is when it is a quote or a tick rather than a bar or a header, e.g. {@code an
     *     instrument, a timestamp and 2 numbers}: a timestamp (one field or a date and a time), perhaps
     *     after an instrument, then 1 to 3 numbers (bid, ask, a size), where a bar has 4 prices (TrueFX's
     *     {@code EUR/USD,20240108 00:00:00.123,1.09000,1.09002}, HistData's ticks). No header name reads
     *     as a timestamp, so such a line is data; null for any other line
     */
    String tick() {
        if (isBar()) {
            return null;
        }
        int n = fields.size();
        for (int start = 0; start <= 1 && start < n; start++) {
            if (start == 1 && !Double.isNaN(number(fields.get(0)))) {
                break;
            }
            for (boolean split : new boolean[] {false, true}) {
                int prices = start + (split ? 2 : 1);
                int numbers = n - prices;
                if (numbers >= 1 && numbers <= 3 && timestampAt(start, split) && allNumbers(prices)) {
                    return (start == 1 ? "an instrument, " : "") + (split ? "a date and a time" : "a timestamp")
                            + " and " + numbers + (numbers == 1 ? " number" : " numbers");
                }
            }
        }
        return null;
    }

    private boolean allNumbers(int from) {
        for (int i = from; i < fields.size(); i++) {
            if (Double.isNaN(number(fields.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param file the bars file, for messages
     * @return the column of each field in the usual order that fits this line
     * @throws BarsFormatException when no usual order fits, or two do equally well
     */
    Map<BarField, Integer> usualOrder(Path file) {
        int n = fields.size();
        String where = file + ":1: no header";
        List<List<BarField>> fits = new ArrayList<>();
        if (n == 5 || n == 6) {
            fits.add(ONE.subList(0, n));
        }
        if (n == 6 || n == 7) {
            fits.add(SPLIT.subList(0, n));
        }
        if (fits.isEmpty() && tick() != null) {
            throw new BarsFormatException(file + ":1: " + tickMessage());
        }
        if (fits.isEmpty()) {
            throw new BarsFormatException(where + " and " + n + " fields, while the usual orders are timestamp,open,high,"
                    + "low,close[,volume] (5 or 6) and date,time,open,high,low,close[,volume] (6 or 7): " + BY_NUMBER);
        }
        List<List<BarField>> bars = fits.stream().filter(o -> parses(o, n) && consistent(o)).toList();
        if (bars.isEmpty()) {
            bars = fits.stream().filter(o -> parses(o, n)).toList();
        }
        if (bars.isEmpty() && fits.size() == 1 && !isBar()) {
            bars = fits;
        }
        if (bars.isEmpty() && !isBar() && oneBadField() != null) {
            // a bar with a typo: the order in which all but that field read (6 fields fit two orders)
            bars = List.of(oneBadField());
        }
        if (bars.isEmpty() && fits.size() == 1) {
            throw new BarsFormatException(where + ": line 1 does not read as " + names(fits.get(0)) + ", the usual order"
                    + " of " + n + " fields: " + BY_NUMBER);
        }
        if (bars.size() != 1) {
            throw new BarsFormatException(where + ": line 1 " + (bars.isEmpty() ? "reads neither" : "reads both") + " as "
                    + names(fits.get(0)) + (bars.isEmpty() ? " nor" : " and") + " as " + names(fits.get(1)) + ": "
                    + BY_NUMBER);
        }
        Map<BarField, Integer> at = new EnumMap<>(BarField.class);
        List<BarField> order = bars.get(0);
        for (int i = 0; i < order.size(); i++) {
            at.put(order.get(i), i);
        }
        return at;
    }

    /**
     * @return the field of line 1 that keeps it from reading as a bar, as a reject names it ({@code
     *     high '1.1O4380'}), when it reads as one in a usual order but for that field, and in no other
     *     order so; null otherwise (a header, a bar, or a line too unlike a bar to say which field is wrong)
     */
    String badValue() {
        List<BarField> order = isBar() ? null : oneBadField();
        if (order == null) {
            return null;
        }
        boolean split = order.get(0) == BarField.DATE;
        if (!timestampParses(split)) {
            return "timestamp " + FieldText.quoted(split ? fields.get(0) + " " + fields.get(1) : fields.get(0));
        }
        for (int i = split ? 2 : 1; i < order.size(); i++) {
            if (!numeric(order, i)) {
                return order.get(i).label() + " " + FieldText.quoted(fields.get(i));
            }
        }
        throw new IllegalStateException("no bad field in " + fields);
    }

    /** @return the usual order of this line's field count in which exactly one field is wrong, when only one is so */
    private List<BarField> oneBadField() {
        int n = fields.size();
        List<BarField> found = null;
        for (List<BarField> order : List.of(ONE, SPLIT)) {
            int first = order == SPLIT ? 2 : 1;
            if (n < first + 4 || n > order.size()) {
                continue;
            }
            int bad = timestampParses(order == SPLIT) ? 0 : 1 + pricesAmong(first);
            for (int i = first; i < n; i++) {
                bad += numeric(order, i) ? 0 : 1;
            }
            if (bad == 1) {
                if (found != null) {
                    return null;
                }
                found = order.subList(0, n);
            }
        }
        return found;
    }

    /**
     * @param count the fields of a timestamp: 1, or 2 for a date and a time
     * @return how many of them read as a price, a number with a decimal mark: a date or a time is
     *     never written so, so each is one more field out of place. A 6-field bar with a bad
     *     timestamp ({@code 2024-01-32 00:00:00,1.1,…}) is then one bad field in one order only, not
     *     also a "date" with a "time" of 1.1
     */
    private int pricesAmong(int count) {
        int prices = 0;
        for (int i = 0; i < count; i++) {
            String f = fields.get(i);
            prices += !Double.isNaN(number(f)) && (f.indexOf('.') >= 0 || f.indexOf(',') >= 0) ? 1 : 0;
        }
        return prices;
    }

    /** @return that line 1 is a tick, as {@link #tick()} describes it, and what to do: make bars of the ticks */
    String tickMessage() {
        return "line 1 reads as a quote or tick (" + tick() + "), not as a header or a bar (a timestamp, open, high,"
                + " low, close and optionally volume): dataset reads bars; aggregate the ticks into bars first";
    }

    private boolean timestampParses(boolean split) {
        return timestampAt(0, split);
    }

    /** Whether the field at {@code at} (and the next, for a split date and time) reads as a timestamp. */
    private boolean timestampAt(int at, boolean split) {
        if (at + (split ? 2 : 1) > fields.size()) {
            return false;
        }
        // a slashed date is a timestamp in whichever order the file's dates settle (the reader settles
        // it, reading them all): its shape in either order is enough to tell a bar from a header here
        for (DateOrder order : new DateOrder[] {DateOrder.UNKNOWN, DateOrder.assumed(DateOrder.Order.MONTH_FIRST),
                DateOrder.assumed(DateOrder.Order.DAY_FIRST)}) {
            BarTimestamps t = new BarTimestamps(new LocalTimes(layout.clock()), () -> order);
            try {
                if (split) {
                    t.parse(fields.get(at), fields.get(at + 1));
                } else {
                    t.parse(fields.get(at));
                }
                return true;
            } catch (IllegalArgumentException e) {
                // not in this order: the next, or not a timestamp
            }
        }
        return false;
    }

    /** Whether the first fields make the order's timestamp and all the others are numbers. */
    private boolean parses(List<BarField> order, int n) {
        boolean split = order.get(0) == BarField.DATE;
        int first = split ? 2 : 1;
        if (n < first + 4 || !timestampParses(split)) {
            return false;
        }
        for (int i = first; i < n; i++) {
            if (!numeric(order, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the order's prices and volume make a possible bar. */
    private boolean consistent(List<BarField> order) {
        double[] v = {0, 0, 0, 0, 0};
        for (int i = 0; i < order.size(); i++) {
            int k = ONE.indexOf(order.get(i)) - 1;
            if (k >= 0) {
                v[k] = number(fields.get(i));
            }
        }
        return BarValues.inconsistency(v[0], v[1], v[2], v[3], v[4]) == null;
    }

    /** Whether field {@code i} is a number where the order has it, or is the volume the layout leaves out (blank in FX exports). */
    private boolean numeric(List<BarField> order, int i) {
        boolean leftOut = i < order.size() && order.get(i) == BarField.VOLUME && layout.volumeLeftOut();
        return leftOut || !Double.isNaN(number(fields.get(i)));
    }

    /** The field's value with the layout's decimal mark, or else the other; NaN when it is no number. */
    private double number(String text) {
        for (boolean comma : new boolean[] {layout.decimalComma(), !layout.decimalComma()}) {
            if (BarValues.isNumber(text, comma)) {
                return BarValues.decimal(text, comma);
            }
        }
        return Double.NaN;
    }

    private static String names(List<BarField> order) {
        return String.join(",", order.stream().map(BarField::label).toList());
    }
}
