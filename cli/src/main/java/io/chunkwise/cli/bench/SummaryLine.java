package io.chunkwise.cli.bench;

import io.chunkwise.bench.run.BenchmarkSummary;
import io.chunkwise.reports.table.Kind;
import java.util.Locale;
import java.util.Map;

/**
 * One result's line in bench's summary: the benchmark with its mode, as compare names it (one
 * benchmark run with {@code -bm all} has four lines in one unit, told apart only by it), and the
 * score in three significant digits, as report and compare write it: with {@code -tu us} a
 * throughput of 2.01e-05 ops/us printed as {@code 0.000 ops/us}, no speed at all.
 */
final class SummaryLine {
    private SummaryLine() {
    }

    /**
     * @param b a result
     * @return e.g. {@code   IndexBuildBenchmark.build (thrpt)  size=64MiB strategy=PARALLEL  2.91 ops/s  peak RssAnon 318.7 MiB}
     */
    static String of(BenchmarkSummary b) {
        String name = b.benchmark().substring(b.benchmark().lastIndexOf('.', b.benchmark().lastIndexOf('.') - 1) + 1);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %-50s %-40s %12s %-8s", name + " (" + b.mode() + ")",
                params(b.params()), Kind.NUMBER.format(b.score()), b.unit()));
        Double anon = b.secondary().get("mem.peak.rssAnon.bytes");
        if (anon != null) {
            s.append(String.format(Locale.ROOT, "  peak RssAnon %7.1f MiB", anon / (1 << 20)));
        }
        return s.toString();
    }

    private static String params(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }
}
