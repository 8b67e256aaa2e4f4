package io.chunkwise.cli.report;

import picocli.CommandLine.ITypeConverter;

/** Parses a percentage as users write it: {@code 5%} or {@code 5} (both five percent). */
final class Percent implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            double v = Double.parseDouble(t);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below names the accepted forms
        }
        throw new IllegalArgumentException("'" + text + "' is not a percentage; write e.g. 5%");
    }
}
