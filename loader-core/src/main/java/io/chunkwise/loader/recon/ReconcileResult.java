package io.chunkwise.loader.recon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What reconciliation found. The first messages it names ({@code firstSymbolForm} … {@code firstOtherId})
 * carry their line also when lines were not counted as the log was read (counted once, at the end).
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
 * @param nulBytes NUL bytes between messages, a hole where messages may have been lost
 *     ({@link io.chunkwise.loader.fix.ScanSummary#nulBytes()})
 * @param firstNulAt where the first of them is, or -1
 * @param firstNulLine its line (from 1), or 0 when lines were not counted or there is none
 * @param unwrittenBytes the NUL bytes that end the log, space a preallocating appender reserved and
 *     did not write yet, not read ({@link io.chunkwise.loader.fix.UnwrittenSpace}); not in {@code bytes}
 * @param symbolForms SYMBOL_MISMATCHes whose 55 is the master's symbol in another letter case or with
 *     another separator before a share class ({@code BRK B} for {@code BRK.B})
 * @param firstSymbolForm the first of them, its master symbol the one in that form; or null
 * @param firstUnknownForm the first UNKNOWN_SYMBOL whose 55 is in the master in such another form,
 *     that form as its master symbol (looked for among the first 8 UNKNOWN_SYMBOLs of each chunk,
 *     as each costs look-ups); or null
 * @param firstUnknownIdForm the first UNKNOWN_SECURITY whose CUSIP is in the master without its
 *     leading zeros ({@code 48=037833100} where the master has {@code 37833100}, a column a spreadsheet
 *     read as numbers; looked for as {@code firstUnknownForm} is); or null
 * @param inGroupsOnly messages that name instruments only inside repeating groups, not at top level
 *     (a MarketDataRequest's {@code 146=1|55=AAPL}): not checked, and not in {@code checked}
 * @param firstInGroupsOnly the first of them, or null
 * @param noInstrument messages that name no instrument, at top level or in a group (logons,
 *     heartbeats): not checked, and not in {@code checked}
 * @param otherIds messages whose SecurityID (48) has a SecurityIDSource (22) other than 1 (CUSIP) or
 *     4 (ISIN), a SEDOL's 2 or a RIC's 5, or none: the id is not looked up; checked by their
 *     symbol (55) when they have one
 * @param otherIdsUnchecked those of {@code otherIds} with no 55: not checked, and not in {@code checked}
 * @param idsWithoutColumnUnchecked those of {@code idsWithoutColumn} with no 55: not checked, and not in
 *     {@code checked}
 * @param firstOtherId the first of {@code otherIds}, or null
 * @param exchangeSymbols those of {@code otherIds} with 22=8 (exchange symbol) and no 55: checked by their 48
 *     as a 55 would be (against the master's symbols; UNKNOWN_SYMBOL when absent), and in {@code checked}
 * @param altIds those of {@code otherIds} checked by the first SecurityAltID (455) of their instrument whose source
 *     (456) is 1 (CUSIP) or 4 (ISIN) and the master has a column for, as a 48 with that 22 would be (UNKNOWN_SECURITY,
 *     SYMBOL_MISMATCH), and in {@code checked}
 * @param quoted messages quoted inside an event line of QuickFIX/J's event log, copies of messages its
 *     messages log holds: neither counted nor reconciled ({@link io.chunkwise.loader.fix.ScanSummary#quoted()})
 */
public record ReconcileResult(long bytes, long messages, long malformed, long checked,
        Map<DiscrepancyType, Long> discrepancies, long idsWithoutColumn, long cacheHits, long cacheMisses, int rescans,
        int chunks, long chunkSize, long truncatedAt, long nulBytes, long firstNulAt, long firstNulLine, long unwrittenBytes,
        long symbolForms, Discrepancy firstSymbolForm, Discrepancy firstUnknownForm, Discrepancy firstUnknownIdForm,
        long inGroupsOnly, GroupOnlyMessage firstInGroupsOnly, long noInstrument, long otherIds, long otherIdsUnchecked,
        long idsWithoutColumnUnchecked,
        OtherIdMessage firstOtherId, long exchangeSymbols, long altIds, long quoted) {

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
                cacheMisses, rescans, chunks, chunkSize, -1, nulBytes, firstNulAt, firstNulLine, unwrittenBytes, symbolForms, firstSymbolForm, firstUnknownForm,
                firstUnknownIdForm, inGroupsOnly, firstInGroupsOnly, noInstrument, otherIds, otherIdsUnchecked, idsWithoutColumnUnchecked, firstOtherId, exchangeSymbols, altIds, quoted);
    }

    /**
     * @param unwritten the NUL bytes that ended the log, left out of the bytes reconciled
     * @return this result of the bytes before them, naming them
     */
    public ReconcileResult withUnwrittenBytes(long unwritten) {
        return new ReconcileResult(bytes, messages, malformed, checked, discrepancies, idsWithoutColumn, cacheHits,
                cacheMisses, rescans, chunks, chunkSize, truncatedAt, nulBytes, firstNulAt, firstNulLine, unwritten, symbolForms, firstSymbolForm,
                firstUnknownForm, firstUnknownIdForm, inGroupsOnly, firstInGroupsOnly, noInstrument, otherIds, otherIdsUnchecked, idsWithoutColumnUnchecked, firstOtherId, exchangeSymbols, altIds, quoted);
    }

    /**
     * Whether the log holds no FIX message of its own, well-formed or malformed (an empty log, a file
     * that is no FIX log, or an event log whose messages are all quotes, {@link #quoted()}): nothing was
     * reconciled, so no discrepancy says nothing about it.
     *
     * @return {@code messages + malformed == 0}
     */
    public boolean holdsNoMessage() {
        return messages + malformed == 0;
    }

    /**
     * @return the well-formed messages not checked, each for one reason: {@code noInstrument + inGroupsOnly
     *     + otherIdsUnchecked + idsWithoutColumnUnchecked}; with {@code checked} they make {@code messages}
     */
    public long notChecked() {
        return noInstrument + inGroupsOnly + otherIdsUnchecked + idsWithoutColumnUnchecked;
    }

    /** @return all discrepancies */
    public long totalDiscrepancies() {
        return discrepancies.values().stream().mapToLong(Long::longValue).sum();
    }
}
