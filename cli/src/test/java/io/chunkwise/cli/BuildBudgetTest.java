package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import org.junit.jupiter.api.Test;

class BuildBudgetTest {
    private static final long MIB = 1L << 20;
    private static final long CHUNK = 8 * MIB;

    @Test
    void theDefaultBuildsBudgetIs128MibOnTwoCores() {
        BuildBudget unset = BuildBudget.unset(LoaderStrategy.PARALLEL, CHUNK, 2);
        assertThat(unset.sortBuffers()).isEqualTo(IndexOptions.DEFAULT_MEMORY_BUDGET);
        assertThat(unset.heap()).isEqualTo(70 * MIB);
        assertThat(unset.budget()).isEqualTo(128 * MIB);
        // the same budget given splits the same way
        BuildBudget given = BuildBudget.of(128 * MIB, LoaderStrategy.PARALLEL, CHUNK, 2);
        assertThat(given.heap()).isEqualTo(unset.heap());
        assertThat(given.sortBuffers()).isEqualTo(unset.sortBuffers());
    }

    @Test
    void theSortBuffersGetWhatTheJvmAndTheLoaderLeave() {
        // 256 - 58 beside the heap = 198 MiB of heap; less 16 (JVM) + 8 (chunk buffers) + 16 (entries) = 158; / 1.25
        BuildBudget split = BuildBudget.of(256 * MIB, LoaderStrategy.PARALLEL, CHUNK, 2);
        assertThat(split.heap()).isEqualTo(198 * MIB);
        assertThat(split.sortBuffers()).isEqualTo(126 * MIB);
        // chunked: one chunk buffer and one chunk's entries in the heap; one thread and the JDK's direct buffer of a chunk beside it
        BuildBudget chunked = BuildBudget.of(256 * MIB, LoaderStrategy.CHUNKED, CHUNK, 4);
        assertThat(chunked.heap()).isEqualTo(191 * MIB);
        assertThat(chunked.sortBuffers()).isEqualTo((191 - 16 - 8 - 4) * MIB / 5 * 4 / MIB * MIB);
        // more workers take more: threads beside the heap, chunks and entries in it
        assertThat(BuildBudget.of(256 * MIB, LoaderStrategy.PARALLEL, CHUNK, 4).sortBuffers()).isLessThan(split.sortBuffers());
    }

    @Test
    void theLeastBudgetHoldsOneMibOfSortBuffers() {
        BuildBudget least = BuildBudget.of(100 * MIB, LoaderStrategy.PARALLEL, CHUNK, 2);
        assertThat(least.minimum()).isEqualTo(100 * MIB);
        assertThat(least.holdsSortBuffers()).isTrue();
        assertThat(least.sortBuffers()).isEqualTo(MIB);
        BuildBudget below = BuildBudget.of(100 * MIB - 1, LoaderStrategy.PARALLEL, CHUNK, 2);
        assertThat(below.holdsSortBuffers()).isFalse();
        assertThat(BuildBudget.of(0, LoaderStrategy.MMAP, CHUNK, 1).holdsSortBuffers()).isFalse();
    }

    @Test
    void aBudgetTooSmallSaysWhatTheBuildNeedsAndWhatWouldLowerIt() {
        assertThat(BuildBudget.of(64 * MIB, LoaderStrategy.PARALLEL, CHUNK, 2).tooSmall(LoaderStrategy.PARALLEL, CHUNK, 2))
                .isEqualTo("--memory-budget 64.0 MiB is less than this build needs: at least 100.0 MiB (58.0 MiB for the JVM"
                        + " beside its heap, 40.0 MiB of heap for the JVM and 2 workers' 8.0 MiB chunks, 1.25 MiB of heap for"
                        + " 1 MiB of sort buffers); raise it, or lower --workers or --chunk-size");
        assertThat(BuildBudget.of(MIB, LoaderStrategy.CHUNKED, CHUNK, 1).tooSmall(LoaderStrategy.CHUNKED, CHUNK, 1))
                .contains("its 8.0 MiB chunk buffer").endsWith("raise it, or lower --chunk-size");
    }
}
