package io.chunkwise.cli.report;

import io.chunkwise.cli.UserError;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.plan.CapacityPlan;
import io.chunkwise.reports.read.ResultInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inputs {@code plan} cannot fit, named rather than left out silently: profiled runs (a profile
 * records no input size, so a plan cannot fit it against one), as an error when nothing else was
 * given, as a note of the plan when JMH results were given beside them; and results JMH wrote no
 * score for, as a note.
 */
final class PlanProfiles {
    /** What a profile lacks and what plan reads instead. */
    private static final String WHY = "a profile records no input size to fit time and memory against; plan reads JMH JSON "
            + "(chunkwise bench writes it)";

    private PlanProfiles() {
    }

    /**
     * @param given the paths the user gave, as given
     * @param inputs what was read from them
     * @return the paths read as profiled runs (directories, summary.json files), in the order given
     */
    static List<Path> of(List<Path> given, ResultInputs inputs) {
        Set<String> jmh = inputs.runs().stream().map(ResultSet::source).collect(Collectors.toSet());
        return given.stream().filter(p -> !jmh.contains(p.toString())).toList();
    }

    /**
     * @param profiles the profiled runs given, every input
     * @return the error to throw: there is nothing to plan from
     */
    static UserError nothingToPlan(List<Path> profiles) {
        return new UserError("plan needs JMH JSON results: " + names(profiles) + (profiles.size() == 1 ? " is a profiled run" : " are profiled runs")
                + ", and " + WHY);
    }

    /**
     * @param plan the plan made from the JMH results
     * @param profiles the profiled runs given beside them
     * @return the plan, with a note naming the profiles it left out (none: the plan as it was)
     */
    static CapacityPlan noted(CapacityPlan plan, List<Path> profiles) {
        if (profiles.isEmpty()) {
            return plan;
        }
        List<String> notes = new ArrayList<>(plan.notes());
        notes.add("Left out " + (profiles.size() == 1 ? "a profiled run, " : profiles.size() + " profiled runs, ") + names(profiles)
                + ": " + WHY + ".");
        return new CapacityPlan(plan.targetBytes(), plan.budgetBytes(), plan.variants(), plan.recommendation(), plan.configurations(),
                notes);
    }

    /**
     * @param plan the plan made from the JMH results
     * @param inputs what was read: a result JMH wrote no score for (NaN, an infinity) is in no plan
     * @return the plan, with a note naming each such result (none: the plan as it was)
     */
    static CapacityPlan notedUnscored(CapacityPlan plan, ResultInputs inputs) {
        List<String> unscored = inputs.runs().stream()
                .flatMap(run -> run.unscored().stream().map(u -> "Left out " + run.source() + ": " + u.describe() + "."))
                .toList();
        if (unscored.isEmpty()) {
            return plan;
        }
        List<String> notes = new ArrayList<>(plan.notes());
        notes.addAll(unscored);
        return new CapacityPlan(plan.targetBytes(), plan.budgetBytes(), plan.variants(), plan.recommendation(), plan.configurations(),
                notes);
    }

    private static String names(List<Path> profiles) {
        return profiles.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
