package io.chunkwise.dataset.sample;

/** Where samples come from: the standard (materialized) or iterable (streamed) dataset. */
public interface SampleStore extends AutoCloseable {
    /** @return the sample layout */
    SampleLayout layout();

    /** @return a cursor for one thread */
    SampleCursor cursor();

    /**
     * @return heap bytes of sample data: the whole materialization for the standard dataset, one
     *     cursor's chunk for the iterable one (each worker has its own cursor)
     */
    long residentBytes();

    @Override
    void close();
}
