package io.chunkwise.loader.index;

import java.io.IOException;

/** Called before each block the index writer writes: a seam for fault injection in tests. */
@FunctionalInterface
public interface WriteHook {
    /** Writes nothing extra and never fails. */
    WriteHook NONE = written -> { };

    /**
     * @param bytesWritten bytes of the index written so far
     * @throws IOException to simulate a failing disk
     */
    void beforeWrite(long bytesWritten) throws IOException;
}
