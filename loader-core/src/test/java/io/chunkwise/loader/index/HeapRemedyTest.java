package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import org.junit.jupiter.api.Test;

/** A build that does not fit the heap is told only what would make it fit. */
class HeapRemedyTest {
    private static final long MIB = 1L << 20;

    private static IndexOptions options(long budget, int workers, long chunk) {
        return IndexOptions.defaults().withMemoryBudget(budget)
                .withLoad(LoadOptions.defaults().withWorkers(workers).withChunkSize(chunk));
    }

    @Test
    void theSmallestBudgetOnAHeapTooSmallForTheJvmCanOnlyRaiseTheHeap() {
        assertThat(Indexer.heapRemedy(options(MIB, 2, 8 * MIB), 16 * MIB)).isEqualTo("raise the maximum heap");
    }

    @Test
    void eachRemedyIsNamedOnlyWhenItWouldFit() {
        // 8 MiB budget, one worker of 64 KiB chunks: 10 + 16 MiB and a little
        assertThat(Indexer.heapRemedy(options(8 * MIB, 1, 64 << 10), 20 * MIB))
                .isEqualTo("lower the memory budget, or raise the maximum heap");
        assertThat(Indexer.heapRemedy(options(MIB, 8, 8 * MIB), 24 * MIB))
                .isEqualTo("lower the worker count or the chunk size, or raise the maximum heap");
        assertThat(Indexer.heapRemedy(options(8 * MIB, 8, 8 * MIB), 52 * MIB))
                .isEqualTo("lower the memory budget, the worker count or the chunk size, or raise the maximum heap");
        assertThat(Indexer.heapRemedy(options(16 * MIB, 8, 8 * MIB), 20 * MIB))
                .isEqualTo("lower the memory budget and the worker count or the chunk size, or raise the maximum heap");
    }

    @Test
    void aBudgetOfExabytesIsMoreThanAnyHeapNotANegativeOne() {
        // QA: 1.25 times 7EiB is more than a long holds; wrapped negative, it passed the heap check and
        // the build failed halfway (NegativeArraySizeException), or was told to lower its workers
        assertThat(IndexOptions.heapFor(7L << 60, 16 * MIB)).isEqualTo(Long.MAX_VALUE);
        assertThat(IndexOptions.heapFor(Long.MAX_VALUE, 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(IndexOptions.heapFor(8 * MIB, 16 * MIB)).isEqualTo(26 * MIB);
        assertThat(Indexer.heapRemedy(options(7L << 60, 8, 8 * MIB), 1L << 40))
                .isEqualTo("lower the memory budget, or raise the maximum heap");
    }

    @Test
    void aChunkedBuildIsNotToldToLowerTheWorkersItDoesNotHave() {
        IndexOptions chunked = options(8 * MIB, 8, 8 * MIB).withStrategy(LoaderStrategy.CHUNKED);
        // 10 MiB for the budget, 16 for the JVM, one 8 MiB buffer whatever the workers
        assertThat(Indexer.heapRemedy(chunked, 30 * MIB))
                .isEqualTo("lower the memory budget, the chunk size, or raise the maximum heap");
        assertThat(Indexer.heapRemedy(chunked.withMemoryBudget(MIB), 20 * MIB))
                .isEqualTo("lower the chunk size, or raise the maximum heap");
    }
}
