package io.chunkwise.loader.fix;

/**
 * One chunk of a scan, final.
 *
 * @param index the chunk's position in the log, from 0
 * @param start first byte of the chunk
 * @param end byte after the chunk (messages starting before it belong to the chunk)
 * @param firstLine line number of {@code start} (1-based); a message's line is
 *     {@code firstLine + lineIndex}, or 0 when the scan did not count lines
 * @param messages well-formed messages starting in the chunk
 * @param malformed malformed messages starting in the chunk
 * @param rescanned whether the chunk was scanned again from the true message boundary
 */
public record ChunkStats(int index, long start, long end, long firstLine, long messages, long malformed,
        boolean rescanned) {

    /**
     * @param lineIndex a line index reported by {@link FixMessage#lineIndex()} or
     *     {@link MalformedMessage#lineIndex()} in this chunk
     * @return the 1-based line number, or 0 when lines were not counted
     */
    public long line(long lineIndex) {
        return firstLine == 0 ? 0 : firstLine + lineIndex;
    }
}
