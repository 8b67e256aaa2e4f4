package io.chunkwise.cli.report;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.reports.plan.CapacityPlan;
import io.chunkwise.reports.plan.CapacityPlanner;
import io.chunkwise.reports.plan.PlanTable;
import io.chunkwise.reports.read.ResultInputs;
import io.chunkwise.reports.table.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chunkwise plan RESULTS… --target-size SIZE}: predict time and memory at a size from measurements. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Predict time and peak memory at a target input size from JMH results, and recommend a variant, "
                + "chunk size and workers.",
            "Fits per variant by least squares against the input size, read from a JMH param named size, inputSize, "
                    + "fileSize, sizeBytes, inputBytes, bytes, dataSize, payload or payloadSize (bytes, or with a unit: 64MiB, 1GB). "
                    + "Chunk size from chunkSize/chunk/chunkBytes, workers from workers/parallelism/threads.",
            "Exit 1 when nothing fits --memory-budget, or when the results cannot check it (no memory figure): the "
                    + "recommendation is then by time alone."})
public final class PlanCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "JMH JSON files.")
    private List<Path> results;

    @Option(names = "--target-size", required = true, paramLabel = "SIZE", description = "Input size to plan for, e.g. 200GB.")
    private ByteSize target;

    @Option(names = "--memory-budget", paramLabel = "SIZE", description = "Peak RssAnon the run may use, the whole process's as the benchmarks measured it, e.g. 2GiB"
                    + " (as index's --memory-budget is).")
    private ByteSize budget;

    @Option(names = "--benchmark", paramLabel = "REGEX", description = {"Plan only the benchmarks whose name this finds "
            + "(as JMH's includes, e.g. IndexBuild), and recommend among all of them.",
        "Without it every benchmark is planned; beside benchmarks that name their variants by a parameter (strategy…), "
                + "the others (peers such as DuckDB) are comparisons, never recommended."})
    private Pattern benchmark;

    @Override
    public Integer call() {
        PositiveSize.require(target, "--target-size");
        PositiveSize.require(budget, "--memory-budget");
        ResultInputs inputs = ResultInputs.read(results);
        List<Path> profiles = PlanProfiles.of(results, inputs);
        if (inputs.allResults().isEmpty()) {
            throw PlanProfiles.nothingToPlan(profiles);
        }
        CapacityPlan plan = PlanProfiles.notedUnscored(PlanProfiles.noted(CapacityPlanner.plan(inputs.allResults(), target.bytes(),
                budget == null ? OptionalLong.empty() : OptionalLong.of(budget.bytes()), Optional.ofNullable(benchmark)), profiles),
                inputs);
        StringBuilder human = new StringBuilder(ReportFormat.MARKDOWN.table(PlanTable.variants(plan)));
        if (!plan.configurations().isEmpty()) {
            human.append('\n').append(ReportFormat.MARKDOWN.table(PlanTable.configurations(plan)));
        }
        human.append('\n').append(PlanTable.recommendation(plan));
        emit(plan, human::toString);
        // as tune: a plan that recommends nothing (nothing fits the budget) is a finding a CI gate can read, and so is a
        // budget it could not check: exit 0 would read as "fits"
        if (plan.budgetUnchecked()) {
            notice("plan: exit 1: --memory-budget " + ByteSize.format(plan.budgetBytes())
                    + " could not be checked, so the recommendation is by time alone (see its reason)");
            return ExitCodes.NOT_FOUND;
        }
        return plan.recommendation().variant() == null ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
}
