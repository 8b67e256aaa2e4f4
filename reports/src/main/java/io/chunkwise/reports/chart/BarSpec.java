package io.chunkwise.reports.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart: one bar per category (variants and peers side by side), with error bars.
 *
 * @param title the chart's title
 * @param yTitle the value axis title, with its unit
 * @param categories the bars' names
 * @param values one value per category
 * @param errors one error per category (0 when unknown)
 */
public record BarSpec(String title, String yTitle, List<String> categories, double[] values, double[] errors) {
    /**
     * Validates the spec.
     *
     * @throws NoChartDataException when there is no bar
     */
    public BarSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(yTitle, "yTitle");
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new NoChartDataException("no data for chart '" + title + "'");
        }
        if (values.length != categories.size() || errors.length != categories.size()) {
            throw new IllegalArgumentException("chart '" + title + "': one value and one error per category");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("chart '" + title + "': values must be finite");
            }
        }
        values = values.clone();
        errors = Arrays.stream(errors).map(e -> Double.isFinite(e) ? e : 0).toArray();
    }

    /** @return the values (a copy) */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return the errors (a copy) */
    @Override
    public double[] errors() {
        return errors.clone();
    }

    /** @return the value axis range: from zero to above the highest bar plus its error */
    public Range yRange() {
        double[] tops = new double[values.length];
        for (int i = 0; i < tops.length; i++) {
            tops[i] = values[i] + errors[i];
        }
        return Range.around(tops, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarSpec b && title.equals(b.title) && yTitle.equals(b.yTitle) && categories.equals(b.categories)
                && Arrays.equals(values, b.values) && Arrays.equals(errors, b.errors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, yTitle, categories, Arrays.hashCode(values), Arrays.hashCode(errors));
    }

    @Override
    public String toString() {
        return "BarSpec[" + title + ", " + categories + "]";
    }
}
