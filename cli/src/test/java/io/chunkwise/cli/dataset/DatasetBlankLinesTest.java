package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset cache} counts the empty lines it skips, on stderr and in {@code --json} (QA: one vanished from every count). */
class DatasetBlankLinesTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyLineIsCountedNotLost() throws IOException {
        List<String> lines = new ArrayList<>(List.of(Bars.HEADER));
        lines.addAll(Bars.lines(50));
        lines.add(26, "");
        Path csv = Files.write(dir.resolve("bars.csv"), lines);
        Path out = dir.resolve("bars.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("(50 accepted, 0 rejected, 1 blank line skipped, 1 warm-up dropped)");

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        long counted = r.json().get("accepted").asLong() + r.json().get("rejected").asLong() + r.json().get("skipped").asLong()
                + r.json().get("blankLines").asLong();
        assertThat(r.json().get("blankLines").asLong()).isEqualTo(1);
        assertThat(counted).as("every line after the header").isEqualTo(lines.size() - 1);
    }
}
