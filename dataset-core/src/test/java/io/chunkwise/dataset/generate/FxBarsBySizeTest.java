package io.chunkwise.dataset.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bars by size: the bars of the same spec by rows, cut before the first that would pass the size, never a part of one. */
class FxBarsBySizeTest {
    private static final FxPair EUR = FxPair.of("EURUSD");
    private static final Instant START = FxBarsSpec.DEFAULT_START;

    @TempDir
    Path dir;

    @Test
    void aSizeWritesWholeBarsUpToItAndTheSameBarsAsRows() throws IOException {
        Path rows = dir.resolve("rows.csv");
        new FxBarsGenerator(FxBarsSpec.of(EUR, Duration.ofMinutes(1), 5_000).withSeed(3)).generate(rows, d -> { });
        List<String> all = Files.readAllLines(rows);
        for (long size : new long[] {1024, 100_000, 100_037}) {
            Path sized = dir.resolve("size-" + size + ".csv");
            FxBarsSummary s = new FxBarsGenerator(FxBarsSpec.ofSize(EUR, Duration.ofMinutes(1), size, 3, START))
                    .generate(sized, d -> { });
            List<String> lines = Files.readAllLines(sized);
            assertThat(Files.size(sized)).isEqualTo(s.bytes()).isLessThanOrEqualTo(size);
            assertThat(lines).isEqualTo(all.subList(0, lines.size()));
            assertThat(s.rows()).isEqualTo(lines.size() - 1);
            // the next bar would not have fit
            assertThat(s.bytes() + all.get(lines.size()).length() + 1).isGreaterThan(size);
            assertThat(s.last()).isEqualTo(Instant.parse(lines.getLast().substring(0, 20)));
        }
    }

    @Test
    void aSizeIsRefusedWhenItCannotHoldTheHeaderOrWouldRunPastTheYear9999() {
        assertThatThrownBy(() -> FxBarsSpec.ofSize(EUR, Duration.ofMinutes(1), 10, 1, START))
                .hasMessageContaining("cannot hold the header");
        assertThatThrownBy(() -> FxBarsSpec.ofSize(EUR, Duration.ofDays(1), 1L << 30, 1, START))
                .hasMessageStartingWith("a size of 1,073,741,824 bytes holds up to").hasMessageContaining("year 9999")
                .hasMessageContaining("use a smaller size");
        assertThatThrownBy(() -> FxBarsSpec.ofSize(EUR, Duration.ofDays(2), 1L << 30, 1, START))
                .hasMessageContaining("whole seconds from 1s to 1d");
    }
}
