package io.chunkwise.reports.plan;

import java.util.List;

/**
 * A capacity plan: predictions per variant at a target input size, and a recommendation.
 *
 * @param targetBytes the target input size
 * @param budgetBytes the memory budget, null when none was given
 * @param variants one prediction per variant measured at two sizes or more
 * @param recommendation what to run
 * @param configurations the measured chunk size and worker configurations (Pareto points flagged)
 * @param notes how the plan was made and what it could not use
 */
public record CapacityPlan(long targetBytes, Long budgetBytes, List<VariantPlan> variants, Recommendation recommendation,
        List<Config> configurations, List<String> notes) {
    /** Copies the lists. */
    public CapacityPlan {
        variants = List.copyOf(variants);
        configurations = List.copyOf(configurations);
        notes = List.copyOf(notes);
    }

    /**
     * @return whether a budget was given that no candidate's memory could be checked against (no
     *     memory metric, or no candidate with a figure at every size): the recommendation is then
     *     by time alone, and does not say that it fits
     */
    public boolean budgetUnchecked() {
        return budgetBytes != null && !budgetChecked(variants);
    }

    /**
     * @param variants the plan's variants
     * @return whether some candidate's memory was checked against a budget (it has a figure at every size)
     */
    static boolean budgetChecked(List<VariantPlan> variants) {
        return variants.stream().filter(VariantPlan::candidate).anyMatch(v -> v.fitsBudget() != null);
    }
}
