package io.chunkwise.loader.io;

/**
 * Times chunks as {@link ChunkEvent}s when a flight recording runs, and otherwise never touches
 * the event class: its initialization registers it with JFR, whose metadata set-up (all of the
 * JVM's event types, their annotations read by reflection) runs in the interpreter on the first
 * scanning thread while the others wait for the class. That took 100 ms and more of a reconcile's
 * wall time without any recording.
 *
 * {@snippet :
 * ChunkEvent event = ChunkEvents.begin();   // null when JFR is not running
 * long records = parse(chunk);
 * ChunkEvents.commit(event, "mmap", chunk.index(), chunk.start(), chunk.length(), records, false);
 * }
 */
public final class ChunkEvents {
    private ChunkEvents() {
    }

    /**
     * @return a begun event, or {@code null} when no flight recording runs in this JVM (see
     *     {@link Jfr})
     */
    public static ChunkEvent begin() {
        if (!Jfr.initialized()) {
            return null;
        }
        ChunkEvent event = new ChunkEvent();
        event.begin();
        return event;
    }

    /**
     * Ends a chunk's event and commits it when its recording wants it.
     *
     * @param event from {@link #begin()}; {@code null} does nothing
     * @param strategy what did the work, e.g. {@code parallel} or {@code fix-serial}
     * @param chunk the chunk's index in file order
     * @param start its first byte
     * @param bytes bytes it covers
     * @param records records (or messages) parsed
     * @param fallback whether this parse follows a wrong speculative one
     */
    public static void commit(ChunkEvent event, String strategy, int chunk, long start, long bytes, long records,
            boolean fallback) {
        if (event == null) {
            return;
        }
        event.end();
        if (event.shouldCommit()) {
            event.strategy = strategy;
            event.chunk = chunk;
            event.start = start;
            event.bytes = bytes;
            event.records = records;
            event.fallback = fallback;
            event.commit();
        }
    }
}
