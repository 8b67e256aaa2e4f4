package io.chunkwise.loader.csv;

/**
 * A record that was not accepted, and why.
 *
 * @param line the 1-based line where the record starts
 * @param offset the byte offset of its first byte in the file
 * @param reason why it was rejected
 */
public record Reject(long line, long offset, String reason) {
}
