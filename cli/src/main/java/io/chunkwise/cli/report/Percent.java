package io.chunkwise.cli.report;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a percentage as users write it: {@code 5%} or {@code 5} (both five percent). A bare number
 * that reads as a fraction too ({@code 0.25}, {@code 1.0}) is refused as ambiguous. A bad value
 * is a {@link TypeConversionException}, whose message picocli prints as it is (any other exception
 * is shown with its Java class name).
 */
final class Percent implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
        String t = text.strip();
        boolean percentSign = t.endsWith("%");
        if (percentSign) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            double v = Double.parseDouble(t);
            if (!percentSign && v > 0 && (v < 1 || v == 1 && t.contains("."))) {
                // 0.25 reads as a fraction (25%) as readily as 0.25%, and 1.0 as 100% as readily as 1%:
                // make the user say which (a whole number such as 1 or 5 is a percentage)
                throw new TypeConversionException("'" + text + "' is ambiguous: write " + trim(v * 100) + "% or " + trim(v) + "%");
            }
            if (!Double.isFinite(v)) {
                // 1e400 parses as Infinity: "must be 0% or more" would say the wrong thing of it
                throw new TypeConversionException("'" + text + "' is no finite percentage; write e.g. 5%");
            }
            if (v >= 0) {
                return v;
            }
            throw new TypeConversionException("'" + text + "': a percentage must be 0% or more, e.g. 5%");
        } catch (NumberFormatException e) {
            // the message below names the accepted forms
        }
        throw new TypeConversionException("'" + text + "' is not a percentage; write e.g. 5%");
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
