package io.chunkwise.reports.plan;

import io.chunkwise.reports.model.Sizes;
import io.chunkwise.reports.table.Kind;
import io.chunkwise.reports.table.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A capacity plan as tables, for people. */
public final class PlanTable {
    private PlanTable() {
    }

    /** The predicted memory's column: named with its kind, as every memory figure is (the plan fits peak RssAnon alone). */
    public static final String PEAK = "Predicted peak RssAnon";
    /** Its band's column. */
    public static final String PEAK_BAND = "Peak RssAnon 95% band";

    /**
     * @param plan a plan
     * @return one row per variant: predicted time and memory with their bands, growth, budget fit
     */
    public static Table variants(CapacityPlan plan) {
        Table.Builder t = Table.builder("Capacity plan for " + Sizes.format(plan.targetBytes())
                + (plan.budgetBytes() == null ? "" : " within " + Sizes.format(plan.budgetBytes())))
                .column("Variant", Kind.TEXT).column("Sizes", Kind.COUNT).column("Extrapolation", Kind.FACTOR)
                .column("Predicted time", Kind.SECONDS).column("Time 95% band", Kind.TEXT)
                .column(PEAK, Kind.BYTES).column(PEAK_BAND, Kind.TEXT).column("Growth", Kind.TEXT)
                .column("Fits budget", Kind.TEXT);
        boolean roles = plan.variants().stream().anyMatch(v -> !v.candidate());
        if (roles) {
            t.column("Role", Kind.TEXT);
        }
        for (VariantPlan v : plan.variants()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(v.name(), (double) v.sizesMeasured(), v.extrapolation(),
                    v.predictedSeconds(), v.secondsLower() == null ? "–"
                            : v.secondsLowerClamped() ? "below zero – " + seconds(v.secondsUpper())
                            : seconds(v.secondsLower()) + " – " + seconds(v.secondsUpper()),
                    v.predictedPeakAnonBytes() == null ? null : v.predictedPeakAnonBytes().doubleValue(),
                    v.peakAnonLower() == null ? "–"
                            : v.peakAnonLowerClamped() ? "below zero – " + Sizes.format(v.peakAnonUpper())
                            : band(v.peakAnonLower(), v.peakAnonUpper()),
                    v.growth() == null ? "–" : v.growth(), fit(plan, v)));
            if (roles) {
                cells.add(v.candidate() ? "candidate" : "comparison");
            }
            t.row(cells.toArray());
        }
        plan.notes().forEach(t::note);
        return t.build();
    }

    /**
     * @param plan a plan
     * @return the measured chunk size and worker configurations, Pareto points marked
     */
    public static Table configurations(CapacityPlan plan) {
        Table.Builder t = Table.builder("Measured configurations").column("Variant", Kind.TEXT).column("Chunk size", Kind.BYTES)
                .column("Workers", Kind.COUNT).column("Time per GiB", Kind.SECONDS).column("Peak RssAnon measured", Kind.BYTES)
                .column("Peak RssAnon at target", Kind.BYTES).column("Pareto front", Kind.TEXT);
        t.note("One row per configuration: time per GiB is the median over the sizes it was measured at, the peak "
                + "the one at its largest size.");
        for (Config c : plan.configurations()) {
            t.row(c.variant(), c.chunkSize() == null ? null : c.chunkSize().doubleValue(),
                    c.workers() == null ? null : c.workers().doubleValue(), c.secondsPerGiB(), c.peakBytes(), c.predictedPeakBytes(),
                    c.pareto() ? "yes" : "");
        }
        return t.build();
    }

    /**
     * @param plan a plan
     * @return the recommendation in one line
     */
    public static String recommendation(CapacityPlan plan) {
        Recommendation r = plan.recommendation();
        if (r.variant() == null) {
            return "Recommendation: none — " + r.reason() + ".";
        }
        return String.format(Locale.ROOT, "Recommendation: %s%s%s — %s.", r.variant(),
                r.chunkSize() == null ? "" : ", chunk size " + Sizes.format(r.chunkSize()),
                r.workers() == null ? "" : ", " + r.workers() + (r.workers() == 1 ? " worker" : " workers"), r.reason());
    }

    private static String fit(CapacityPlan plan, VariantPlan v) {
        if (plan.budgetBytes() == null) {
            return "no budget";
        }
        return v.fitsBudget() == null ? "cannot check" : v.fitsBudget() ? "yes" : "no";
    }

    /** @return the band, or {@code more than 8.0 EiB} once its lower bound is beyond what a byte count holds */
    private static String band(long lower, long upper) {
        return lower >= Sizes.MOST ? Sizes.format(lower) : Sizes.format(lower) + " – " + Sizes.format(upper);
    }

    private static String seconds(double s) {
        return Kind.SECONDS.format(s);
    }
}
