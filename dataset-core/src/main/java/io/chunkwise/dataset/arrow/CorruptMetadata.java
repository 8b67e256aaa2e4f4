package io.chunkwise.dataset.arrow;

import java.nio.file.Path;

/**
 * Turns what a flatbuffer or Arrow Java reader throws on damaged bytes (an index out of bounds, a
 * {@code null} where a table should be) into a {@link CacheFormatException} that says the file is
 * corrupt, so a damaged cache is a user's input error, not an internal one.
 */
final class CorruptMetadata {
    private CorruptMetadata() {
    }

    /**
     * @param file the cache
     * @param offset byte offset of the part read, or -1
     * @param part what was being read, e.g. "schema or footer"
     * @param e what the reader threw
     * @return the exception to throw ({@code e} itself when it already is one)
     */
    static CacheFormatException of(Path file, long offset, String part, RuntimeException e) {
        if (e instanceof CacheFormatException c) {
            return c;
        }
        // what a flatbuffer or Arrow Java says here (an index, a byte-array dump, a class name) tells a user nothing
        return new CacheFormatException(file, offset, "corrupt Arrow " + part + " (it does not parse); rebuild the"
                + " file (a Chunkwise cache by building it again from its bars)");
    }
}
