package io.chunkwise.loader.fix;

/**
 * What a whole scan found.
 *
 * @param bytes size of the log
 * @param messages well-formed messages
 * @param malformed malformed messages
 * @param chunks chunks scanned
 * @param rescans chunks scanned again because a message crossing into them hid a false start
 */
public record ScanSummary(long bytes, long messages, long malformed, int chunks, int rescans) {
}
