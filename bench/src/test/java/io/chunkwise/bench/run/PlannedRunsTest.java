package io.chunkwise.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The "of M" an interrupted run names: a benchmark whose annotation names several modes is an
 * entry per mode in JMH's list, and {@code -bm} replaces their modes, so it runs once per mode
 * {@code -bm} names, not once per mode per entry.
 */
class PlannedRunsTest {
    private static final String BENCHMARK = "io.chunkwise.bench.profiler.SamplerOverheadBenchmark.checksum";

    /** @return the list with SamplerOverheadBenchmark.checksum as {@code @BenchmarkMode({Throughput, AverageTime})} lists it */
    private static BenchmarkList twoModes() {
        BenchmarkListEntry throughput = BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT),
                        List.of(BENCHMARK + "$"), List.of())
                .first();
        assertThat(throughput.getMode()).isEqualTo(Mode.Throughput);
        List<BenchmarkListEntry> entries = new ArrayList<>(List.of(throughput, throughput.cloneWith(Mode.AverageTime)));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        BenchmarkList.writeBenchmarkList(text, entries);
        return BenchmarkList.fromString(text.toString(StandardCharsets.UTF_8));
    }

    private static int count(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(args));
        // two parameter sets: each mode runs twice
        line.addAll(List.of("-p", "sampling=OFF,EVERY_10MS", BENCHMARK + "$"));
        return PlannedRuns.count(twoModes(), new CommandLineOptions(line.toArray(String[]::new)));
    }

    @Test
    void aBenchmarkWithSeveralModesRunsOncePerModeAndParameterSet() throws Exception {
        assertThat(count()).as("its own two modes").isEqualTo(4);
    }

    @Test
    void benchModesReplaceItsModesOncePerBenchmarkNotOncePerEntry() throws Exception {
        assertThat(count("-bm", "thrpt")).as("-bm thrpt: one mode").isEqualTo(2);
        assertThat(count("-bm", "thrpt,avgt,ss")).as("-bm with three modes").isEqualTo(6);
        assertThat(count("-bm", "all")).as("every mode but All").isEqualTo(8);
    }
}
