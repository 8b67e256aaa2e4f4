package io.chunkwise.dataset.sample;

/** Where samples come from: the standard (materialized) or iterable (streamed) dataset. */
public interface SampleStore extends AutoCloseable {
    /** @return the sample layout */
    SampleLayout layout();

    /** @return a cursor for one thread */
    SampleCursor cursor();

    /** @return bytes of sample data this store holds (heap), for reports */
    long residentBytes();

    @Override
    void close();
}
