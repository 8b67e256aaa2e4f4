package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffered reader loads consecutive record batches as the next batch, never through Arrow
 * Java's {@code loadRecordBatch(block)}, which searches the block list each time (quadratic in the
 * batch count: a cache of 300,000 small batches did not start in 9 minutes). Only a jump searches.
 */
class BufferedSequentialLoadTest {
    @TempDir
    Path dir;

    /** Counts the searching loads. */
    private static final class CountingReader extends ArrowFileReader {
        int searches;

        CountingReader(SeekableByteChannel in, BufferAllocator allocator) {
            super(in, allocator);
        }

        @Override
        public boolean loadRecordBatch(ArrowBlock block) throws IOException {
            searches++;
            return super.loadRecordBatch(block);
        }
    }

    @Test
    void readingEveryBatchInOrderNeverSearchesTheBlockList() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 500, 3);
        Path cache = dir.resolve("small-batches.arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), 7).build(csv, cache, d -> { }, r -> { });
        try (BufferedCacheTable table = BufferedCacheTable.open(cache);
             MappedCacheTable mapped = MappedCacheTable.open(cache);
             RowReader expected = mapped.reader()) {
            assertThat(table.batches()).isGreaterThan(70);
            int close = table.columns().stream().filter(c -> c.name().equals("close")).findFirst().orElseThrow().index();
            RootAllocator allocator = new RootAllocator();
            FileChannel ch = FileChannel.open(cache, StandardOpenOption.READ);
            CountingReader counting = new CountingReader(ch, allocator);
            int rows = (int) table.rows();
            float[] got = new float[rows];
            float[] want = new float[rows];
            try (BufferedRowReader reader = new BufferedRowReader(table, ch, counting, allocator)) {
                for (int row = 0; row < rows; row += 5) {
                    int n = Math.min(5, rows - row);
                    reader.read(row, n, new int[] {close}, got, row);
                }
                assertThat(counting.searches).isZero();
                reader.read(0, 3, new int[] {close}, new float[3], 0); // a jump back searches once
                assertThat(counting.searches).isEqualTo(1);
            }
            expected.read(0, rows, new int[] {close}, want, 0);
            assertThat(got).containsExactly(want);
        }
    }
}
