package io.chunkwise.cli.generate;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chunkwise generate secmaster|fixlog|fxbars}: deterministic synthetic inputs. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate deterministic synthetic inputs of any size (same --seed, same bytes).",
        subcommands = {SecMasterCommand.class, FixLogCommand.class, FxBarsCommand.class})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name what to generate: secmaster, fixlog or fxbars");
    }
}
