package io.chunkwise.cli;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.io.ChunkLimits;
import io.chunkwise.loader.load.ChunkFit;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The maximum heap of an index build, the word {@value #WORD} in {@code bin/command-jvm-options}:
 * the heap the build asks for (1.25 times its memory budget, the JVM's own 16 MiB, its chunk
 * buffers) and room for its chunks' key entries in flight at half a byte per byte (records of about
 * 300 bytes), so the chunks are the size asked for. The JVM's default heap (a quarter of the
 * machine's memory) is only touched, never returned, and held the build's garbage: a bounded one
 * keeps RssAnon in proportion to the budget, not to the machine.
 *
 * <p>None for {@code --strategy full}, which holds the whole file in the heap; none above 1 GiB,
 * where the JVM's default heap applies and the chunks are fitted to it; none for arguments that do
 * not parse (the command reports them). The launcher computes the same in {@code bin/build-heap.sh}
 * ({@code BuildHeapTest} runs both on the same command lines).
 */
public final class BuildHeap {
    /** The word in the table. */
    static final String WORD = "build-heap";
    /** The least heap given: the default budget's build needs about 64 MiB. */
    static final long MIN_HEAP = 64L << 20;
    /** Above this, no bound: the JVM's default heap applies. */
    static final long MAX_HEAP = 1L << 30;

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
        long budget = IndexOptions.DEFAULT_MEMORY_BUDGET;
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
                || workers > ChunkLimits.MAX_WORKERS || budget > MAX_HEAP) {
            return OptionalLong.empty();
        }
        int inFlight = strategy == LoaderStrategy.PARALLEL ? 2 * workers : 1;
        long heap = budget / 4 * 5 + ChunkFit.loaderHeap(strategy, LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers))
                + inFlight * chunk / 2;
        if (heap > MAX_HEAP) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(MIN_HEAP, heap + (1 << 20) - 1) / (1 << 20));
    }
}
