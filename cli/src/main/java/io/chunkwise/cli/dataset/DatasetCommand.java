package io.chunkwise.cli.dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dataset}: the FX bar feature cache and its datasets. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Build the Arrow feature cache of FX bars; iterate it as standard or iterable dataset.",
        subcommands = {DatasetCacheCommand.class, DatasetIterateCommand.class})
public final class DatasetCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
