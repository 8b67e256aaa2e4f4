package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One row of a cache, one sample of an epoch, in the singular, as one batch was ("1 rows", "1 samples in 1 batch"). */
class DatasetSingularTest {
    @TempDir
    Path dir;

    @Test
    void oneSampleIsSingular() {
        Path csv = Bars.write(dir.resolve("b.csv"), Bars.lines(12));
        Path arrow = dir.resolve("b.arrow");
        CliRun cache = CliRun.of("dataset", "cache", csv.toString(), "-o", arrow.toString(), "--features", "ret");
        assertThat(cache.code()).as(cache.err()).isZero();
        assertThat(cache.err()).contains("b.arrow: 11 rows (12 accepted");
        // 11 rows: a window of 10 and a horizon of 1 make one sample
        CliRun r = CliRun.of("dataset", "iterate", arrow.toString(), "--window", "10");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(": 1 sample in 1 batch of [1, 10, 6]");
        r = CliRun.of("dataset", "iterate", arrow.toString(), "--window", "9");
        assertThat(r.err()).contains(": 2 samples in 1 batch of [2, 9, 6]");
    }

    @Test
    void oneRowIsSingular() {
        Path csv = Bars.write(dir.resolve("two.csv"), Bars.lines(2));
        CliRun cache = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("two.arrow").toString(), "--features", "ret");
        assertThat(cache.code()).as(cache.err()).isZero();
        assertThat(cache.err()).contains("two.arrow: 1 row (2 accepted, 0 rejected, 1 warm-up dropped)");
    }
}
