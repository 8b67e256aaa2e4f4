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
 * Emitters go through {@link ChunkEvents}, which leaves this class alone when no recording runs.
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
}
