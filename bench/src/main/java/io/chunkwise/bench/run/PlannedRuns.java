package io.chunkwise.bench.run;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * overrides its own, however many its annotation names; {@code Mode.All} is every mode) and per
 * combination of its parameters' values ({@code -p} overrides the defaults), as JMH's {@code
 * Runner} expands them. JMH tells an
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
        BenchmarkList list;
        try {
            list = BenchmarkList.defaultList();
        } catch (RuntimeException e) {
            return -1;
        }
        return count(list, options);
    }

    /**
     * @param list the benchmarks there are (one entry per benchmark and mode its annotation names)
     * @param options the run's options
     * @return as {@link #count(Options)}
     */
    static int count(BenchmarkList list, Options options) {
        // silent: the run's own output says what JMH finds, once
        OutputFormat quiet = OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                VerboseMode.SILENT);
        Set<BenchmarkListEntry> entries;
        try {
            entries = list.find(quiet, options.getIncludes(), options.getExcludes());
        } catch (RuntimeException e) {
            return -1;
        }
        // A benchmark whose annotation names several modes is an entry per mode; -bm replaces each
        // entry's mode by each mode it names, and JMH's sorted set keeps one run per benchmark, mode
        // and parameter set: with -bm the modes are -bm's once per benchmark, not once per entry.
        Map<String, Set<Mode>> modes = new LinkedHashMap<>();
        Map<String, BenchmarkListEntry> byName = new LinkedHashMap<>();
        for (BenchmarkListEntry e : entries) {
            modes.computeIfAbsent(e.getUsername(), name -> EnumSet.noneOf(Mode.class)).addAll(modes(e, options.getBenchModes()));
            byName.putIfAbsent(e.getUsername(), e);
        }
        int total = 0;
        for (Map.Entry<String, Set<Mode>> m : modes.entrySet()) {
            total += m.getValue().size() * paramSets(byName.get(m.getKey()), options);
        }
        return total;
    }

    /** @return the modes JMH runs the entry in: {@code -bm}'s or its own, {@code Mode.All} as every mode */
    private static Set<Mode> modes(BenchmarkListEntry e, Collection<Mode> given) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        modes.addAll(given.isEmpty() ? Set.of(e.getMode()) : given);
        if (modes.remove(Mode.All)) {
            modes.addAll(EnumSet.complementOf(EnumSet.of(Mode.All)));
        }
        return modes;
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
