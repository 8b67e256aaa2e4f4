package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --batch} larger than the epoch allocates (and estimates) one batch, not workers × (prefetch + 2). */
class DatasetBatchLargerThanEpochTest {
    @TempDir
    Path dir;

    @Test
    void oneBatchOfTheWholeEpochIsOneBufferWhateverTheWorkersAndPrefetch() throws IOException {
        Path csv = Bars.write(dir.resolve("b.csv"), Bars.lines(300));
        Path cache = dir.resolve("b.arrow");
        CliRun c = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--features", "ret");
        assertThat(c.code()).as(c.err()).isZero();
        CliRun r = CliRun.of("dataset", "iterate", cache.toString(), "--window", "8", "--batch", "1000000",
                "--workers", "2", "--prefetch", "4", "--mode", "standard", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("batches").asLong()).isEqualTo(1);
        long samples = j.get("samples").asLong();
        int width = j.get("features").size();
        // one batch of every sample: its windows and targets (float32) and sample indices (long)
        assertThat(j.get("bufferBytes").asLong()).isEqualTo(samples * (8L * width + 1) * Float.BYTES + samples * Long.BYTES);
    }
}
