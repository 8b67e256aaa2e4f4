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

/** {@code --help} of the dataset commands says what they do (QA-9 D-9): each claim checked against a run. */
class DatasetHelpTest {
    @TempDir
    Path dir;

    /** @return the help as one line: picocli wraps it wherever the width falls */
    private static String help(String command) {
        CliRun r = CliRun.of("dataset", command, "--help");
        assertThat(r.code()).isZero();
        return r.out().replaceAll("\\s+", " ");
    }

    @Test
    void theVolumeNamesInTheHelpIncludeVWhichIsRead() throws IOException {
        assertThat(help("cache")).contains("(default: volume, vol, v, tick volume or tickvol;");
        List<String> lines = new ArrayList<>(List.of("time,o,h,l,c,v"));
        lines.addAll(Bars.lines(30));
        Path csv = Files.write(dir.resolve("v.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("v.arrow").toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("volume ← 'v'");
    }

    @Test
    void theWorkersRangeInTheHelpIsTheOneEnforced() {
        assertThat(help("iterate")).contains("Worker threads assembling batches, 0 to 256; 0 = in the main thread");
        Path csv = Bars.write(dir.resolve("b.csv"), Bars.lines(40));
        Path cache = dir.resolve("b.arrow");
        assertThat(CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--features", "ret").code()).isZero();
        CliRun over = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--workers", "257");
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err()).contains("--workers must be in 0..256: 257");
        CliRun most = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--mode", "iterable",
                "--workers", "256");
        assertThat(most.code()).as(most.err()).isZero();
    }
}
