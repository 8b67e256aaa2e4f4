/**
 * Persisted security-master indexes by CUSIP, ISIN and symbol: built externally within a memory
 * budget (sorted runs spilled to disk, then merged), written crash-safely (temp file, force,
 * atomic rename), versioned and checksummed, opened by mapping, stale-checked against the source.
 */
package io.chunkwise.loader.index;
