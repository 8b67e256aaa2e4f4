package io.chunkwise.cli.report;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.UserError;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sweep's configurations against {@code --memory-budget}, before any run: those whose floor
 * ({@link TuneConfig#leastBytes}) is above the budget would be run only to be reported as not
 * fitting, each run a process scanning the whole file. They are left out and said; when none is
 * left, the sweep is refused at once (exit 2), where it ran for minutes before saying nothing fit.
 *
 * @param toRun the configurations to run, in the sweep's order
 * @param skipped the configurations left out, in the sweep's order
 */
record SweepBudget(List<TuneConfig> toRun, List<TuneConfig> skipped) {
    private static final long MIB = 1L << 20;

    /** Copies the lists. */
    SweepBudget {
        toRun = List.copyOf(toRun);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param file the file tuned for (named in the refusal)
     * @param configs the sweep's configurations
     * @param budget the budget, or null (nothing left out)
     * @return the split
     * @throws UserError (exit 2) when no configuration's floor is within the budget
     */
    static SweepBudget split(Path file, List<TuneConfig> configs, ByteSize budget) {
        java.util.Map<Boolean, List<TuneConfig>> byFit = configs.stream().collect(Collectors.partitioningBy(c -> c.fits(budget)));
        if (byFit.get(true).isEmpty()) {
            TuneConfig least = configs.stream().min(Comparator.comparingLong(TuneConfig::leastBytes)).orElseThrow();
            // whole MiB upwards: a value to type that holds the floor (16.1 MiB shown would be below 16.125)
            long raise = (least.leastBytes() + MIB - 1) / MIB * MIB;
            throw new UserError("--memory-budget " + budget + " is below the least any configuration of the sweep on " + file
                    + " needs, " + ByteSize.format(least.leastBytes()) + " (" + least.label() + ": " + least.parts()
                    + "; the JVM's memory beside its heap comes on top): no run could fit, so none was made; raise --memory-budget"
                    + " to at least " + ByteSize.argument(raise));
        }
        return new SweepBudget(byFit.get(true), byFit.get(false));
    }

    /**
     * @param configs the configurations to run (not empty)
     * @return the index of the one that needs least (the first of equals)
     */
    static int leastIndex(List<TuneConfig> configs) {
        int least = 0;
        for (int c = 1; c < configs.size(); c++) {
            if (configs.get(c).leastBytes() < configs.get(least).leastBytes()) {
                least = c;
            }
        }
        return least;
    }

    /**
     * After the first run of the configuration that needs least: when it peaked above the budget and
     * no configuration run before it was within it, the rest of the sweep cannot find one that fits
     * (the others hold larger chunks or more workers), however long it runs on a large file.
     *
     * @param least the configuration that needs least
     * @param peak its first run's peak RssAnon, in bytes
     * @param peaks the first round's peaks so far ({@code peaks[c][0]} for the configurations before it)
     * @param before how many configurations ran before it in the first round (its index)
     * @param budget the budget, or null
     * @param all the configurations to run
     * @param runs the runs each would have had
     * @return why the sweep stops here; empty when it goes on
     */
    static Optional<String> overBudget(TuneConfig least, double peak, double[][] peaks, int before, ByteSize budget, int all,
            int runs) {
        if (budget == null || peak <= budget.bytes()) {
            return Optional.empty();
        }
        for (int c = 0; c < before; c++) {
            if (peaks[c][0] <= budget.bytes()) {
                return Optional.empty();
            }
        }
        int made = before + 1;
        return Optional.of("tune: stopped after " + made + " of " + all * runs + " run" + (all * runs == 1 ? "" : "s")
                + ": the configuration that needs least (" + least.label() + ") peaked at "
                + ByteSize.format((long) peak) + " RssAnon, above --memory-budget " + budget
                + (made > 1 ? ", as did every one before it" : "") + "; the others hold larger chunks or more workers, so the rest of"
                + " the sweep was not run");
    }

    /**
     * @param budget the budget
     * @return a line saying which configurations were left out and why; empty when none was
     */
    Optional<String> note(ByteSize budget) {
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        int all = toRun.size() + skipped.size();
        return Optional.of("tune: skipped " + skipped.size() + " of " + all + " configuration" + (all == 1 ? "" : "s")
                + ", not run: " + (skipped.size() == 1 ? "its heap alone needs" : "their heap alone needs")
                + " more than --memory-budget " + budget + " (" + skipped.stream()
                .map(c -> c.label() + ": at least " + ByteSize.format(c.leastBytes())).collect(Collectors.joining("; ")) + ")");
    }
}
