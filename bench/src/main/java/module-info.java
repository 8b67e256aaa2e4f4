/** JMH suites, peer adapters and the JMH memory profiler. */
module io.chunkwise.bench {
    requires io.chunkwise.loader;
    requires io.chunkwise.dataset;
    requires io.chunkwise.profiler;
    requires jmh.core;
}
