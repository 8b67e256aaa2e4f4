package io.chunkwise.dataset.arrow;

/** What a cache column holds, as far as datasets care. */
public enum ColumnType {
    /** 32-bit IEEE floats. */
    FLOAT32,
    /** 64-bit IEEE floats (read as float32). */
    FLOAT64,
    /** Anything else (timestamps, integers, strings…): not usable as a feature or target. */
    OTHER;

    /** @return whether datasets can read it as float32 */
    public boolean floating() {
        return this != OTHER;
    }
}
