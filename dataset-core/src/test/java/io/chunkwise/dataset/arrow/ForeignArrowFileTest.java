package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.sample.Batch;
import io.chunkwise.dataset.sample.BatchLoader;
import io.chunkwise.dataset.sample.EpochResult;
import io.chunkwise.dataset.sample.IterableDataset;
import io.chunkwise.dataset.sample.LoaderOptions;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleOrder;
import io.chunkwise.dataset.sample.SampleSpec;
import io.chunkwise.dataset.sample.StandardDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written by arrow-js 18.1 (src/test/resources/arrow-js/make-foreign.mjs): a Utf8 column
 * between the timestamp and the floats, a float64 column, uneven record batches (50, 1, 49 rows).
 */
class ForeignArrowFileTest {
    @TempDir
    Path dir;

    private Path file() throws IOException {
        Path f = dir.resolve("foreign-js.arrow");
        try (InputStream in = getClass().getResourceAsStream("/arrow-js/foreign-js.arrow")) {
            Files.copy(in, f);
        }
        return f;
    }

    @Test
    void bothReadersSeeTheSameColumnsAndValues() throws IOException {
        Path f = file();
        for (ReadMode mode : ReadMode.values()) {
            try (CacheTable t = mode.open(f); RowReader r = t.reader()) {
                assertThat(t.rows()).isEqualTo(100);
                assertThat(t.batches()).isEqualTo(3);
                assertThat(t.columns().stream().map(CacheColumn::name))
                        .containsExactly("timestamp", "symbol", "open", "high", "low", "close", "volume");
                assertThat(t.columns().stream().map(CacheColumn::type)).containsExactly(ColumnType.OTHER,
                        ColumnType.OTHER, ColumnType.FLOAT32, ColumnType.FLOAT32, ColumnType.FLOAT32,
                        ColumnType.FLOAT32, ColumnType.FLOAT64);
                int[] cols = {2, 3, 4, 5, 6};
                float[] got = new float[100 * cols.length];
                r.read(0, 100, cols, got, 0);
                for (int row = 0; row < 100; row++) {
                    assertThat(got[row * 5]).as("%s open@%d", mode, row).isEqualTo((float) (1 + row / 1000.0));
                    assertThat(got[row * 5 + 1]).isEqualTo((float) (1 + row / 1000.0 + 0.25));
                    assertThat(got[row * 5 + 2]).isEqualTo((float) (1 + row / 1000.0 - 0.25));
                    assertThat(got[row * 5 + 3]).isEqualTo((float) (1 + row / 500.0));
                    assertThat(got[row * 5 + 4]).isEqualTo((float) (row * 10 + 0.5));
                }
            }
        }
    }

    @Test
    void standardAndIterableAgreeOnTheForeignFile() throws IOException {
        Path f = file();
        try (CacheTable t = ReadMode.MAPPED.open(f)) {
            SampleLayout layout = new SampleSpec(List.of(), "close", 10, 3).bind(t);
            assertThat(layout.featureNames()).containsExactly("open", "high", "low", "close", "volume");
            assertThat(layout.samples()).isEqualTo(100 - 10 - 3 + 1);
            EpochResult std;
            EpochResult it;
            try (StandardDataset s = StandardDataset.load(t, layout);
                 BatchLoader l = new BatchLoader(s, SampleOrder.natural(layout.samples()), new LoaderOptions(8, 2, 2, 0))) {
                std = EpochResult.drain(l, n -> { });
            }
            try (IterableDataset s = new IterableDataset(t, layout, 3);
                 BatchLoader l = new BatchLoader(s, SampleOrder.natural(layout.samples()), new LoaderOptions(8, 2, 2, 0))) {
                it = EpochResult.drain(l, n -> { });
            }
            assertThat(it.samples()).isEqualTo(std.samples()).isEqualTo(88);
            assertThat(it.checksum()).isEqualTo(std.checksum());
            // sample 0, row 2, feature close; target = close at row 0 + 10 − 1 + 3
            try (IterableDataset s = new IterableDataset(t, layout, 3);
                 BatchLoader l = new BatchLoader(s, SampleOrder.natural(layout.samples()), new LoaderOptions(1, 0, 1, 0))) {
                Batch b = l.next();
                assertThat(b.features()[2 * 5 + 3]).isEqualTo((float) (1 + 2 / 500.0));
                assertThat(b.targets()[0]).isEqualTo((float) (1 + 12 / 500.0));
            }
        }
    }
}
