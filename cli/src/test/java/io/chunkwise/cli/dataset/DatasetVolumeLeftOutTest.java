package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset cache} on a file whose volume column is blank, as FX exports leave it: the rejects
 * name {@code --volume-column none}, and with it the file is cached without a volume column.
 */
class DatasetVolumeLeftOutTest {
    @TempDir
    Path dir;

    private Path blankVolumes() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Timestamp,Open,High,Low,Close,Volume");
        for (String l : Bars.lines(40)) {
            lines.add(l.substring(0, l.lastIndexOf(',') + 1));
        }
        return Files.write(dir.resolve("blank.csv"), lines);
    }

    @Test
    void everyRowRejectedForABlankVolumeSaysWhichOptionReadsTheFile() throws IOException {
        Path out = dir.resolve("b.arrow");
        CliRun r = CliRun.of("dataset", "cache", blankVolumes().toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("blank.csv: 0 accepted rows and 40 rejected")
                .contains("blank.csv:2 (byte 37): bad volume '': empty; if the file has no volumes, add --volume-column none")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void volumeColumnNoneCachesTheBarsWithoutAVolume() throws IOException {
        Path out = dir.resolve("b.arrow");
        CliRun r = CliRun.of("dataset", "cache", blankVolumes().toString(), "-o", out.toString(), "--features", "ret",
                "--volume-column", "none", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("accepted").asLong()).isEqualTo(40);
        assertThat(j.get("rejected").asLong()).isZero();
        assertThat(j.get("rows").asLong()).isEqualTo(39);
        assertThat(j.get("volume").asBoolean()).isFalse();
        assertThat(j.get("sourceColumns").asText()).endsWith("volume absent (not in the cache)");
        assertThat(j.get("columns").toString()).doesNotContain("volume");
    }
}
