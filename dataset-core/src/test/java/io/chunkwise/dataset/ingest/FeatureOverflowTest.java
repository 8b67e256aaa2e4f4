package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.bars.BarReject;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleSpec;
import io.chunkwise.dataset.sample.StandardDataset;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row whose feature float32 cannot hold (QA-9 D-3: prices of 1e-30 then 1e30, each in range, make a
 * return of 1e60) is rejected with its line, byte and feature, never written as an infinity that every
 * dataset then refuses; the counts add up and the rejects stay in line order.
 */
class FeatureOverflowTest {
    private static final String BAR = "1.10000,1.10010,1.09990,1.10005,1";

    @TempDir
    Path dir;

    /** @return a bars file of these rows, each a normal bar unless given as its prices and volume */
    private Path bars(String name, int rows, java.util.Map<Integer, String> special) throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        LocalDateTime t = LocalDateTime.of(2024, 1, 8, 0, 0);
        for (int i = 0; i < rows; i++) {
            String row = special.getOrDefault(i, BAR);
            csv.append(row.startsWith("!") ? row.substring(1) : t.plusMinutes(i) + ":00," + row).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    @Test
    void aRowWhoseFeatureOverflowsFloat32IsRejectedNamingItAndTheCacheReadsInEveryMode() throws IOException {
        Path csv = bars("overflow.csv", 100, java.util.Map.of(
                50, "1e-30,1e-30,1e-30,1e-30,1", 51, "1e30,1e30,1e30,1e30,1",
                58, "!2024-01-08T00:61:00,1.1,1.1001,1.0999,1.10005,1",
                80, "1e-30,1e-30,1e-30,1e-30,1", 81, "1e30,1e30,1e30,1e30,1"));
        String text = Files.readString(csv);
        for (int batchRows : new int[] {1, 7, 16, 100, 65536}) {
            Path cache = dir.resolve("o" + batchRows + ".arrow");
            List<BarReject> rejects = new ArrayList<>();
            CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret,vol:5"), batchRows)
                    .build(csv, cache, d -> { }, rejects::add);
            assertThat(rejects).as("batch rows %d", batchRows).extracting(BarReject::line).containsExactly(53L, 60L, 83L);
            assertThat(rejects.getFirst().reason()).isEqualTo("feature ret = 1.00e+60 out of float32 range (the cache"
                    + " stores float32, up to 3.4e38 in magnitude): extreme prices in this row or the ones before it");
            assertThat(rejects.get(2).reason()).startsWith("feature ret = 1.00e+60 out of float32 range");
            assertThat(rejects.getFirst().offset()).isEqualTo(text.indexOf("2024-01-08T00:51:00,1e30"));
            assertThat(rejects.get(2).offset()).isEqualTo(text.indexOf("2024-01-08T01:21:00,1e30"));
            assertThat(s.accepted()).isEqualTo(97);
            assertThat(s.rejected()).isEqualTo(3);
            assertThat(s.accepted() + s.rejected()).isEqualTo(100);
            assertThat(s.rows()).isEqualTo(s.accepted() - s.warmupDropped()).isEqualTo(92);
            assertThat(s.firstRejects()).hasSize(3).first().asString().startsWith(csv + ":53 (byte ");
            for (ReadMode read : ReadMode.values()) {
                try (CacheTable t = read.open(cache)) {
                    SampleLayout layout = new SampleSpec(List.of(), "close", 4, 1).bind(t);
                    StandardDataset.load(t, layout).close();
                    assertThat(t.rows()).isEqualTo(92);
                }
            }
        }
    }

    @Test
    void whenEveryRowAfterTheWarmUpOverflowsNoCacheIsWrittenAndEveryRejectIsHandedOn() throws IOException {
        Path cache = dir.resolve("two.arrow");
        List<BarReject> rejects = new ArrayList<>();
        Path onlyTwo = bars("two.csv", 2, java.util.Map.of(0, "1e-30,1e-30,1e-30,1e-30,1", 1, "1e30,1e30,1e30,1e30,1"));
        assertThatThrownBy(() -> new CacheBuilder(FeatureSpec.parse("ret"), 16).build(onlyTwo, cache, d -> { }, rejects::add))
                .isInstanceOf(TooFewRowsException.class)
                .hasMessageStartingWith(onlyTwo + ": no row to write: every row after the features' warm-up of 1 was"
                        + " rejected (1), most as 1 × feature ret = 1.00e+60 out of float32 range")
                .hasMessageContaining("(first: " + onlyTwo + ":3 (byte " + Files.readString(onlyTwo).indexOf("2024-01-08T00:01")
                        + "): feature ret = 1.00e+60");
        assertThat(rejects).extracting(BarReject::line).containsExactly(3L);
        assertThat(cache).doesNotExist();
    }
}
