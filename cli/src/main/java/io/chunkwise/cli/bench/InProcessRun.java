package io.chunkwise.cli.bench;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.cli.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * JMH's {@code -f 0} runs the benchmarks in this JVM, not in forks: what bench hands the forks
 * only was dropped unsaid. The input cache ({@code --inputs}) went to the forks as a system
 * property, so in-process runs generated their inputs in the default cache instead; this sets
 * it here for the run and restores it after. What cannot reach a running JVM ({@code --nmt},
 * {@code -jvm} and the {@code -jvmArgs} options, which JMH leaves out with a warning in the log
 * only) is refused.
 */
final class InProcessRun implements AutoCloseable {
    private final boolean active;
    private final Path inputs;
    private String previous;

    private InProcessRun(boolean active, Path inputs) {
        this.active = active;
        this.inputs = inputs;
    }

    /**
     * @param options the JMH options as given
     * @param nmt whether {@code --nmt} was given
     * @param inputs the input cache the benchmarks are to use
     * @return the run, to {@link #begin()} when the suites start; one that does nothing unless {@code -f 0}
     * @throws UserError (exit 2) for {@code -f 0} with {@code --nmt} or JVM options
     */
    static InProcessRun of(CommandLineOptions options, boolean nmt, Path inputs) {
        if (options.getForkCount().orElse(-1) != 0) {
            return new InProcessRun(false, inputs);
        }
        List<String> forkOnly = new ArrayList<>();
        if (nmt) {
            forkOnly.add("--nmt");
        }
        if (options.getJvm().hasValue()) {
            forkOnly.add("-jvm");
        }
        if (options.getJvmArgs().hasValue()) {
            forkOnly.add("-jvmArgs");
        }
        if (options.getJvmArgsAppend().hasValue()) {
            forkOnly.add("-jvmArgsAppend");
        }
        if (options.getJvmArgsPrepend().hasValue()) {
            forkOnly.add("-jvmArgsPrepend");
        }
        if (!forkOnly.isEmpty()) {
            String named = String.join(", ", forkOnly);
            throw new UserError("bad JMH option: -f 0 runs the benchmarks in this JVM, but " + named
                    + (forkOnly.size() == 1 ? " applies" : " apply") + " to forks only (this JVM is already running): "
                    + "leave out -f 0 or " + named);
        }
        return new InProcessRun(true, inputs);
    }

    /**
     * Gives this JVM, when the benchmarks run in it, the input cache a fork is given.
     *
     * @return this, to close when JMH is done
     */
    InProcessRun begin() {
        if (active) {
            previous = System.getProperty(InputCache.PROPERTY);
            System.setProperty(InputCache.PROPERTY, inputs.toAbsolutePath().toString());
        }
        return this;
    }

    /** @return whether the benchmarks run in this JVM */
    boolean active() {
        return active;
    }

    /** Restores the input cache property as it was before the run. */
    @Override
    public void close() {
        if (!active) {
            return;
        }
        if (previous == null) {
            System.clearProperty(InputCache.PROPERTY);
        } else {
            System.setProperty(InputCache.PROPERTY, previous);
        }
    }
}
