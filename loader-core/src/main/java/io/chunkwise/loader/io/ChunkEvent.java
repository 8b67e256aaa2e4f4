package io.chunkwise.loader.io;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event for one parse of one chunk (with its read, for the chunked strategy), timed on the
 * thread that did it. A chunk parsed again after a wrong speculative start has a second event, with
 * {@link #fallback} set: the events' durations are where the time went, and their records add up to
 * the load's only when no chunk fell back. Off by default; {@code chunkwise profile} turns it on, as
 * does {@code -XX:StartFlightRecording:+io.chunkwise.Chunk#enabled=true}.
 *
 * {@snippet :
 * ChunkEvent event = ChunkEvent.beginIfRecording();   // null when JFR is not running
 * long records = parse(chunk);
 * ChunkEvent.commit(event, "mmap", chunk.index(), chunk.start(), chunk.length(), records, false);
 * }
 */
@Name("io.chunkwise.Chunk")
@Label("Chunk")
@Category({"Chunkwise", "Loader"})
@Description("One parse of one chunk of a file, on the thread that did it")
@Enabled(false)
@StackTrace(false)
public final class ChunkEvent extends Event {
    /** Strategy that did the work. */
    @Label("Strategy")
    public String strategy;

    /** Chunk index in file order. */
    @Label("Chunk")
    public int chunk;

    /** First byte. */
    @Label("Start")
    public long start;

    /** Bytes covered. */
    @Label("Bytes")
    @DataAmount
    public long bytes;

    /** Records parsed. */
    @Label("Records")
    public long records;

    /** Whether this is the re-parse of a chunk whose speculative start was wrong. */
    @Label("Fallback")
    public boolean fallback;

    /** An event to fill and commit when {@link #shouldCommit()}. */
    public ChunkEvent() {
        // fields are set by the emitter
    }

    /**
     * @return a begun event, or {@code null} when no flight recording runs in this JVM: a run
     *     without one does not pay for JFR's set-up (see {@link Jfr})
     */
    public static ChunkEvent beginIfRecording() {
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
     * @param event from {@link #beginIfRecording()}; {@code null} does nothing
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
