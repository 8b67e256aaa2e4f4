/** Memory sampling over time, JFR and async-profiler sessions. */
module io.chunkwise.profiler {
    requires transitive java.management;
    requires java.management.rmi;
    requires jdk.attach;
    requires jdk.jfr;
    requires jdk.management;

    exports io.chunkwise.profiler.async;
    exports io.chunkwise.profiler.jfr;
    exports io.chunkwise.profiler.metric;
    exports io.chunkwise.profiler.monitor;
    exports io.chunkwise.profiler.output;
    exports io.chunkwise.profiler.probe;
    exports io.chunkwise.profiler.process;
    exports io.chunkwise.profiler.session;
}
