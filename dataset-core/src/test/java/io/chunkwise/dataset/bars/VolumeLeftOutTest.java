package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volume column left blank (FX has no central volume, and exports leave it empty) can be left out
 * of the cache by naming the volume column {@link BarsLayout#NO_COLUMN}; without that, each row's
 * reject says so, rather than leaving a file that can never be read.
 */
class VolumeLeftOutTest {
    private static final String BLANK_VOLUMES = """
            Timestamp,Open,High,Low,Close,Volume
            2024-01-08 00:00,1.09000,1.09040,1.08999,1.09026,
            2024-01-08 00:01,1.09026,1.09027,1.09000,1.09011,
            2024-01-08 00:02,1.09011,1.09020,1.09001,1.09015,
            """;

    @TempDir
    Path dir;

    @Test
    void aBlankVolumeIsRejectedSayingHowToLeaveTheVolumeOut() throws IOException {
        Path csv = Files.writeString(dir.resolve("blank.csv"), BLANK_VOLUMES);
        BarsReading r = BarsReading.of(csv, BarsLayout.DEFAULT);
        assertThat(r.times()).isEmpty();
        assertThat(r.rejects()).hasSize(3);
        assertThat(r.rejects().get(0).line()).isEqualTo(2);
        assertThat(r.rejects().get(0).offset()).isEqualTo(37);
        assertThat(r.rejects().get(0).reason()).isEqualTo("bad volume '': empty; if the file has no volumes, leave the volume out");
    }

    @Test
    void theVolumeColumnNamedAsNoneIsLeftOut() throws IOException {
        Path csv = Files.writeString(dir.resolve("blank.csv"), BLANK_VOLUMES);
        BarsReading r = BarsReading.of(csv, new BarsLayout(',', Map.of(BarField.VOLUME, "none"), ZoneOffset.UTC));
        assertThat(r.rejects()).isEmpty();
        assertThat(r.opens()).containsExactly(1.09000, 1.09026, 1.09011);
        assertThat(r.volumes()).allMatch(v -> Double.isNaN(v)).hasSize(3);
        assertThat(r.columns()).endsWith("volume absent (not in the cache)");
    }

    @Test
    void noneLeavesOutTheVolumeOfAHeaderlessFileToo() throws IOException {
        Path csv = Files.writeString(dir.resolve("h.csv"), """
                20240108 000000;1.09000;1.09040;1.08999;1.09026;
                20240108 000100;1.09026;1.09027;1.09000;1.09011;
                """);
        BarsReading r = BarsReading.of(csv, new BarsLayout(';', Map.of(BarField.VOLUME, "None"), ZoneOffset.UTC));
        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).hasSize(2);
        assertThat(r.columns()).endsWith("volume absent (not in the cache)");
    }

    @Test
    void onlyTheVolumeMayBeNone() throws IOException {
        Path csv = Files.writeString(dir.resolve("blank.csv"), BLANK_VOLUMES);
        assertThatThrownBy(() -> BarsReading.of(csv, new BarsLayout(',', Map.of(BarField.OPEN, "none"), ZoneOffset.UTC)))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("header has no column 'none'");
    }
}
