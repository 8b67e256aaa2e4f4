/** Mapped file access, chunk planning, CSV scanning, security-master indexes, FIX scanning. JDK only. */
module io.chunkwise.loader {
    requires transitive jdk.jfr;

    exports io.chunkwise.loader.generate;
    exports io.chunkwise.loader.id;
    exports io.chunkwise.loader.io;
    exports io.chunkwise.loader.csv;
    exports io.chunkwise.loader.load;
    exports io.chunkwise.loader.index;
    exports io.chunkwise.loader.fix;
    exports io.chunkwise.loader.recon;
}
