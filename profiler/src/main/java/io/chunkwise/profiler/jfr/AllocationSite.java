package io.chunkwise.profiler.jfr;

/**
 * Where sampled allocations came from.
 *
 * @param frame the first frame outside the JDK ({@code Class.method:line}), or the top frame
 * @param objectClass the class allocated most there
 * @param bytes the sampled allocation weight, an estimate of the bytes allocated
 * @param share the fraction of all sampled bytes
 */
public record AllocationSite(String frame, String objectClass, long bytes, double share) {
}
