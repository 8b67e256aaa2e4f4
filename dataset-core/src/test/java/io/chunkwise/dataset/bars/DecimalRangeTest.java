package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decimal beyond even a double's range is refused as out of float32's, as one beyond float32's
 * alone is: {@code 1e-400} was read as 0 (a volume of 0 accepted, a price "not positive"), and
 * {@code 1e400} called non-finite, though written as a finite number.
 */
class DecimalRangeTest {
    @TempDir
    Path dir;

    @Test
    void decimalsBeyondADoubleAreOutOfRangeNotZeroOrInfinite() throws IOException {
        Path f = Files.writeString(dir.resolve("range.csv"), """
                timestamp,open,high,low,close,volume
                2024-01-08T00:00:00Z,1.1,1.2,1.0,1.1,1e-400
                2024-01-08T00:01:00Z,1.1,1.2,1.0,1.1,1e400
                2024-01-08T00:02:00Z,1.1,1.2,1e-400,1.1,3
                2024-01-08T00:03:00Z,1.1,1.2,1.0,1.1,0.000e-400
                2024-01-08T00:04:00Z,1.1,1.2,1.0,1.1,0e5
                """);
        BarsReading r = BarsReading.of(f, BarsLayout.DEFAULT);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(2L, 3L, 4L);
        assertThat(r.rejects()).extracting(BarReject::reason).containsExactly(
                "volume '1e-400' out of float32 range (the cache stores float32: 1.2e-38 to 3.4e38)",
                "volume '1e400' out of float32 range (the cache stores float32: 1.2e-38 to 3.4e38)",
                "low '1e-400' out of float32 range (the cache stores float32: 1.2e-38 to 3.4e38)");
        // zeros written as such are zeros, whatever their exponent
        assertThat(r.volumes()).containsExactly(0.0, 0.0);
    }
}
