package io.chunkwise.cli;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.load.ChunkFit;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.util.Locale;

/**
 * {@code index --memory-budget}: the build's peak RssAnon, the whole process's (DESIGN's invariant 2),
 * split between the JVM's memory beside its heap and the heap. The heap holds the JVM's own, the
 * loader's chunk buffers ({@link ChunkFit#loaderHeap}), the chunks' key entries in flight at half a
 * byte per byte (records of about 300 bytes), and the sort buffers at 1.25 bytes per byte; the sort
 * buffers get what is left. Without the option the sort buffers get
 * {@link IndexOptions#DEFAULT_MEMORY_BUDGET} and the budget is what that build needs: 128 MiB for
 * the default parallel build on 2 cores (a 70 MiB heap). The launcher sizes the heap the same way
 * ({@link BuildHeap}, {@code bin/build-heap.sh}).
 *
 * @param budget the whole process's bytes
 * @param heap the maximum heap, whole MiB
 * @param sortBuffers the sort buffers' bytes, whole MiB; under 1 MiB when the budget is too small
 *     ({@link #holdsSortBuffers()})
 * @param minimum the least budget these options can build in (1 MiB of sort buffers)
 */
public record BuildBudget(long budget, long heap, long sortBuffers, long minimum) {
    private static final long MIB = 1L << 20;
    /**
     * Beside the heap, the most measured: metaspace, code cache, the collector's structures, JFR and
     * NMT. Peak RssAnon less the maximum heap of a 1 GiB build under {@code profile} (JFR and NMT on)
     * was 46.7 MiB with a 70 MiB heap, 33.7 with 200 and below zero with 540 (the heap not all touched).
     */
    static final long BESIDE_HEAP = 56 * MIB;
    /** Beside the heap, per thread that loads: its stack. */
    static final long PER_THREAD = MIB;
    /** The least heap given a build without a budget: the default budget's build needs about 64 MiB. */
    static final long MIN_DEFAULT_HEAP = 64 * MIB;

    /**
     * @param budget the whole process's peak RssAnon, bytes
     * @param strategy how the file is loaded ({@code full} is split as {@code mmap}: its file is on
     *     the heap besides, beyond any budget)
     * @param chunkSize the chunk size asked for
     * @param workers the workers asked for
     * @return the split; check {@link #holdsSortBuffers()}
     */
    public static BuildBudget of(long budget, LoaderStrategy strategy, long chunkSize, int workers) {
        long besideSort = besideSortBuffers(strategy, chunkSize, workers);
        long outside = outsideHeap(strategy, chunkSize, workers);
        long heap = Math.max(0, budget - outside) / MIB * MIB;
        long sort = Math.max(0, heap - besideSort) / 5 * 4 / MIB * MIB;
        return new BuildBudget(budget, heap, sort, minimum(strategy, chunkSize, workers));
    }

    /**
     * @return the split of a build without a budget: {@link IndexOptions#DEFAULT_MEMORY_BUDGET} of
     *     sort buffers in a heap of at least {@value #MIN_DEFAULT_HEAP} bytes, the budget what that needs
     */
    public static BuildBudget unset(LoaderStrategy strategy, long chunkSize, int workers) {
        long sort = IndexOptions.DEFAULT_MEMORY_BUDGET;
        long needed = sort / 4 * 5 + besideSortBuffers(strategy, chunkSize, workers);
        long heap = Math.max(MIN_DEFAULT_HEAP, (needed + MIB - 1) / MIB * MIB);
        return new BuildBudget(heap + outsideHeap(strategy, chunkSize, workers), heap, sort, minimum(strategy, chunkSize, workers));
    }

    /** @return whether the budget holds the least sort buffers, 1 MiB */
    public boolean holdsSortBuffers() {
        return sortBuffers >= MIB;
    }

    /** @return why the budget cannot build, naming the option and what would (for {@link UserError}) */
    public String tooSmall(LoaderStrategy strategy, long chunkSize, int workers) {
        String load = strategy == LoaderStrategy.CHUNKED ? "its " + ByteSize.format(chunkSize) + " chunk buffer"
                : workers + (workers == 1 ? " worker's " : " workers' ") + ByteSize.format(chunkSize) + " chunks";
        return String.format(Locale.ROOT, "--memory-budget %s is less than this build needs: at least %s (%s for the"
                + " JVM beside its heap, %s of heap for the JVM and %s, 1.25 MiB of heap for 1 MiB of sort buffers); raise it,"
                + " or lower %s", ByteSize.format(budget), ByteSize.format(minimum),
                ByteSize.format(outsideHeap(strategy, chunkSize, workers)), ByteSize.format(besideSortBuffers(strategy, chunkSize, workers)),
                load, strategy == LoaderStrategy.CHUNKED ? "--chunk-size" : "--workers or --chunk-size");
    }

    /** @return the heap a build needs beside its sort buffers: the JVM's own, the chunk buffers, the entries in flight */
    private static long besideSortBuffers(LoaderStrategy strategy, long chunkSize, int workers) {
        LoaderStrategy split = strategy == LoaderStrategy.FULL ? LoaderStrategy.MMAP : strategy;
        int inFlight = split == LoaderStrategy.PARALLEL ? 2 * workers : 1;
        return ChunkFit.loaderHeap(split, LoadOptions.defaults().withChunkSize(chunkSize).withWorkers(workers))
                + inFlight * chunkSize / 2;
    }

    /**
     * @return the process's memory beside its heap: the JVM's, a stack per loading thread, and for
     *     {@code chunked} the JDK's direct buffer its reads into the heap go through, a chunk (10 MiB
     *     more RssAnon than {@code mmap} beside a 44 MiB heap with 8 MiB chunks)
     */
    private static long outsideHeap(LoaderStrategy strategy, long chunkSize, int workers) {
        return BESIDE_HEAP + (strategy == LoaderStrategy.PARALLEL ? PER_THREAD * workers : PER_THREAD)
                + (strategy == LoaderStrategy.CHUNKED ? chunkSize : 0);
    }

    /** @return the least budget: a heap of whole MiB holding the rest and 1 MiB of sort buffers */
    private static long minimum(LoaderStrategy strategy, long chunkSize, int workers) {
        long heap = besideSortBuffers(strategy, chunkSize, workers) + MIB / 4 * 5;
        return (heap + MIB - 1) / MIB * MIB + outsideHeap(strategy, chunkSize, workers);
    }
}
