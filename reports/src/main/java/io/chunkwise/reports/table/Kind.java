package io.chunkwise.reports.table;

import io.chunkwise.reports.model.Sizes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The kind of number a column holds: how it is formatted and aligned, the same in every format.
 * A cell's value must be of its column's kind (checked when the row is added).
 */
public enum Kind {
    /** Free text, left-aligned. */
    TEXT(String.class, false),
    /** A byte count: 1.5 GiB. */
    BYTES(Double.class, true),
    /** A signed percentage: +12.3%. */
    PERCENT(Double.class, true),
    /** An unsigned percentage (a share or an efficiency): 76.2%. */
    SHARE(Double.class, true),
    /** A ratio: 3.21×. */
    RATIO(Double.class, true),
    /**
     * How many times as large, in three significant digits like every number: 186×, 1,024×,
     * 0.0156×; a ratio's two decimals would print a plan's 931,322.57× extrapolation.
     */
    FACTOR(Double.class, true),
    /** Seconds: 1.23 s, 45.6 ms. */
    SECONDS(Double.class, true),
    /** A whole count: 1,234. */
    COUNT(Double.class, true),
    /** A plain number with three significant digits and thousands separators. */
    NUMBER(Double.class, true),
    /** A measured value with its error and unit. */
    MEASURED(Measured.class, true);

    private final Class<?> type;
    private final boolean numeric;

    Kind(Class<?> type, boolean numeric) {
        this.type = type;
        this.numeric = numeric;
    }

    /** @return whether values are right-aligned */
    public boolean numeric() {
        return numeric;
    }

    /**
     * @param value a cell's value
     * @return whether it fits this kind (null is allowed everywhere: an empty cell)
     */
    public boolean accepts(Object value) {
        return value == null || type.isInstance(value);
    }

    /**
     * Formats a value of this kind.
     *
     * @param value the value, or null for an empty cell
     * @return the text; "–" for null, NaN, a measured value without one (a sample-mode result whose
     *     file lacks the percentile) and empty text (a benchmark without params): one mark for
     *     "none" in every column, never {@code NaN us/op} or a blank cell read as a gap in the table
     */
    public String format(Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)
                || value instanceof Measured m && !Double.isFinite(m.value()) || value instanceof String t && t.isBlank()) {
            return "–";
        }
        return switch (this) {
            case TEXT -> (String) value;
            case BYTES -> Sizes.format((Double) value);
            case PERCENT -> huge((Double) value) ? String.format(Locale.ROOT, "%+.3g%%", (Double) value)
                    : String.format(Locale.ROOT, "%+.1f%%", (Double) value);
            case SHARE -> huge((Double) value) ? scientific((Double) value) + "%" : String.format(Locale.ROOT, "%.1f%%", (Double) value);
            case RATIO -> ratio((Double) value);
            case FACTOR -> number((Double) value) + "×";
            case SECONDS -> seconds((Double) value);
            case COUNT -> huge((Double) value) ? scientific((Double) value) : String.format(Locale.ROOT, "%,d", Math.round((Double) value));
            case NUMBER -> number((Double) value);
            case MEASURED -> ((Measured) value).format();
        };
    }

    /** A ratio too small for two decimals (0.004×, 1e-83×) keeps its digits rather than print as 0.00×, no speed at all. */
    static String ratio(double r) {
        double a = Math.abs(significant(r));
        return huge(r) || a < 0.005 && a != 0 ? scientific(r) + "×" : String.format(Locale.ROOT, "%,.2f×", r);
    }

    static String seconds(double s) {
        double a = Math.abs(significant(s));
        if (a >= 1 || a == 0) {
            return number(s) + " s";
        }
        if (a >= 1e-3) {
            return number(s * 1e3) + " ms";
        }
        if (a >= 1e-6) {
            return number(s * 1e6) + " µs";
        }
        return number(s * 1e9) + " ns";
    }

    static String number(double v) {
        double a = Math.abs(significant(v));
        if (a >= SCIENTIFIC) {
            return scientific(v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * From here up a value prints as 1.00e+80, as one below 0.001 prints as 2.38e-82: grouped, a score
     * of 1e80 was 80 digits wide (most of them a double's noise), and a ratio or change beside it too.
     */
    static final double SCIENTIFIC = 1e12;

    private static boolean huge(double v) {
        return Math.abs(significant(v)) >= SCIENTIFIC;
    }

    /** @return three significant digits: in scientific notation for |v| of 1,000 or more, or below 0.0001 */
    private static String scientific(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * The value as its three significant digits show it, to choose the precision and unit by: 9.9996
     * prints as 10.0, as 10 does, not as 10.00 (two bounds of one band printed alike).
     */
    private static double significant(double v) {
        return Double.isFinite(v) && v != 0 ? new BigDecimal(v).round(new MathContext(3)).doubleValue() : v;
    }

    /**
     * A measured value: score ± error, unit.
     *
     * @param value the score
     * @param error the error (NaN when unknown)
     * @param unit the unit
     */
    public record Measured(double value, double error, String unit) {
        String format() {
            if (unit.equals("bytes")) {
                String e = Double.isFinite(error) ? " ± " + Sizes.format(error) : "";
                return Sizes.format(value) + e;
            }
            String e = Double.isFinite(error) ? " ± " + number(error) : "";
            return number(value) + e + (unit.isEmpty() ? "" : " " + unit);
        }
    }
}
