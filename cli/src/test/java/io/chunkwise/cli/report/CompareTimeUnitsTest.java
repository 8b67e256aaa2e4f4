package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: compare refused a baseline in ops/s beside a current run in ops/ms. The fixtures are real
 * runs, trimmed to the primary metrics: {@code bench --quick --suite loader -- -f 1 -wi 1 -i 3 -r 1
 * -w 1 LookupBenchmark}, once as it is and once with {@code -tu ms}; and {@code -bm avgt
 * LookupBenchmark.offsets}.
 */
class CompareTimeUnitsTest {
    private static final String LOOKUP = "io.chunkwise.bench.loader.LookupBenchmark.";

    @TempDir
    Path dir;

    private static String result(String method, String mode, double score, double error, String unit, double... raw) {
        StringBuilder values = new StringBuilder();
        for (double v : raw) {
            values.append(values.isEmpty() ? "" : ",").append(v);
        }
        return """
                {"jmhVersion":"1.37","benchmark":"%s%s","mode":"%s","threads":1,"forks":1,"params":{"size":"64MiB"},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"%s","rawData":[[%s]]},"secondaryMetrics":{}}"""
                .formatted(LOOKUP, method, mode, score, error, unit, values);
    }

    private Path file(String name, String... results) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
    }

    /** The run as bench writes it: lookups in ops/s (their @OutputTimeUnit), openAndFirst in ms/op. */
    private Path perSecond() throws IOException {
        return file("per-second.json",
                result("offsets", "thrpt", 5543220.891411767, 38096741.56901088, "ops/s", 3349568.4337358125, 5773132.088353691,
                        7506962.1521458),
                result("records", "thrpt", 591476.3759411363, 3940440.063378139, "ops/s", 342599.3872767923, 701902.2991755733,
                        729927.4413710432),
                result("openAndFirst", "avgt", 2.159216116091615, 8.911620895287538, "ms/op", 2.681549959893048,
                        2.0823975904365906, 1.7137007979452055));
    }

    /** The run with -tu ms: lookups in ops/ms. */
    private Path perMillisecond() throws IOException {
        return file("per-ms.json",
                result("offsets", "thrpt", 7821.811502819153, 7558.772541769131, "ops/ms", 7358.629684602568, 7949.674255674736,
                        8157.130568180156),
                result("records", "thrpt", 824.321398422899, 725.1157056828268, "ops/ms", 781.2808316609354, 832.0438632902509,
                        859.6395003175107),
                result("openAndFirst", "avgt", 1.7058984445613126, 3.565285356923682, "ms/op", 1.9073653631178706,
                        1.6931954720812183, 1.5171344984848485));
    }

    @Test
    void aCurrentRunInOpsPerMillisecondIsComparedInTheBaselinesOpsPerSecond() throws IOException {
        CliRun run = CliRun.of("compare", perSecond().toString(), perMillisecond().toString(), "--require", "offsets/records >= 5");
        assertThat(run.code()).as(run.err()).isZero();
        // 7,822 ops/ms is 7,821,812 ops/s: 41% faster, not 99.9% slower
        assertThat(run.err()).startsWith("**No performance regression**: 0 regressions, 3 improvements")
                .contains("| LookupBenchmark.offsets (thrpt) | size=64MiB | 5,543,221 ± 38,096,742 ops/s | 7,821,812 ± 7,558,773 ops/s "
                        + "| +41.1% | improvement")
                .contains("| LookupBenchmark.records (thrpt) | size=64MiB | 591,476 ± 3,940,440 ops/s | 824,321 ± 725,116 ops/s | +39.4% |")
                .contains("2 current scores measured in ops/ms are shown and compared in ops/s, the baseline's unit "
                        + "(1 ops/ms = 1,000 ops/s).")
                // the gate is within CURRENT, whose two lookups share a unit: the same ratio as in ops/s
                .contains("| offsets/records >= 5 | LookupBenchmark [thrpt] {size=64MiB} | 9.49× | pass |");

        CliRun json = CliRun.of("compare", perSecond().toString(), perMillisecond().toString(), "--json");
        assertThat(json.code()).isZero();
        JsonNode offsets = json.json().get("comparisons").get(0);
        assertThat(offsets.get("current").get("unit").asText()).isEqualTo("ops/s");
        assertThat(offsets.get("current").get("score").asDouble()).isCloseTo(7821811.502819153, within(1e-6));
        assertThat(offsets.get("currentConvertedFrom").asText()).isEqualTo("ops/ms");
        assertThat(offsets.get("changePercent").asDouble()).isCloseTo(41.1, within(0.05));
        JsonNode openAndFirst = json.json().get("comparisons").get(2);
        assertThat(openAndFirst.get("currentConvertedFrom").isNull()).as("ms/op in both").isTrue();
    }

    @Test
    void aSlowerRunInAnotherUnitIsARegressionInEitherDirection() throws IOException {
        // the other way round: the ops/s run judged against the ops/ms baseline, in ops/ms
        CliRun run = CliRun.of("compare", perMillisecond().toString(), perSecond().toString());
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("**Performance regression**: 3 regressions")
                .contains("| LookupBenchmark.offsets (thrpt) | size=64MiB | 7,822 ± 7,559 ops/ms | 5,543 ± 38,097 ops/ms | -29.1% | REGRESSION")
                .contains("| LookupBenchmark.openAndFirst (avgt) | size=64MiB | 1.71 ± 3.57 ms/op | 2.16 ± 8.91 ms/op | +26.6% | REGRESSION")
                .contains("2 current scores measured in ops/s are shown and compared in ops/ms, the baseline's unit "
                        + "(1,000 ops/s = 1 ops/ms).")
                .endsWith("compare: 3 regressions" + System.lineSeparator());
    }

    @Test
    void aModeOrAUnitThatDoesNotConvertIsRefusedSayingWhy() throws IOException {
        Path base = perSecond();
        Path avgt = file("avgt.json", result("offsets", "avgt", 1.2880090678496602e-07, 2.3368196277545528e-07, "s/op",
                1.4137669673675364e-07, 1.2925504193497058e-07, 1.1577098168317382e-07));
        CliRun modes = CliRun.of("compare", base.toString(), avgt.toString());
        assertThat(modes.code()).isEqualTo(2);
        assertThat(modes.err().strip()).doesNotContain("\n").isEqualTo("chunkwise compare: " + LOOKUP + "offsets {size=64MiB} is "
                + "measured in thrpt (ops/s) in " + base + " and in avgt (s/op) in " + avgt + ": a throughput and an average time per "
                + "operation are different measures, which no unit conversion makes one; measure both runs in one mode (JMH -bm thrpt)");

        // derived by hand from the ops/s run: the unit edited to bytes
        Path bytes = file("bytes.json", result("offsets", "thrpt", 5543220.891411767, 38096741.56901088, "bytes",
                3349568.4337358125, 5773132.088353691, 7506962.1521458));
        CliRun units = CliRun.of("compare", base.toString(), bytes.toString());
        assertThat(units.code()).isEqualTo(2);
        assertThat(units.err().strip()).doesNotContain("\n").contains("units differ (ops/s in " + base + " vs bytes in " + bytes + "): bytes is no rate of operations "
                + "or time per operation, so it does not convert to ops/s").doesNotContain("Exception");
    }
}
