/** FX bar datasets: features, Arrow IPC cache, standard and iterable datasets. */
module io.chunkwise.dataset {
    requires io.chunkwise.loader;
    requires jdk.jfr;
    requires org.apache.arrow.memory.core;
    // Arrow finds its allocator by class name: on the module path only a module that requires it resolves it
    requires org.apache.arrow.memory.unsafe;
    requires transitive org.apache.arrow.vector;
    requires org.apache.arrow.format;

    exports io.chunkwise.dataset.arrow;
    exports io.chunkwise.dataset.bars;
    exports io.chunkwise.dataset.features;
    exports io.chunkwise.dataset.generate;
    exports io.chunkwise.dataset.ingest;
    exports io.chunkwise.dataset.sample;
}
