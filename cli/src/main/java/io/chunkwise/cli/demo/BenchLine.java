package io.chunkwise.cli.demo;

import io.chunkwise.bench.run.BenchmarkSummary;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line for a benchmark that ended: its short name, parameters, rate and peak RssAnon, what
 * the report then compares (JMH's pages of output go to the suite's log).
 */
final class BenchLine {
    private static final String RATE = "rate.mb";
    private static final String RSS_ANON = "mem.peak.rssAnon.bytes";

    private BenchLine() {
    }

    /**
     * @param s a benchmark's result
     * @return e.g. {@code IndexBuildBenchmark.build size=32MiB strategy=PARALLEL: 380.7 MB/s, peak RssAnon 126.5 MiB}
     */
    static String of(BenchmarkSummary s) {
        String name = s.benchmark();
        int method = name.lastIndexOf('.');
        String shortName = name.substring(name.lastIndexOf('.', method - 1) + 1);
        String params = s.params().entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining());
        Double rate = s.secondary().get(RATE);
        String score = rate != null ? String.format(Locale.ROOT, "%,.1f MB/s", rate)
                : String.format(Locale.ROOT, "%,.3f %s", s.score(), s.unit());
        Double anon = s.secondary().get(RSS_ANON);
        String memory = anon != null ? String.format(Locale.ROOT, ", peak RssAnon %,.1f MiB", anon / (1 << 20)) : "";
        return shortName + params + ": " + score + memory;
    }
}
