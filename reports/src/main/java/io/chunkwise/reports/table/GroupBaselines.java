package io.chunkwise.reports.table;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The baselines of a by-size table's groups (one benchmark context each), and whether some group
 * compares nothing: a benchmark alone in its group (its own workers or threads value sets it
 * apart) is shown with no ratio, and said under the table.
 */
final class GroupBaselines {
    /** The baseline of a group that compares nothing: no variant is named so, so its rows get no ratio. */
    static final String NONE = "\u0000";
    /** Said under a table that shows results alone in their group, so that their "–" is not read as a gap. */
    static final String ALONE_NOTE = "A row whose benchmark was measured with no other variant and at no other size under the "
            + "same parameters (e.g. its own workers or threads value) has nothing to compare with: shown, with – as its ratio.";
    private final Set<String> names = new LinkedHashSet<>();
    private boolean alone;

    /**
     * @param group a group's results
     * @return its baseline variant, or {@link #NONE} when the group compares nothing
     */
    String of(List<BenchmarkResult> group) {
        if (!compares(group)) {
            alone = true;
            return NONE;
        }
        String base = Groups.baseline(group).orElseThrow();
        names.add(base);
        return base;
    }

    /** @return the baselines of the groups that compare something, in the order met */
    Set<String> names() {
        return names;
    }

    /** @return whether some group compared nothing */
    boolean alone() {
        return alone;
    }

    /**
     * @return whether a group of sized results compares something: two variants or more, or two
     *     sizes or more
     */
    private static boolean compares(List<BenchmarkResult> group) {
        return group.stream().map(Dimensions::variant).distinct().count() >= 2
                || group.stream().map(r -> Dimensions.sizeBytes(r).getAsLong()).distinct().count() >= 2;
    }
}
