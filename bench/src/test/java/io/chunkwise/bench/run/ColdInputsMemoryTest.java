package io.chunkwise.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real forked suite on an empty input cache reports the memory it reports with the inputs cached:
 * inputs (master, FIX log, the master's index) are generated in a child JVM, not in the fork.
 */
class ColdInputsMemoryTest {
    private static final String PEAK_RSS_ANON = "mem.peak.rssAnon.bytes";
    private static final double MIB = 1 << 20;

    @TempDir
    Path dir;

    @BeforeAll
    static void allowConcurrentJmh() {
        // Someone may be benchmarking on this machine: this run compares two of its own, RssAnon only.
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void aColdRunReportsTheMemoryOfAWarmOne() throws Exception {
        Path inputs = dir.resolve("inputs");
        double cold = peakRssAnon(run(inputs, "cold"));
        try (Stream<Path> made = Files.list(inputs)) {
            assertThat(made.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("secmaster-v1-") && n.endsWith(".csv"))
                    .anyMatch(n -> n.startsWith("secmaster-v1-") && n.endsWith(".cwx"))
                    .anyMatch(n -> n.startsWith("fixlog-v1-") && n.endsWith(".log"));
        }
        double warm = peakRssAnon(run(inputs, "warm"));

        // noise may differ, a generator may not: before inputs moved to a child JVM, cold was 231 MiB
        // and warm 51 MiB (the generators' memory stayed in the fork)
        assertThat(cold).as("cold peak RssAnon %.1f MiB vs warm %.1f MiB", cold / MIB, warm / MIB)
                .isLessThan(Math.max(warm * 1.3, warm + 30 * MIB));
    }

    private SuiteResult run(Path inputs, String name) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BenchRequest request = new BenchRequest(Suite.FIX, true, dir.resolve(name),
                List.of("-p", "scan=SERIAL", "-i", "1", "FixBenchmark.scan$"), true, inputs, false);
        SuiteResult result = new SuiteRunner(new PrintStream(console, true, StandardCharsets.UTF_8)).run(request);
        assertThat(result.failed()).as(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(result.results()).hasSize(1);
        return result;
    }

    private static double peakRssAnon(SuiteResult result) {
        Double peak = result.results().getFirst().secondary().get(PEAK_RSS_ANON);
        assertThat(peak).as(PEAK_RSS_ANON).isNotNull().isPositive();
        return peak;
    }
}
