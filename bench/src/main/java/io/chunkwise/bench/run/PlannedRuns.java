package io.chunkwise.bench.run;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How many benchmarks a JMH run will run: each matched benchmark once per mode ({@code -bm}
 * overrides its own; {@code Mode.All} is every mode) and per combination of its parameters'
 * values ({@code -p} overrides the defaults), as JMH's {@code Runner} expands them. JMH tells an
 * output format of each benchmark as it starts, never of the total, which an interrupted run
 * names ("after 3 of 16").
 */
final class PlannedRuns {
    private PlannedRuns() {
    }

    /**
     * @param options the run's options
     * @return the number of benchmarks the run will start (0 when none matches), or -1 when JMH
     *     cannot tell (its benchmark list unreadable, a pattern it refuses): the run then reports that
     */
    static int count(Options options) {
        // silent: the run's own output says what JMH finds, once
        OutputFormat quiet = OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                VerboseMode.SILENT);
        Set<BenchmarkListEntry> entries;
        try {
            entries = BenchmarkList.defaultList().find(quiet, options.getIncludes(), options.getExcludes());
        } catch (RuntimeException e) {
            return -1;
        }
        int total = 0;
        for (BenchmarkListEntry e : entries) {
            total += modes(e, options.getBenchModes()) * paramSets(e, options);
        }
        return total;
    }

    private static int modes(BenchmarkListEntry e, Collection<Mode> given) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        modes.addAll(given.isEmpty() ? Set.of(e.getMode()) : given);
        if (modes.remove(Mode.All)) {
            modes.addAll(EnumSet.complementOf(EnumSet.of(Mode.All)));
        }
        return modes.size();
    }

    private static int paramSets(BenchmarkListEntry e, Options options) {
        if (!e.getParams().hasValue()) {
            return 1;
        }
        int sets = 1;
        for (Map.Entry<String, String[]> p : e.getParams().get().entrySet()) {
            Collection<String> values = options.getParameter(p.getKey()).orElse(Arrays.asList(p.getValue()));
            sets *= values.size();
        }
        return sets;
    }
}
