/** FX bar datasets: features, Arrow IPC cache, standard and iterable datasets. */
module io.chunkwise.dataset {
    requires io.chunkwise.loader;

    exports io.chunkwise.dataset.generate;
}
