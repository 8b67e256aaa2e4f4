package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.table.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the unit conversions a comparison made, under its table: a current score shown in ops/s
 * that the run wrote as ops/ms must say so, or a reader checking the table against the JMH output
 * finds numbers a thousand times off.
 */
final class UnitConversions {
    private UnitConversions() {
    }

    /**
     * @param comparisons the comparisons of a report
     * @return one sentence per conversion (from one unit to another), in order of first use; none
     *     when every current score was in its baseline's unit
     */
    static List<String> notes(List<Comparison> comparisons) {
        Map<Conversion, Long> counts = new LinkedHashMap<>();
        for (Comparison c : comparisons) {
            c.convertedFrom().ifPresent(from -> counts.merge(new Conversion(c.metric(), from, c.currentScore().unit()), 1L, Long::sum));
        }
        List<String> notes = new ArrayList<>();
        counts.forEach((conversion, n) -> notes.add((n == 1 ? "1 current score" : n + " current scores") + " measured in "
                + conversion.from() + " " + (n == 1 ? "is" : "are") + " shown and compared in " + conversion.to()
                + ", the baseline's unit (" + conversion.equivalence() + ")."));
        return notes;
    }

    /**
     * A conversion of the current run's scores.
     *
     * @param metric the metric converted: whose KB, MB… the units' are (rate.mb's MB is 10^6 bytes, -prof gc's 2^20)
     * @param from the unit the current run measured in
     * @param to the baseline's unit
     */
    private record Conversion(String metric, String from, String to) {
        /** @return e.g. {@code 1 ops/ms = 1,000 ops/s}, or {@code 1,000 us/op = 1 ms/op}: the larger side whole */
        String equivalence() {
            double k = Measures.inUnit(metric, new Score(1, Double.NaN, from, new double[0]), to).orElseThrow().value();
            return k >= 1 ? "1 " + from + " = " + Kind.NUMBER.format(k) + " " + to
                    : Kind.NUMBER.format(1 / k) + " " + from + " = 1 " + to;
        }
    }
}
