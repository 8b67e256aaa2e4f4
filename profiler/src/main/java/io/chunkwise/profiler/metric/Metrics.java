package io.chunkwise.profiler.metric;

import java.util.List;

/** The standard metrics, in the column order of {@code memory.csv}. */
public final class Metrics {
    /** Resident set size (VmRSS): everything resident, anonymous, file-backed and shared. */
    public static final Metric RSS = Metric.bytes("rss", "VmRSS");
    /** Resident anonymous memory (RssAnon): heap, native allocations, thread stacks — the program's own memory. */
    public static final Metric RSS_ANON = Metric.bytes("rss_anon", "RssAnon");
    /** Resident file-backed memory (RssFile): mapped files and code; page cache, reclaimable. */
    public static final Metric RSS_FILE = Metric.bytes("rss_file", "RssFile");
    /** Resident shared memory (RssShmem). */
    public static final Metric RSS_SHMEM = Metric.bytes("rss_shmem", "RssShmem");
    /** The kernel's peak resident set size (VmHWM). */
    public static final Metric VM_HWM = Metric.bytes("vm_hwm", "VmHWM");
    /** Proportional set size from {@code smaps_rollup} (optional, costlier to read). */
    public static final Metric PSS = Metric.bytes("pss", "Pss");
    /** Java heap in use. */
    public static final Metric HEAP_USED = Metric.bytes("heap_used", "HeapUsed");
    /** Java heap committed. */
    public static final Metric HEAP_COMMITTED = Metric.bytes("heap_committed", "HeapCommitted");
    /** Non-heap in use: metaspace, code cache. */
    public static final Metric NONHEAP_USED = Metric.bytes("nonheap_used", "NonHeapUsed");
    /** Direct byte buffers ({@code ByteBuffer.allocateDirect}). */
    public static final Metric DIRECT = Metric.bytes("direct", "DirectBuffers");
    /** Mapped byte buffers ({@code FileChannel.map}); their resident pages show in RssFile. */
    public static final Metric MAPPED = Metric.bytes("mapped", "MappedBuffers");
    /** Native memory committed, as Native Memory Tracking counts it (only with NMT on). */
    public static final Metric NMT_COMMITTED = Metric.bytes("nmt_committed", "NmtCommitted");
    /** Garbage collections so far, all collectors. */
    public static final Metric GC_COUNT = new Metric("gc_count", "GcCount", Unit.COUNT);
    /** Time spent in garbage collection so far, all collectors. */
    public static final Metric GC_TIME = new Metric("gc_time", "GcTime", Unit.MILLIS);

    /** RssAnon summed over the processes the sampled one started (and theirs): not in its own RssAnon. */
    public static final Metric DESCENDANTS_RSS_ANON = Metric.bytes("descendants_rss_anon", "DescendantsRssAnon");
    /** RssFile summed over the processes the sampled one started; a page they share counts in each. */
    public static final Metric DESCENDANTS_RSS_FILE = Metric.bytes("descendants_rss_file", "DescendantsRssFile");
    /** How many processes the sampled one has started that still run. */
    public static final Metric DESCENDANTS = new Metric("descendants", "Descendants", Unit.COUNT);

    /** The metrics of {@code /proc/<pid>/status}. */
    public static final List<Metric> PROC_STATUS = List.of(RSS, RSS_ANON, RSS_FILE, RSS_SHMEM, VM_HWM);
    /** The metrics read from a JVM's management beans. */
    public static final List<Metric> JVM = List.of(HEAP_USED, HEAP_COMMITTED, NONHEAP_USED, DIRECT, MAPPED);
    /** The metrics of the processes a sampled process started. */
    public static final List<Metric> DESCENDANTS_ALL = List.of(DESCENDANTS_RSS_ANON, DESCENDANTS_RSS_FILE, DESCENDANTS);
    /** The garbage collector counters. */
    public static final List<Metric> GC = List.of(GC_COUNT, GC_TIME);

    private Metrics() {
    }
}
