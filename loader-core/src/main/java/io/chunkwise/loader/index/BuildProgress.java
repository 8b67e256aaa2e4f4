package io.chunkwise.loader.index;

import java.util.function.LongConsumer;

/**
 * A build's progress as one count from 0 to the source's size, so a bar of the file's bytes
 * reaches its end when the index is published, not when the load ends: the load advances the
 * first {@link #LOAD_SHARE} (in proportion to the bytes it commits, the header's included at its
 * end), sorting and writing the entries the rest (in proportion to the entries written), and the
 * checksums and the rename the last step. A rough split, to move the bar and end it, not to time
 * the phases. Reports deltas, never a step back, one call at a time (the kinds are written by
 * threads of their own).
 */
final class BuildProgress {
    /** The load's part of the count. */
    static final double LOAD_SHARE = 0.5;
    /** Entries a section writer writes between two reports. */
    static final int REPORT_EVERY = 4096;

    private final LongConsumer out;
    private final long total;
    private final long loadPart;
    private long loaded;
    private long entries;
    private long written;
    private long reported;

    /**
     * @param out receives the count's steps
     * @param sourceSize the source's size: the count's end
     */
    BuildProgress(LongConsumer out, long sourceSize) {
        this.out = out;
        this.total = sourceSize;
        this.loadPart = (long) (sourceSize * LOAD_SHARE);
    }

    /** @return the load's progress callback: bytes committed, as deltas */
    LongConsumer load() {
        return this::loadedBytes;
    }

    private synchronized void loadedBytes(long delta) {
        loaded += delta;
        to(total == 0 ? 0 : (long) (loadPart * Math.min(1.0, (double) loaded / total)));
    }

    /** The load ended: its part is done (the header's bytes, which no chunk commits, with it). */
    synchronized void loadDone() {
        to(loadPart);
    }

    /** @param n the entries the writing will write, of every kind */
    synchronized void entries(long n) {
        entries = n;
    }

    /** @param n entries written since the last report */
    synchronized void written(long n) {
        written += n;
        if (entries > 0) {
            to(loadPart + (long) ((total - loadPart) * Math.min(1.0, (double) written / entries)));
        }
    }

    /** The index is published: the count's end. */
    synchronized void done() {
        to(total);
    }

    private void to(long count) {
        if (count > reported) {
            out.accept(count - reported);
            reported = count;
        }
    }
}
