package io.chunkwise.bench.memory;

/**
 * One sample of the figures the JMH memory profiler reports, in bytes; -1 when unavailable
 * (e.g. NMT committed when {@code -XX:NativeMemoryTracking} is off).
 *
 * @param rssAnon resident anonymous memory (heap, native allocations): the program's own memory
 * @param rssFile resident file-backed pages (mapped files, page cache)
 * @param heapUsed Java heap in use
 * @param nmtCommitted native memory committed as tracked by NMT
 */
public record MemoryReading(long rssAnon, long rssFile, long heapUsed, long nmtCommitted) {
}
