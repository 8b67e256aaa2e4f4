package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader counts how it read the timestamps, so that a summary names local times only when it read some. */
class TimestampKindsTest {
    @TempDir
    Path dir;

    private TimestampKinds read(String rows, String zone) throws IOException {
        Path f = Files.writeString(dir.resolve("b.csv"), "timestamp,open,high,low,close\n" + rows);
        try (BarsCsvReader reader = new BarsCsvReader(f, new BarsLayout(',', Map.of(), ZoneId.of(zone),
                BarsLayout.Header.AUTO, false), r -> { })) {
            BarChunk chunk = new BarChunk(4);
            while (reader.read(chunk)) {
                assertThat(chunk.size()).isPositive();
            }
            return reader.timestampKinds();
        }
    }

    @Test
    void offsetsLocalTimesAndEpochNumbersAreCountedApart() throws IOException {
        TimestampKinds offsets = read("""
                2024-01-02T17:00:00+02:00,1,1,1,1
                2024-01-02T17:01:00Z,1,1,1,1
                2024-01-02 17:02:00 Z[UTC],1,1,1,1
                """, "Europe/Athens");
        assertThat(offsets).isEqualTo(new TimestampKinds(0, 3, 0, null));
        assertThat(offsets.describe("Europe/Athens")).isEqualTo("offsets given in the file, converted to UTC");

        TimestampKinds local = read("""
                2024-01-02 17:00:00,1,1,1,1
                20240102 170100,1,1,1,1
                2024-01-03,1,1,1,1
                """, "Europe/Athens");
        assertThat(local).isEqualTo(new TimestampKinds(3, 0, 0, null));
        assertThat(local.describe("Europe/Athens")).isEqualTo("local times in Europe/Athens");

        TimestampKinds mixed = read("""
                2024-01-02 17:00:00,1,1,1,1
                2024-01-02T17:01:00+00:00,1,1,1,1
                not a time,1,1,1,1
                """, "UTC");
        assertThat(mixed).as("a timestamp that does not parse is no kind").isEqualTo(new TimestampKinds(1, 1, 0, null));
        assertThat(mixed.describe("UTC")).isEqualTo("local times in UTC; offsets given in the file, converted to UTC");

        TimestampKinds epoch = read("""
                1704214800,1,1,1,1
                1704214860.5,1,1,1,1
                """, "UTC");
        assertThat(epoch).isEqualTo(new TimestampKinds(0, 0, 2, "seconds"));
        assertThat(epoch.describe("UTC")).isEqualTo("epoch seconds (instants)");
        assertThat(new TimestampKinds(0, 0, 0, null).describe("UTC")).as("nothing read: the layout's clock")
                .isEqualTo("local times in UTC");
    }
}
