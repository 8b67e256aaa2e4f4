package io.chunkwise.loader.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {
    @Test
    void chunksCoverTheRangeInOrderAtTheSizeAsked() {
        List<Chunk> chunks = ChunkPlanner.plan(10, 35, 10);
        assertThat(chunks).containsExactly(new Chunk(0, 10, 20), new Chunk(1, 20, 30), new Chunk(2, 30, 35));
        assertThat(ChunkPlanner.plan(7, 7, 4)).containsExactly(new Chunk(0, 7, 7));
        assertThatThrownBy(() -> ChunkPlanner.plan(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTinyChunkSizeOverALargeRangeGrowsItsChunksRatherThanTheirNumber() {
        // 64-byte chunks of 150 MB were 2.3 million chunks: memory grew with the file
        long end = 150_000_000L;
        List<Chunk> chunks = ChunkPlanner.plan(0, end, 64);
        assertThat(chunks).hasSizeLessThanOrEqualTo(ChunkPlanner.MAX_CHUNKS);
        long expected = 0;
        for (Chunk c : chunks) {
            assertThat(c.start()).isEqualTo(expected);
            expected = c.end();
        }
        assertThat(expected).isEqualTo(end);
        assertThat(ChunkPlanner.plan(0, 200L << 30, 8L << 20)).as("200 GiB at the default 8 MiB").hasSize(25_600);
    }
}
