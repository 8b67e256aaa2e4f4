package io.chunkwise.bench.memory;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Peaks of the memory figures over one iteration, and the secondary results JMH records for them.
 * Every memory result aggregates with {@link AggregationPolicy#MAX}: across iterations and forks
 * the reported figure is the highest peak seen. Thread-safe: the sampling thread adds, the benchmark
 * thread reads.
 */
public final class PeakTracker {
    /** Peak resident anonymous memory in the iteration. */
    public static final String PEAK_RSS_ANON = "mem.peak.rssAnon.bytes";
    /** Peak resident file-backed memory in the iteration. */
    public static final String PEAK_RSS_FILE = "mem.peak.rssFile.bytes";
    /** Peak heap used in the iteration. */
    public static final String PEAK_HEAP_USED = "mem.peak.heapUsed.bytes";
    /** Peak NMT committed in the iteration (only when NMT is on). */
    public static final String PEAK_NMT_COMMITTED = "mem.peak.nmtCommitted.bytes";
    /** Peak RssAnon divided by the input bytes of one operation. */
    public static final String RSS_ANON_PER_INPUT_BYTE = "mem.rssAnon.perInputByte";
    /** Peak RssAnon divided by the input records of one operation. */
    public static final String RSS_ANON_PER_RECORD = "mem.rssAnon.perRecord";
    /** How many samples the peaks were taken from (aggregated as the minimum: the worst coverage). */
    public static final String SAMPLES = "mem.samples";

    private long rssAnon = -1;
    private long rssFile = -1;
    private long heapUsed = -1;
    private long nmtCommitted = -1;
    private long samples;

    /** A tracker with no samples yet. */
    public PeakTracker() {
    }

    /**
     * Adds a sample.
     *
     * @param reading the figures at one instant
     */
    public synchronized void add(MemoryReading reading) {
        rssAnon = Math.max(rssAnon, reading.rssAnon());
        rssFile = Math.max(rssFile, reading.rssFile());
        heapUsed = Math.max(heapUsed, reading.heapUsed());
        nmtCommitted = Math.max(nmtCommitted, reading.nmtCommitted());
        samples++;
    }

    /** @return the number of samples added */
    public synchronized long samples() {
        return samples;
    }

    /** @return the peak of every figure (-1 where no sample had it) */
    public synchronized MemoryReading peak() {
        return new MemoryReading(rssAnon, rssFile, heapUsed, nmtCommitted);
    }

    /**
     * The secondary results for this iteration. Figures no sample had (NMT off, no /proc) are
     * left out rather than reported as zero.
     *
     * @param inputBytes bytes of input per operation, or -1 when unknown
     * @param inputRecords records of input per operation, or -1 when unknown
     * @return the results, empty when there were no samples
     */
    public synchronized List<Result<?>> results(long inputBytes, long inputRecords) {
        List<Result<?>> out = new ArrayList<>();
        if (samples == 0) {
            return out;
        }
        addIfKnown(out, PEAK_RSS_ANON, rssAnon, "bytes");
        addIfKnown(out, PEAK_RSS_FILE, rssFile, "bytes");
        addIfKnown(out, PEAK_HEAP_USED, heapUsed, "bytes");
        addIfKnown(out, PEAK_NMT_COMMITTED, nmtCommitted, "bytes");
        if (rssAnon >= 0 && inputBytes > 0) {
            out.add(max(RSS_ANON_PER_INPUT_BYTE, (double) rssAnon / inputBytes, "bytes/byte"));
        }
        if (rssAnon >= 0 && inputRecords > 0) {
            out.add(max(RSS_ANON_PER_RECORD, (double) rssAnon / inputRecords, "bytes/record"));
        }
        out.add(new ScalarResult(SAMPLES, samples, "samples", AggregationPolicy.MIN));
        return out;
    }

    private static void addIfKnown(List<Result<?>> out, String label, long value, String unit) {
        if (value >= 0) {
            out.add(max(label, value, unit));
        }
    }

    private static ScalarResult max(String label, double value, String unit) {
        return new ScalarResult(label, value, unit, AggregationPolicy.MAX);
    }
}
