package io.chunkwise.loader.index;

import io.chunkwise.loader.load.ChunkFit;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to build an index.
 *
 * @param strategy the loader strategy
 * @param load the loader's options (dialect, chunk size, workers, progress)
 * @param memoryBudget bytes for the index's sort buffers (entries beyond them spill to disk as sorted
 *     runs); the loader's chunks in flight come on top (about 2 x workers x chunk size / 4)
 * @param columns key columns named explicitly (others are found by header name)
 * @param rejects where to write rejected records ({@code line,offset,reason}), or {@code null} for nowhere
 * @param writeHook called before each block of the index is written (fault injection)
 */
public record IndexOptions(LoaderStrategy strategy, LoadOptions load, long memoryBudget, Map<KeyKind, String> columns,
        Path rejects, WriteHook writeHook) {
    /** Default memory budget for the sort buffers: 24 MiB (fits {@code -Xmx64m} with the loader's parts). */
    public static final long DEFAULT_MEMORY_BUDGET = 24L << 20;

    /** Checks and copies. */
    public IndexOptions {
        if (memoryBudget < (1L << 20)) {
            throw new IllegalArgumentException("memory budget must be at least 1 MiB, was " + memoryBudget);
        }
        columns = Map.copyOf(columns);
    }

    /** @return parallel strategy, default load options and budget, columns by header name, no rejects file */
    public static IndexOptions defaults() {
        return new IndexOptions(LoaderStrategy.PARALLEL, LoadOptions.defaults(), defaultMemoryBudget(), Map.of(),
                null, WriteHook.NONE);
    }

    /**
     * @return {@link #DEFAULT_MEMORY_BUDGET}, or on a heap too small for it with the default load
     *     options (under about 54 MiB on two cores) the most that heap holds, at least 1 MiB: a build
     *     that was not given a budget fits the JVM it runs in ({@code lookup} and {@code reconcile}
     *     build indexes without a budget option)
     */
    public static long defaultMemoryBudget() {
        return budgetFitting(LoaderStrategy.PARALLEL, LoadOptions.defaults(), DEFAULT_MEMORY_BUDGET);
    }

    /**
     * @param strategy how the file is loaded
     * @param load the load's options
     * @param most the budget wanted
     * @return {@code most}, or the most this JVM's heap holds beside the loader when less, in whole
     *     MiB, at least 1 MiB (a heap too small even for that is refused by the build)
     */
    public static long budgetFitting(LoaderStrategy strategy, LoadOptions load, long most) {
        long fits = (Runtime.getRuntime().maxMemory() - fixedHeap(strategy, load)) / 5 * 4;
        return Math.clamp(Math.min(fits, most) >> 20 << 20, 1L << 20, Math.max(1L << 20, most));
    }

    /**
     * @param budget a memory budget
     * @param beside the heap needed beside the budget's buffers, not negative
     * @return 1.25 times the budget and what is beside it, or {@link Long#MAX_VALUE} when that is
     *     more than a long holds: a budget of 7EiB is more than any heap, not a negative heap that fits
     */
    static long heapFor(long budget, long beside) {
        long quarter = budget / 4;
        return quarter > (Long.MAX_VALUE - beside) / 5 ? Long.MAX_VALUE : quarter * 5 + beside;
    }

    /**
     * @param strategy how the file is loaded
     * @param load the loader's options
     * @return the heap a build needs beside 1.25 times its budget: 16 MiB for the JVM's own and
     *     the loader's buffers (a chunk for {@code chunked}, 2 × workers × chunk size / 4 for the
     *     mapped strategies)
     */
    static long fixedHeap(LoaderStrategy strategy, LoadOptions load) {
        return ChunkFit.loaderHeap(strategy, load);
    }

    /**
     * @param s the strategy
     * @return a copy with it
     */
    public IndexOptions withStrategy(LoaderStrategy s) {
        return new IndexOptions(s, load, memoryBudget, columns, rejects, writeHook);
    }

    /**
     * @param l the load options
     * @return a copy with them
     */
    public IndexOptions withLoad(LoadOptions l) {
        return new IndexOptions(strategy, l, memoryBudget, columns, rejects, writeHook);
    }

    /**
     * @param bytes the budget
     * @return a copy with it
     */
    public IndexOptions withMemoryBudget(long bytes) {
        return new IndexOptions(strategy, load, bytes, columns, rejects, writeHook);
    }

    /**
     * @param c key columns named explicitly
     * @return a copy with them
     */
    public IndexOptions withColumns(Map<KeyKind, String> c) {
        return new IndexOptions(strategy, load, memoryBudget, c, rejects, writeHook);
    }

    /**
     * @param path the rejects file, or {@code null}
     * @return a copy with it
     */
    public IndexOptions withRejects(Path path) {
        return new IndexOptions(strategy, load, memoryBudget, columns, path, writeHook);
    }

    /**
     * @param hook the write hook
     * @return a copy with it
     */
    public IndexOptions withWriteHook(WriteHook hook) {
        return new IndexOptions(strategy, load, memoryBudget, columns, rejects, hook);
    }
}
