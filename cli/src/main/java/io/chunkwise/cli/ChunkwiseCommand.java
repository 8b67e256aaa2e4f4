package io.chunkwise.cli;

import java.util.concurrent.Callable;
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
public final class ChunkwiseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show stack traces of errors (for bug reports).")
    private boolean verbose;

    /** @return 2: a command line without a subcommand is a usage error, whatever the script meant */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }
}
