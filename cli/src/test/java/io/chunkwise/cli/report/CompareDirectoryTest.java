package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: {@code compare baseline current}, given the two {@code bench --out} directories, said only
 * "is a directory, not a file", where {@code plan} and {@code report} name the JMH JSON inside.
 */
class CompareDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void aBenchOutputDirectoryIsRefusedNamingTheJsonInside() throws IOException {
        Path baseline = Files.createDirectories(dir.resolve("baseline"));
        Path json = Files.writeString(baseline.resolve("loader.json"), "[" + ReportPlanTuneCommandTest.result("full", 64, 0.64, 100) + "]");
        Files.writeString(baseline.resolve("loader.log"), "# JMH version: 1.37\n");
        CliRun run = CliRun.of("compare", baseline.toString(), json.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(baseline + ": is a directory, not a file; for benchmark results pass the JSON files "
                + "themselves, e.g. " + json);
        // a directory without JMH JSON gets no hint
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("compare", json.toString(), empty.toString());
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains(empty + ": is a directory, not a file").doesNotContain("e.g.");
    }
}
