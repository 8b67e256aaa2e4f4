package io.chunkwise.dataset.sample;

/** Reads samples for one thread; cheap when consecutive calls stay in one chunk. */
public interface SampleCursor extends AutoCloseable {
    /**
     * Copies sample {@code s}'s window, row-major {@code [W, F]}, into {@code dst} at {@code offset}
     * and returns its target.
     *
     * @param sample sample index
     * @param dst destination
     * @param offset first index written
     * @return the target value
     */
    float copy(long sample, float[] dst, int offset);

    @Override
    void close();
}
