/** Mapped file access, chunk planning, CSV scanning, security-master indexes, FIX scanning. JDK only. */
module io.chunkwise.loader {
    exports io.chunkwise.loader.fix;
}
