package io.chunkwise.loader.fix;

/**
 * Receives what a scan finds, in log order within a chunk. One instance per chunk in a parallel
 * scan (never shared between threads); results reach the caller through a {@link ChunkSink}.
 *
 * <p>In a chunked scan ({@link FixScanner#scan(java.lang.foreign.MemorySegment, ScanOptions,
 * java.util.function.Supplier, ChunkSink)}) a chunk's handler is speculative: when a message crossing
 * into the chunk hid a false start, the chunk is scanned again with a new handler and the first is
 * dropped, never reaching the sink, after it saw messages. Keep what a handler finds in the handler,
 * and count or publish it in the sink: an effect beyond the handler (a shared counter, a write) may
 * happen twice for one message.
 */
public interface FixHandler {
    /**
     * A well-formed message.
     *
     * @param message a view valid only during this call
     */
    void message(FixMessage message);

    /**
     * A malformed message (the scan resumes at the next {@code 8=FIX} after its start).
     *
     * @param malformed what and where
     */
    void malformed(MalformedMessage malformed);

    /**
     * The chunk is done: no more calls follow. A handler that defers work (to batch it) finishes
     * it here, still in the scanning thread.
     */
    default void end() {
    }
}
