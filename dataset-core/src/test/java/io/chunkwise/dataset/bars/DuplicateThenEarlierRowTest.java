package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A duplicate followed by an earlier row: the first row is kept, the duplicate named as one, the
 * earlier row as out of order, for every chunk size and wherever the rows are in the file.
 */
class DuplicateThenEarlierRowTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final String PRICES = ",1.1,1.2,1.0,1.1,5\n";

    @TempDir
    Path dir;

    private Path write(String name, String... times) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String t : times) {
            csv.append(t).append(PRICES);
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private static List<Long> accepted(Path file, int chunkRows, List<BarReject> rejects) {
        List<Long> times = new ArrayList<>();
        BarChunk c = new BarChunk(chunkRows);
        try (BarsCsvReader reader = new BarsCsvReader(file, rejects::add)) {
            while (reader.read(c)) {
                for (int i = 0; i < c.size(); i++) {
                    times.add(c.time()[i]);
                }
            }
        }
        return times;
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aloneInTheFile() throws IOException {
        Path file = write("alone.csv", "2024-01-02T00:01:00Z", "2024-01-02T00:01:00Z", "2024-01-02T00:00:30Z");
        for (int chunkRows : new int[] {1, 2, 100}) {
            List<BarReject> rejects = new ArrayList<>();
            assertThat(accepted(file, chunkRows, rejects)).as("chunk %d", chunkRows)
                    .containsExactly(ms("2024-01-02T00:01:00Z"));
            assertThat(rejects).extracting(BarReject::line).containsExactly(3L, 4L);
            assertThat(rejects.get(0).reason()).isEqualTo("duplicate timestamp '2024-01-02T00:01:00Z' (as line 2)");
            assertThat(rejects.get(1).reason()).isEqualTo("timestamp '2024-01-02T00:00:30Z' not after the previous"
                    + " row's ('2024-01-02T00:01:00Z', line 2)");
            assertThat(rejects.get(1).offset()).isEqualTo(HEADER.length() + 2L * ("2024-01-02T00:01:00Z" + PRICES).length());
        }
    }

    @Test
    void amongOtherRows() throws IOException {
        Path file = write("among.csv", "2024-01-02T00:00:00Z", "2024-01-02T00:01:00Z", "2024-01-02T00:01:00Z",
                "2024-01-02T00:00:30Z", "2024-01-02T00:02:00Z", "2024-01-02T00:03:00Z");
        for (int chunkRows : new int[] {1, 3, 100}) {
            List<BarReject> rejects = new ArrayList<>();
            assertThat(accepted(file, chunkRows, rejects)).as("chunk %d", chunkRows).containsExactly(
                    ms("2024-01-02T00:00:00Z"), ms("2024-01-02T00:01:00Z"), ms("2024-01-02T00:02:00Z"),
                    ms("2024-01-02T00:03:00Z"));
            assertThat(rejects).extracting(BarReject::reason).containsExactly(
                    "duplicate timestamp '2024-01-02T00:01:00Z' (as line 3)",
                    "timestamp '2024-01-02T00:00:30Z' not after the previous row's ('2024-01-02T00:01:00Z', line 3)");
        }
    }

    @Test
    void aMistypedTimestampRepeatedIsStillTheOutlier() throws IOException {
        // the duplicate only breaks a tie: a far-future pair before ordered rows is still rejected
        Path file = write("future.csv", "2024-01-02T00:00:00Z", "2042-01-02T00:01:00Z", "2042-01-02T00:01:00Z",
                "2024-01-02T00:01:00Z", "2024-01-02T00:02:00Z", "2024-01-02T00:03:00Z");
        List<BarReject> rejects = new ArrayList<>();
        assertThat(accepted(file, 100, rejects)).hasSize(4);
        assertThat(rejects).extracting(BarReject::line).containsExactly(3L, 4L);
        assertThat(rejects).allSatisfy(r -> assertThat(r.reason()).contains("2042").contains("out of order"));
    }
}
