package io.chunkwise.cli.report;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.loader.load.ChunkFit;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;

/**
 * One configuration of a tune sweep and the least memory it can run in, known before it runs: the
 * heap the loader's own model gives its load ({@link ChunkFit#loaderHeap}, the model the scan sizes
 * its chunks by), with a chunk no larger than the file, as the loaders allocate it. The JVM's memory
 * beside its heap comes on top, so this is a floor and never an estimate: a budget below it cannot
 * hold the run, and no configuration that could fit a budget is left out for it.
 *
 * @param strategy how the scan loads the file
 * @param chunk the chunk size asked for
 * @param workers the worker count
 * @param fixedBytes the part of {@code leastBytes} that is the JVM's own heap and the loader's fixed state
 * @param leastBytes the least peak RssAnon the configuration needs: the fixed part and its chunk buffers
 */
record TuneConfig(LoaderStrategy strategy, ByteSize chunk, int workers, long fixedBytes, long leastBytes) {
    /**
     * @param strategy how the scan loads the file
     * @param chunk the chunk size asked for
     * @param workers the worker count
     * @param inputBytes the file's size: a chunk larger than the file holds the file
     * @return the configuration with its floor
     */
    static TuneConfig of(LoaderStrategy strategy, ByteSize chunk, int workers, long inputBytes) {
        long held = Math.max(1, Math.min(chunk.bytes(), inputBytes));
        // the model at its smallest load (a byte's chunk, one worker) is its fixed part
        long fixed = ChunkFit.loaderHeap(strategy, LoadOptions.defaults().withChunkSize(1).withWorkers(1));
        long least = ChunkFit.loaderHeap(strategy, LoadOptions.defaults().withChunkSize(held).withWorkers(workers));
        return new TuneConfig(strategy, chunk, workers, Math.min(fixed, least), least);
    }

    /** @return whether the floor is within the budget (always, without one) */
    boolean fits(ByteSize budget) {
        return budget == null || leastBytes <= budget.bytes();
    }

    /** @return how the sweep's lines name it: {@code parallel, chunk 256.0 KiB, 1 worker} */
    String label() {
        return strategy.cliName() + ", chunk " + chunk + ", " + workers + (workers == 1 ? " worker" : " workers");
    }

    /** @return what the floor consists of: {@code 16.0 MiB of heap for the JVM's own and the loader's fixed state, 128.0 KiB for its chunk buffers} */
    String parts() {
        return ByteSize.format(fixedBytes) + " of heap for the JVM's own and the loader's fixed state, "
                + ByteSize.format(leastBytes - fixedBytes) + " for its chunk buffers";
    }
}
