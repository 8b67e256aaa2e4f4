package io.chunkwise.cli.dataset;

import io.chunkwise.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dataset}: the FX bar feature cache and its datasets. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Build the Arrow feature cache of FX bars; iterate it as standard or iterable dataset.",
        subcommands = {DatasetCacheCommand.class, DatasetIterateCommand.class})
public final class DatasetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** @return 2: a command line without a subcommand is a usage error, whatever the script meant */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }
}
