package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Broken caches fail with a {@link CacheFormatException} naming the file and the problem, in both readers. */
class MalformedCacheTest {
    @TempDir
    Path dir;
    Path good;
    byte[] bytes;

    @BeforeEach
    void cache() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 200, 3);
        good = dir.resolve("good.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,ema:5"), 50).build(csv, good, d -> { }, r -> { });
        bytes = Files.readAllBytes(good);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void truncatedFile(ReadMode mode) throws IOException {
        Path f = write("truncated.arrow", Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> mode.open(f).close()).isInstanceOf(CacheFormatException.class)
                .hasMessageStartingWith(f.toString());
        Path tiny = write("tiny.arrow", Arrays.copyOf(bytes, 9));
        assertThatThrownBy(() -> mode.open(tiny).close()).isInstanceOf(CacheFormatException.class)
                .hasMessageStartingWith(tiny.toString());
        Path empty = write("empty.arrow", new byte[0]);
        assertThatThrownBy(() -> mode.open(empty).close()).isInstanceOf(CacheFormatException.class);
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void lastBatchCutOffButFooterKept(ReadMode mode) throws IOException {
        // same length, footer intact, but a record batch's metadata zeroed: the blocks point at garbage
        byte[] broken = bytes.clone();
        Arrays.fill(broken, 8, Math.min(broken.length - 200, 2000), (byte) 0);
        Path f = write("zeroed.arrow", broken);
        assertThatThrownBy(() -> {
            try (CacheTable t = mode.open(f); RowReader r = t.reader()) {
                r.read(0, (int) t.rows(), new int[] {1}, new float[(int) t.rows()], 0);
            }
        }).isInstanceOf(CacheFormatException.class).hasMessageStartingWith(f.toString());
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void wrongMagic(ReadMode mode) throws IOException {
        byte[] broken = bytes.clone();
        broken[0] = 'X';
        Path f = write("magic.arrow", broken);
        assertThatThrownBy(() -> mode.open(f).close()).isInstanceOf(CacheFormatException.class)
                .hasMessageContaining(f.toString());
        Path csv = dir.resolve("bars.csv");
        assertThatThrownBy(() -> mode.open(csv).close()).isInstanceOf(CacheFormatException.class);
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void missingColumn(ReadMode mode) {
        try (CacheTable t = mode.open(good)) {
            assertThatThrownBy(() -> new SampleSpec(List.of("close", "rsi_14"), "close", 4, 1).bind(t))
                    .isInstanceOf(CacheFormatException.class)
                    .hasMessageContaining("no column 'rsi_14'").hasMessageContaining("ema_5");
            assertThatThrownBy(() -> new SampleSpec(List.of("close"), "price", 4, 1).bind(t))
                    .isInstanceOf(CacheFormatException.class).hasMessageContaining("no column 'price'");
        }
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void nonFloatFeatureColumn(ReadMode mode) {
        try (CacheTable t = mode.open(good)) {
            assertThatThrownBy(() -> new SampleSpec(List.of("timestamp", "close"), "close", 4, 1).bind(t))
                    .isInstanceOf(CacheFormatException.class)
                    .hasMessageContaining("feature column 'timestamp' has type")
                    .hasMessageContaining("must be float32 or float64");
            assertThatThrownBy(() -> new SampleSpec(List.of("close"), "timestamp", 4, 1).bind(t))
                    .isInstanceOf(CacheFormatException.class).hasMessageContaining("target column 'timestamp'");
        }
    }
}
