package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.read.ResultFileException;
import io.chunkwise.reports.table.ReportFormat;
import io.chunkwise.reports.table.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory figures in two units (B/op beside KiB/op, as a profiler's newer version writes them) are
 * compared in the baseline's, by the conversion report uses; a baseline of 0 (an allocation-free
 * benchmark) is judged "from 0", never as an infinite change.
 */
class MemoryUnitComparisonTest {
    @TempDir
    Path dir;

    /** @return a JMH result of 5 iterations at 100 ops/s, with gc.alloc.rate.norm's iterations in unit */
    static String result(String unit, double... alloc) {
        double mean = Arrays.stream(alloc).average().orElseThrow();
        String raw = Arrays.stream(alloc).mapToObj(v -> String.format(Locale.ROOT, "%s", v)).collect(Collectors.joining(","));
        return String.format(Locale.ROOT, """
                {"benchmark":"com.example.ParseBench.parse","mode":"thrpt","threads":1,"forks":1,"params":{"size":"64MiB"},
                 "primaryMetric":{"score":100.0,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[99.0,100.5,100.0,100.5,100.0]]},
                 "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreError":"NaN","scoreUnit":"%s","rawData":[[%s]]}}}""",
                mean, unit, raw);
    }

    Comparison allocation(String baseline, String current) throws IOException {
        return report(baseline, current).comparisons().get(1);
    }

    ComparisonReport report(String baseline, String current) throws IOException {
        Path b = Files.writeString(dir.resolve("baseline.json"), "[" + baseline + "]");
        Path c = Files.writeString(dir.resolve("current.json"), "[" + current + "]");
        return RunComparator.defaults().compare(JmhJsonReader.read(b), JmhJsonReader.read(c), List.of("gc.alloc.rate.norm"));
    }

    @Test
    void bytesPerOperationBesideKibPerOperationAreComparedInTheBaselinesUnit() throws IOException {
        // 24 B/op written as 0.0234375 KiB/op: a rise of 50% from 16 B/op, not a refusal or a fall of 99.9%
        Comparison c = allocation(result("B/op", 16, 16, 16, 16, 16), result("KiB/op", 24 / 1024.0, 24 / 1024.0, 24 / 1024.0,
                24 / 1024.0, 24 / 1024.0));
        assertThat(c.currentScore().unit()).isEqualTo("B/op");
        assertThat(c.currentScore().value()).isCloseTo(24, within(1e-9));
        assertThat(c.currentScore().samples()).containsOnly(24.0);
        assertThat(c.changePercent()).isCloseTo(50, within(1e-9));
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.convertedFrom()).hasValue("KiB/op");
        assertThat(ComparisonTable.of(report(result("B/op", 16, 16, 16, 16, 16), result("KiB/op", 0.5, 0.5, 0.5, 0.5, 0.5))).notes())
                .contains("1 current score measured in KiB/op is shown and compared in B/op, the baseline's unit (1 KiB/op = 1,024 B/op).");
        // -prof gc's allocation rate, MB/sec beside KB/sec (JMH's MB: 1,024 KB)
        Comparison rate = allocation(result("MB/sec", 2, 2, 2, 2, 2), result("KB/sec", 2048, 2048, 2048, 2048, 2048));
        assertThat(rate.changePercent()).isCloseTo(0, within(1e-9));
        assertThat(rate.verdict()).isNotEqualTo(Verdict.REGRESSION);
    }

    @Test
    void memoryUnitsThatDoNotConvertAreRefusedSayingWhy() {
        assertThatThrownBy(() -> allocation(result("B/op", 16, 16, 16, 16, 16), result("bytes", 16, 16, 16, 16, 16)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gc.alloc.rate.norm: units differ (B/op in " + dir.resolve("baseline.json") + " vs bytes in "
                        + dir.resolve("current.json") + "): memory per op does not convert to memory "
                        + "as a byte count");
        assertThatThrownBy(() -> allocation(result("B/op", 16, 16, 16, 16, 16), result("allocs/op", 16, 16, 16, 16, 16)))
                .hasMessageContaining("allocs/op is no unit of memory");
    }

    @Test
    void aChangeFromZeroIsJudgedFromZeroNeverAsAnInfiniteChange() throws IOException {
        // an allocation-free benchmark (0 B/op) that now allocates 16 B/op in every iteration: a regression from 0
        Comparison c = allocation(result("B/op", 0, 0, 0, 0, 0), result("B/op", 16, 16, 16, 16, 16));
        assertThat(c.fromZero()).isTrue();
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.changePercent()).isNaN();
        ComparisonReport report = report(result("B/op", 0, 0, 0, 0, 0), result("B/op", 16, 16, 16, 16, 16));
        Table t = ComparisonTable.of(report);
        assertThat(t.text(1, 4)).isEqualTo("–");
        assertThat(t.text(1, 5)).startsWith("REGRESSION from 0 B/op (p=");
        assertThat(t.notes()).anyMatch(n -> n.startsWith("A change from a baseline of 0 has no percentage"));
        assertThat(ReportFormat.MARKDOWN.table(t)).doesNotContainIgnoringCase("infinity").doesNotContain("NaN").doesNotContain("∞");

        // iterations from 0 to 0 or 0.004 B/op: noise, not a regression (a test on the samples judges a change from zero)
        Comparison noisy = allocation(result("B/op", 0, 0, 0, 0, 0), result("B/op", 0.004, 0, 0, 0, 0));
        assertThat(noisy.fromZero()).isTrue();
        assertThat(noisy.verdict()).isEqualTo(Verdict.NOISE);
        // 0 beside 0 is no change, a change of 0%
        Comparison none = allocation(result("B/op", 0, 0, 0, 0, 0), result("B/op", 0, 0, 0, 0, 0));
        assertThat(none.fromZero()).isFalse();
        assertThat(none.changePercent()).isZero();
        assertThat(none.verdict()).isNotEqualTo(Verdict.REGRESSION);
        // and back to zero is an improvement of 100%
        Comparison back = allocation(result("B/op", 16, 16, 16, 16, 16), result("B/op", 0, 0, 0, 0, 0));
        assertThat(back.changePercent()).isEqualTo(-100);
        assertThat(back.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void aPeakOfZeroIsRefusedNotComparedFromZero() throws IOException {
        // no running JVM peaks at 0 bytes: compared, it was a regression "from 0", or a drop of 100% the other way
        String zero = result("B/op", 1, 1, 1, 1, 1).replace("\"secondaryMetrics\":{",
                "\"secondaryMetrics\":{\"mem.peak.nmtCommitted.bytes\":{\"score\":0.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"bytes\"},");
        Path b = Files.writeString(dir.resolve("b.json"), "[" + zero + "]");
        assertThatThrownBy(() -> JmhJsonReader.read(b)).isInstanceOf(ResultFileException.class)
                .hasMessageContaining("b.json: result #1 (com.example.ParseBench.parse) secondary metric mem.peak.nmtCommitted.bytes "
                        + "is 0 bytes: no running JVM has a peak of 0");
    }

    @Test
    void aPeakInAUnitOfNoByteCountIsRefusedNamingFileAndResult() throws IOException {
        String misspelt = result("B/op", 1, 1, 1, 1, 1).replace("\"secondaryMetrics\":{",
                "\"secondaryMetrics\":{\"mem.peak.rssAnon.bytes\":{\"score\":2.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"Gbytes\"},");
        Path f = Files.writeString(dir.resolve("misspelt.json"), "[" + misspelt + "]");
        assertThatThrownBy(() -> JmhJsonReader.read(f)).isInstanceOf(ResultFileException.class)
                .hasMessageContaining("misspelt.json")
                .hasMessageContaining("result #1 (com.example.ParseBench.parse) secondary metric mem.peak.rssAnon.bytes is in "
                        + "'Gbytes', no unit of a byte count (bytes, B, KiB or KB");
    }
}
