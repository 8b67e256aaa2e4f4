package io.chunkwise.dataset.sample;

/**
 * The order in which samples are emitted: position → sample index, a bijection on
 * {@code [0, samples)}. Pure function of its parameters, so any worker computes any position
 * without coordination and a run resumes from a batch index alone.
 */
public interface SampleOrder {
    /** @return the number of samples ordered */
    long samples();

    /** @return a per-thread cursor (may cache the current block's permutation) */
    Cursor cursor();

    /** Maps positions to samples for one thread. */
    interface Cursor {
        /**
         * @param position position in the epoch, in {@code [0, samples)}
         * @return the sample emitted at that position
         */
        long sampleAt(long position);
    }

    /**
     * @param samples how many samples
     * @return the natural order 0, 1, 2, …
     */
    static SampleOrder natural(long samples) {
        return new SampleOrder() {
            @Override
            public long samples() {
                return samples;
            }

            @Override
            public Cursor cursor() {
                return p -> p;
            }
        };
    }
}
