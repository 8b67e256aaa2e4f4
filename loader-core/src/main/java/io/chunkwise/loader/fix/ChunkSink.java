package io.chunkwise.loader.fix;

/**
 * Receives each chunk's handler in log order once its scan is final (after any resynchronising
 * rescan), with the line number its relative line indexes start from.
 *
 * @param <H> the handler type
 */
@FunctionalInterface
public interface ChunkSink<H extends FixHandler> {
    /**
     * @param handler the chunk's handler, holding what it collected
     * @param chunk where the chunk lies and its counts
     */
    void accept(H handler, ChunkStats chunk);
}
