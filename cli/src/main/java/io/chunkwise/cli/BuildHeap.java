package io.chunkwise.cli;

import io.chunkwise.loader.io.ChunkLimits;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The maximum heap of an index build, the word {@value #WORD} in {@code bin/command-jvm-options}:
 * the heap of its {@code --memory-budget} ({@link BuildBudget}: the budget less the JVM's memory
 * beside the heap), or without one the heap the default sort buffers need (1.25 times them, the
 * JVM's own 16 MiB, the chunk buffers, the chunks' key entries in flight), so the chunks are the size
 * asked for. The JVM's default heap (a quarter of the machine's memory) is only touched, never
 * returned, and held the build's garbage: a bounded one keeps RssAnon in proportion to the budget,
 * not to the machine.
 *
 * <p>None for {@code --strategy full}, which holds the whole file in the heap; none above 1 GiB
 * without a budget, or 64 GiB with one, where the JVM's default heap applies and the chunks and sort
 * buffers are fitted to it; none for a budget too small to build in, or arguments that do not parse
 * (the command reports them). The launcher computes the same in {@code bin/build-heap.sh}
 * ({@code BuildHeapTest} runs both on the same command lines).
 */
public final class BuildHeap {
    /** The word in the table. */
    static final String WORD = "build-heap";
    /** Above this, a build without a budget has no bound: the JVM's default heap applies. */
    static final long MAX_HEAP = 1L << 30;
    /** Above this, a budget's heap is not given: the JVM's default heap applies, and the sort buffers fit it. */
    static final long MAX_BUDGETED_HEAP = 64L << 30;

    /**
     * The word for a reconciliation's maximum heap: {@value #RECONCILE_MIN_HEAP_MIB} MiB, or the
     * default build's heap when more (a missing index is built with the defaults). The look-up
     * cache takes at most an eighth of the heap and is whole (14 MiB) from 112 MiB; the JVM's
     * default heap let its garbage grow RssAnon with the log (176 MiB at 8 M messages).
     */
    static final String RECONCILE_WORD = "reconcile-heap";
    static final int RECONCILE_MIN_HEAP_MIB = 128;

    private BuildHeap() {
    }

    /**
     * @param processors the workers a build uses when not told
     * @return {@code -XmxNm} for a reconciliation ({@link #RECONCILE_WORD}); empty, the JVM's
     *     default heap, when the default build's has no bound (above 1 GiB, on hundreds of processors)
     */
    static Optional<String> reconcileOption(int processors) {
        OptionalLong build = heapMib(List.of(), processors);
        return build.isPresent() ? Optional.of("-Xmx" + Math.max(RECONCILE_MIN_HEAP_MIB, build.getAsLong()) + "m")
                : Optional.empty();
    }

    /**
     * @param args the command line after the command's name (root options skipped)
     * @param processors the workers a build uses when not told ({@link ChunkLimits#defaultWorkers()})
     * @return {@code -XmxNm}, or empty (above)
     */
    static Optional<String> option(List<String> args, int processors) {
        OptionalLong mib = heapMib(args, processors);
        return mib.isPresent() ? Optional.of("-Xmx" + mib.getAsLong() + "m") : Optional.empty();
    }

    /** @return the heap in MiB, or empty (see {@link #option}) */
    private static OptionalLong heapMib(List<String> args, int processors) {
        LoaderStrategy strategy = LoaderStrategy.PARALLEL;
        Long budget = null;
        long chunk = LoadOptions.DEFAULT_CHUNK_SIZE;
        int workers = Math.min(ChunkLimits.MAX_WORKERS, processors);
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (!List.of("--strategy", "--memory-budget", "--chunk-size", "--workers").contains(name)) {
                    continue;
                }
                if (eq < 0 && i + 1 == args.size()) {
                    return OptionalLong.empty();
                }
                String value = eq < 0 ? args.get(++i) : arg.substring(eq + 1);
                switch (name) {
                    case "--strategy" -> strategy = LoaderStrategy.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--memory-budget" -> budget = ByteSize.parse(value).bytes();
                    case "--chunk-size" -> chunk = ByteSize.parse(value).bytes();
                    default -> workers = Integer.parseInt(value);
                }
            }
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty(); // the command says what is wrong with it
        }
        if (strategy == LoaderStrategy.FULL || chunk < 1 || chunk > ChunkLimits.MAX_CHUNK_SIZE || workers < 1
                || workers > ChunkLimits.MAX_WORKERS) {
            return OptionalLong.empty();
        }
        if (budget == null) {
            long heap = BuildBudget.unset(strategy, chunk, workers).heap();
            return heap > MAX_HEAP ? OptionalLong.empty() : OptionalLong.of(heap >> 20);
        }
        BuildBudget split = BuildBudget.of(budget, strategy, chunk, workers);
        return split.holdsSortBuffers() && split.heap() <= MAX_BUDGETED_HEAP ? OptionalLong.of(split.heap() >> 20)
                : OptionalLong.empty();
    }
}
