/** JMH suites, peer adapters and the JMH memory profiler. */
module io.chunkwise.bench {
    requires io.chunkwise.loader;
    requires io.chunkwise.dataset;
    requires io.chunkwise.profiler;
    requires transitive jmh.core;
    requires java.management;
    requires java.sql;
    requires de.siegmar.fastcsv;
    requires quickfixj.core;

    exports io.chunkwise.bench.input;
    exports io.chunkwise.bench.memory;
    exports io.chunkwise.bench.run;

    provides org.openjdk.jmh.profile.Profiler with
            io.chunkwise.bench.memory.MemoryProfiler, io.chunkwise.bench.memory.ThroughputProfiler;
}
