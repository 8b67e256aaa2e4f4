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
 * JFR event for the work on one chunk. Off by default; enable with
 * {@code -XX:StartFlightRecording:settings=...} or {@code jfr configure +io.chunkwise.Chunk#enabled=true}.
 * Emitters check {@link #shouldCommit()} before filling fields.
 */
@Name("io.chunkwise.Chunk")
@Label("Chunk")
@Category({"Chunkwise", "Loader"})
@Description("Records parsed from one chunk of a file")
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

    /** Whether the chunk's speculative start was wrong and it was re-parsed. */
    @Label("Fallback")
    public boolean fallback;

    /** An event to fill and commit when {@link #shouldCommit()}. */
    public ChunkEvent() {
        // fields are set by the emitter
    }
}
