package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: results of a real {@code bench --suite loader} run with mmap's peak RssAnon edited to 0 were
 * planned as "MMAP 0 B, fits 2 GiB, recommended" (exit 0), and compared as a memory drop of 100%
 * (an improvement, exit 0). Every command refuses the file instead (exit 2), naming it.
 */
class ZeroPeakCommandTest {
    @TempDir
    Path dir;

    private Path results(String name, double mmapPeakMiB) throws IOException {
        List<String> rs = new ArrayList<>();
        double[] wobble = {0.4, -0.3, 0.2};
        int i = 0;
        for (int size : new int[] {8, 32, 64}) {
            rs.add(ReportPlanTuneCommandTest.result("full", size, size / 100.0, 500 + 3 * size + wobble[i]));
            rs.add(ReportPlanTuneCommandTest.result("mmap", size, size / 200.0, size == 64 ? mmapPeakMiB : 380 + wobble[i]));
            i++;
        }
        return Files.writeString(dir.resolve(name), "[" + String.join(",", rs) + "]");
    }

    @Test
    void planReportAndCompareRefuseAPeakOfZero() throws IOException {
        Path zero = results("zero.json", 0);
        String reason = zero + ": result #6 (io.chunkwise.bench.LoadBench.load) secondary metric mem.peak.rssAnon.bytes is 0 bytes: "
                + "no running JVM has a peak of 0";
        CliRun plan = CliRun.of("plan", zero.toString(), "--target-size", "200GB", "--memory-budget", "2GiB");
        assertThat(plan.code()).as(plan.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(plan.err()).contains(reason).doesNotContain("0 B |").doesNotContain("\tat ");
        assertThat(plan.out()).isEmpty();
        CliRun report = CliRun.of("report", zero.toString(), "--out", dir.resolve("report").toString());
        assertThat(report.code()).as(report.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(report.err()).contains(reason);

        Path measured = results("measured.json", 381);
        CliRun compare = CliRun.of("compare", measured.toString(), zero.toString(), "--secondary", "mem.peak.rssAnon.bytes");
        assertThat(compare.code()).as(compare.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(compare.err()).contains(reason);
        assertThat(compare.out()).doesNotContain("improvement");
        // the same file with its peak measured plans as ever
        CliRun fine = CliRun.of("plan", measured.toString(), "--target-size", "200GB", "--memory-budget", "2GiB");
        assertThat(fine.code()).as(fine.err()).isZero();
    }
}
