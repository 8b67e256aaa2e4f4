/** Memory sampling over time, JFR and async-profiler sessions. */
module io.chunkwise.profiler {
    requires jdk.jfr;
    requires jdk.management;
}
