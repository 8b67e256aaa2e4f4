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
 * @param nulBytes NUL bytes between messages: no logger writes one as text, so they are a hole
 *     (a crashed writer's, a preallocated log appended to after a crash, or bytes lost there), not
 *     scanned as messages; the NULs that end a preallocated log are not scanned at all ({@link UnwrittenSpace})
 * @param firstNulAt where the first of them is, or -1
 * @param firstNulLine its line (from 1), or 0 when lines were not counted or there is none
 * @param quoted messages quoted inside an event line of QuickFIX/J's event log ({@code … Rejecting invalid
 *     message: …: 8=FIX…}): copies of messages its messages log holds, so not in {@code messages} nor
 *     {@code malformed}, and not handed to a {@link FixHandler}; told by the line's shape, not by content
 */
public record ScanSummary(long bytes, long messages, long malformed, int chunks, long chunkSize, int rescans,
        long truncatedAt, long nulBytes, long firstNulAt, long firstNulLine, long quoted) {

    /**
     * Whether the log holds no FIX message of its own: nothing in it starts with {@code 8=FIX} as a
     * message, well-formed or malformed (an empty log, or a file that is no FIX log), so a clean
     * result says nothing about it. A log whose only messages are quoted in event lines
     * ({@link #quoted()}) holds none either: its messages are in the messages log.
     *
     * @return {@code messages + malformed == 0}
     */
    public boolean holdsNoMessage() {
        return messages + malformed == 0;
    }

    /**
     * @return this summary without the message cut by the end of the log ({@link #truncatedAt()}),
     *     one malformed message fewer: a log still being written was cut inside the message its
     *     writer was writing; itself when there is none
     */
    public ScanSummary leavingOutTruncated() {
        return truncatedAt < 0 ? this : new ScanSummary(bytes, messages, malformed - 1, chunks, chunkSize, rescans, -1,
                nulBytes, firstNulAt, firstNulLine, quoted);
    }
}
