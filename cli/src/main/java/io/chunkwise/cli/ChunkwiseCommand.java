package io.chunkwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands and holds the options they all inherit. */
@Command(
        name = "chunkwise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Load, index, stream and profile files too large for memory — and prove it.",
        subcommands = {
            picocli.CommandLine.HelpCommand.class,
            io.chunkwise.cli.generate.GenerateCommand.class,
            io.chunkwise.cli.loader.IndexCommand.class,
            io.chunkwise.cli.loader.LookupCommand.class,
            io.chunkwise.cli.loader.ScanCommand.class,
            io.chunkwise.cli.fix.ReconcileCommand.class,
            io.chunkwise.cli.fix.FixScanCommand.class,
            io.chunkwise.cli.report.CompareCommand.class,
            io.chunkwise.cli.profile.ProfileCommand.class,
            io.chunkwise.cli.dataset.DatasetCommand.class,
            io.chunkwise.cli.bench.BenchCommand.class,
            io.chunkwise.cli.report.ReportCommand.class,
            io.chunkwise.cli.report.PlanCommand.class,
            io.chunkwise.cli.report.TuneCommand.class,
            io.chunkwise.cli.demo.DemoCommand.class,
        })
public final class ChunkwiseCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show stack traces of errors (for bug reports).")
    private boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
