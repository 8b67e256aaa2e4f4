package io.chunkwise.cli;

import io.chunkwise.cli.bench.BenchCommand;
import io.chunkwise.cli.dataset.DatasetCommand;
import io.chunkwise.cli.demo.DemoCommand;
import io.chunkwise.cli.fix.FixScanCommand;
import io.chunkwise.cli.fix.ReconcileCommand;
import io.chunkwise.cli.generate.GenerateCommand;
import io.chunkwise.cli.loader.IndexCommand;
import io.chunkwise.cli.loader.LookupCommand;
import io.chunkwise.cli.loader.ScanCommand;
import io.chunkwise.cli.profile.ProfileCommand;
import io.chunkwise.cli.report.CompareCommand;
import io.chunkwise.cli.report.PlanCommand;
import io.chunkwise.cli.report.ReportCommand;
import io.chunkwise.cli.report.TuneCommand;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * The subcommands, in the order help lists them. Picocli builds its model of a command by
 * reflection, a tenth of a second for all of them; a command line that names one gets only that
 * one (see {@link Main#commandLine(String...)}), so every run starts that much sooner.
 */
public final class Subcommands {
    /** Every subcommand class. */
    public static final List<Class<?>> ALL = List.of(HelpCommand.class, GenerateCommand.class, IndexCommand.class,
            LookupCommand.class, ScanCommand.class, ReconcileCommand.class, FixScanCommand.class, CompareCommand.class,
            ProfileCommand.class, DatasetCommand.class, BenchCommand.class, ReportCommand.class, PlanCommand.class,
            TuneCommand.class, DemoCommand.class);

    private Subcommands() {
    }

    /**
     * @param name a word of a command line
     * @return the subcommand of that name (from its {@code @Command} annotation, no picocli model built)
     */
    public static Optional<Class<?>> named(String name) {
        return ALL.stream().filter(c -> name(c).equals(name)).findFirst();
    }

    /** @return every subcommand's name, in the order help lists them (no picocli model built) */
    public static List<String> names() {
        return ALL.stream().map(Subcommands::name).toList();
    }

    private static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }
}
