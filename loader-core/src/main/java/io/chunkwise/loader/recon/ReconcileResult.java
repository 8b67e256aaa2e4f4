package io.chunkwise.loader.recon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What reconciliation found.
 *
 * @param bytes size of the log
 * @param messages well-formed messages
 * @param malformed malformed messages
 * @param checked messages whose instrument was looked up
 * @param discrepancies count per type (every type present, zeros included)
 * @param idsWithoutColumn messages identified by a CUSIP (22=1) or ISIN (22=4) that the master
 *     has no column for: checked by symbol instead when they carry one (55), else not checked
 * @param cacheHits look-ups answered by the look-up cache the workers share
 * @param cacheMisses look-ups that went to the master
 * @param rescans chunks scanned again to resynchronise
 * @param chunks chunks the log was cut into
 * @param chunkSize the chunk size used ({@link io.chunkwise.loader.fix.ScanSummary#chunkSize()})
 * @param truncatedAt where the log's last message starts when the end of the log cuts it, or -1
 *     ({@link io.chunkwise.loader.fix.ScanSummary#truncatedAt()})
 */
public record ReconcileResult(long bytes, long messages, long malformed, long checked,
        Map<DiscrepancyType, Long> discrepancies, long idsWithoutColumn, long cacheHits, long cacheMisses, int rescans,
        int chunks, long chunkSize, long truncatedAt) {

    /** Copies the map, in the types' order (every run prints it alike). */
    public ReconcileResult {
        discrepancies = Collections.unmodifiableMap(new EnumMap<>(discrepancies));
    }

    /**
     * @return this result without the message cut by the end of the log ({@link #truncatedAt()}),
     *     one malformed message fewer: a log still being written was cut inside the message its
     *     writer was writing; itself when there is none
     */
    public ReconcileResult leavingOutTruncated() {
        if (truncatedAt < 0) {
            return this;
        }
        return new ReconcileResult(bytes, messages, malformed - 1, checked, discrepancies, idsWithoutColumn, cacheHits,
                cacheMisses, rescans, chunks, chunkSize, -1);
    }

    /** @return all discrepancies */
    public long totalDiscrepancies() {
        return discrepancies.values().stream().mapToLong(Long::longValue).sum();
    }
}
