package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A cache table closes once or twice alike, in both read modes, and is named when used after. */
class ClosedCacheTest {
    @TempDir
    Path dir;

    private Path cache;

    @BeforeEach
    void build() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 200, 3);
        cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,ema:5"), 64).build(csv, cache, d -> { }, r -> { });
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void closingTwiceIsHarmless(ReadMode mode) {
        CacheTable table = mode.open(cache);
        table.close();
        assertThatCode(table::close).doesNotThrowAnyException();
    }

    @Test
    void aClosedMappedTableIsNamedWhenUsed() {
        CacheTable table = ReadMode.MAPPED.open(cache);
        RowReader open = table.reader();
        table.close();
        String closed = "cache " + cache + " is closed: used after close()";
        assertThatThrownBy(table::reader).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(() -> table.nullCount(1)).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(() -> open.read(0, 2, new int[] {1}, new float[2], 0))
                .isInstanceOf(IllegalStateException.class).hasMessage(closed);
    }

    @Test
    void aBufferedTableClosedBeforeItsReaderClosesItAndTheReaderIsNamedWhenUsed() {
        // before, the allocator refused to close under the reader's batch with Arrow's multi-line "Memory was leaked"
        CacheTable table = ReadMode.BUFFERED.open(cache);
        RowReader open = table.reader();
        open.read(0, 2, new int[] {1}, new float[2], 0);
        assertThatCode(table::close).doesNotThrowAnyException();
        assertThatThrownBy(() -> open.read(0, 2, new int[] {1}, new float[2], 0))
                .isInstanceOf(IllegalStateException.class).hasMessage("cache " + cache + " is closed: used after close()");
        assertThatCode(open::close).doesNotThrowAnyException();
    }

    @Test
    void aClosedBufferedTableIsNamedWhenUsed() {
        CacheTable table = ReadMode.BUFFERED.open(cache);
        table.close();
        String closed = "cache " + cache + " is closed: used after close()";
        // before, it read on through a closed allocator (Arrow checks that only with assertions on)
        assertThatThrownBy(table::reader).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        assertThatThrownBy(() -> table.nullCount(1)).isInstanceOf(IllegalStateException.class).hasMessage(closed);
    }
}
