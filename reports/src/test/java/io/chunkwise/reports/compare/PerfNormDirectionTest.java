package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -prof perfnorm}'s cycles per instruction: a cost, in a unit that names no direction. */
class PerfNormDirectionTest {
    static final String LOAD = "io.chunkwise.bench.LoadBench.load";

    @TempDir
    Path dir;

    @Test
    void cyclesPerInstructionDoubledInAThroughputBenchmarkIsARegression() throws IOException {
        // G13-4: "clks/insn" is neither a rate nor a cost per op, so the throughput mode decided: an improvement
        Path base = perfnorm("b.json", 0.5, 2.0);
        Path cur = perfnorm("c.json", 1.0, 1.0);
        ComparisonReport report = RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur),
                List.of("CPI", "IPC"));
        Comparison cpi = report.comparisons().get(1);
        Comparison ipc = report.comparisons().get(2);
        assertThat(cpi.metric()).isEqualTo("CPI");
        assertThat(cpi.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(cpi.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(ipc.metric()).isEqualTo("IPC");
        assertThat(ipc.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(report.regressions()).hasSize(2);
    }

    private Path perfnorm(String name, double cpi, double ipc) throws IOException {
        Path file = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 1),
                Map.of("CPI", cpi, "IPC", ipc)).write(dir.resolve(name));
        String json = Files.readString(file);
        json = json.replaceFirst("(\"CPI\" : \\{[^}]*\"scoreUnit\" : )\"bytes\"", "$1\"clks/insn\"")
                .replaceFirst("(\"IPC\" : \\{[^}]*\"scoreUnit\" : )\"bytes\"", "$1\"insns/clk\"");
        assertThat(json).contains("\"clks/insn\"").contains("\"insns/clk\"");
        return Files.writeString(file, json);
    }
}
