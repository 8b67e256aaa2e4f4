package io.chunkwise.loader.index;

import java.io.IOException;

/**
 * Called before each block the index writer writes (from the thread writing it; kinds are written
 * in parallel): a seam for fault injection in tests.
 */
@FunctionalInterface
public interface WriteHook {
    /** Writes nothing extra and never fails. */
    WriteHook NONE = written -> { };

    /**
     * @param bytesWritten where the block goes in the index file; for the header, written last,
     *     the file's end (after the body and its blocks' checksums)
     * @throws IOException to simulate a failing disk
     */
    void beforeWrite(long bytesWritten) throws IOException;
}
