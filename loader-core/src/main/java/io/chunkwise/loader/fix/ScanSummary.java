package io.chunkwise.loader.fix;

/**
 * What a whole scan found.
 *
 * @param bytes size of the log
 * @param messages well-formed messages
 * @param malformed malformed messages
 * @param chunks chunks scanned
 * @param chunkSize the chunk size used: the one asked for, or more for a log of more than {@value
 *     io.chunkwise.loader.io.ChunkPlanner#MAX_CHUNKS} of them ({@link io.chunkwise.loader.io.ChunkPlanner})
 * @param rescans chunks scanned again because a message crossing into them hid a false start
 * @param truncatedAt where the message cut by the end of the log starts, or -1: its
 *     {@link Malformation#TRUNCATED} report, counted in {@code malformed}; no message start follows
 *     such a message, so it is the log's last. In a log another process appends to, it is the
 *     message being written when the log was mapped.
 */
public record ScanSummary(long bytes, long messages, long malformed, int chunks, long chunkSize, int rescans,
        long truncatedAt) {

    /**
     * @return this summary without the message cut by the end of the log ({@link #truncatedAt()}),
     *     one malformed message fewer: a log still being written was cut inside the message its
     *     writer was writing; itself when there is none
     */
    public ScanSummary leavingOutTruncated() {
        return truncatedAt < 0 ? this : new ScanSummary(bytes, messages, malformed - 1, chunks, chunkSize, rescans, -1);
    }
}
