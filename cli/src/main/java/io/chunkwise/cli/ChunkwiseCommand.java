package io.chunkwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: holds the options every subcommand inherits (the subcommands are {@link Subcommands}). */
@Command(
        name = "chunkwise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Load, index, stream and profile files too large for memory — and prove it.")
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
