package io.chunkwise.dataset.bars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of a file's slashed dates ({@code 01/13/2024}, {@code 13/01/2024}), as its own values
 * settle it: a part past 12 can only be the day, so one such date shows the order, and a file is
 * read in one order or not at all. Settled only when the whole file's slashed dates agree (never
 * guessed row by row): a file whose every date has both parts at most 12, or whose dates show both
 * orders, keeps its slashed dates refused, each saying why.
 */
final class DateOrder {
    /** {@code M/d/yyyy} or {@code d/M/yyyy}: one or two digits each, then a four-digit year. */
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** Which part comes first. */
    enum Order {
        /** {@code MM/dd/yyyy}, as US exports write. */
        MONTH_FIRST("month/day/year"),
        /** {@code dd/MM/yyyy}, as European exports write. */
        DAY_FIRST("day/month/year");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        /** @return how a user reads it: {@code month/day/year} */
        String label() {
            return label;
        }
    }

    /** Nothing seen: slashed dates are refused with the one-value hint of {@link IsoTimestamps}. */
    static final DateOrder UNKNOWN = new DateOrder(null, null, 0, null, 0, false);

    private final Order order;
    private final String shownBy;
    private final long shownLine;
    private final String contrary;
    private final long contraryLine;
    private final boolean scanned;

    /**
     * @param order an order
     * @return slashed dates read in that order, whatever the file's dates show: for telling whether
     *     a value has a timestamp's shape (line 1, a header or a bar?), never for reading a file
     */
    static DateOrder assumed(Order order) {
        return new DateOrder(order, null, 0, null, 0, true);
    }

    private DateOrder(Order order, String shownBy, long shownLine, String contrary, long contraryLine, boolean scanned) {
        this.order = order;
        this.shownBy = shownBy;
        this.shownLine = shownLine;
        this.contrary = contrary;
        this.contraryLine = contraryLine;
        this.scanned = scanned;
    }

    /**
     * @param date a date's text
     * @return whether it is a slashed date ({@code 1/13/2024}, {@code 13/01/2024})
     */
    static boolean slashed(String date) {
        return SLASHED.matcher(date).matches();
    }

    /**
     * @param date a slashed date
     * @return the order it alone shows (a part past 12 is the day), or null when both parts could be a month
     */
    static Order shownBy(String date) {
        Matcher m = SLASHED.matcher(date);
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) {
            return Order.DAY_FIRST;
        }
        return second > 12 && first <= 12 ? Order.MONTH_FIRST : null;
    }

    /** @return the settled order, or null when the file's dates do not settle one */
    Order order() {
        return order;
    }

    /**
     * @param date a slashed date ({@link #slashed})
     * @return it as {@code yyyy-MM-dd} in the file's order (whether that day exists is left to the ISO parser)
     * @throws IllegalArgumentException when the file's dates settle no order, saying why and what to write
     */
    String iso(String date) {
        if (order == null || contrary != null) {
            throw new IllegalArgumentException(unsettled());
        }
        Matcher m = SLASHED.matcher(date);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a slashed date: " + date);
        }
        String month = order == Order.MONTH_FIRST ? m.group(1) : m.group(2);
        String day = order == Order.MONTH_FIRST ? m.group(2) : m.group(1);
        return m.group(3) + "-" + pad(month) + "-" + pad(day);
    }

    /** @return why a slashed date is not read, with what to write instead */
    private String unsettled() {
        if (!scanned) {
            return "a day/month order cannot be told; write yyyy-MM-dd";
        }
        if (contrary != null) {
            return "the file's slashed dates are in both orders: line " + shownLine + " " + FieldText.quoted(shownBy)
                    + " is " + order.label() + ", line " + contraryLine + " " + FieldText.quoted(contrary) + " "
                    + (order == Order.MONTH_FIRST ? Order.DAY_FIRST : Order.MONTH_FIRST).label()
                    + "; write yyyy-MM-dd";
        }
        // no nested parentheses: the message is one in a pair, and reject tallies cut at the first ')'
        return "a day/month order cannot be told: no date in the file has a part past 12, which only a day can be,"
                + " so 01/07/2024 could be January 7 or July 1; write yyyy-MM-dd";
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    /** Reads a file's slashed dates one by one, until they settle its order or show both. */
    static final class Settling {
        private Order order;
        private String shownBy;
        private long shownLine;
        private String contrary;
        private long contraryLine;

        /**
         * @param date a date's text (any: those not slashed are passed over)
         * @param line its line, to name it
         * @return true when the dates so far show both orders: reading more cannot settle one
         */
        boolean offer(String date, long line) {
            Order shown = shownBy(date);
            if (shown == null) {
                return false;
            }
            if (order == null) {
                order = shown;
                shownBy = date;
                shownLine = line;
            } else if (shown != order && contrary == null) {
                contrary = date;
                contraryLine = line;
            }
            return contrary != null;
        }

        /** @return the order the dates offered settle, or why they settle none */
        DateOrder result() {
            return new DateOrder(order, shownBy, shownLine, contrary, contraryLine, true);
        }
    }
}
