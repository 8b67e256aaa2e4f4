package io.chunkwise.dataset.ingest;

import io.chunkwise.dataset.bars.SkippedSymbol;
import io.chunkwise.dataset.bars.TimestampKinds;
import java.util.List;

/**
 * What building a cache did; accepted + rejected + skipped = data rows read, and with blankLines
 * every line of the file but its header (and a {@code sep=} line); rows = accepted − warm-up.
 *
 * @param cache the Arrow file written
 * @param features the spec used
 * @param columns the float columns of the cache, in order
 * @param accepted bar rows accepted
 * @param rejected bar rows rejected (each reported)
 * @param warmupDropped leading rows dropped while features warm up
 * @param rows rows in the cache
 * @param batches record batches in the cache
 * @param bytes size of the cache file
 * @param firstRejects the first rejects, for people (file:line (byte offset): reason)
 * @param commonestReject the commonest kind of reject, its count and first example; null when none
 * @param sourceColumns which column of the bars file each field was read from
 *     ({@code timestamp ← 'Date' + 'Time', open ← 'Open', …})
 * @param volume whether the bars file had a volume column (without one the cache has no volume column)
 * @param timezone the clock on which timestamps without an offset were read: a zone, and the shift
 *     when the clock runs ahead of it ({@code America/New_York+07:00})
 * @param header whether the bars file had a header (without one, its columns were read by position)
 * @param headerNotice one line saying that the first line was found to be a bar, not a header; null
 *     when it was a header or the layout said there was none
 * @param decimalComma whether numbers were read with a decimal comma
 * @param symbol the instrument read from a file of several ({@code --symbol}); null when none was chosen
 * @param skipped rows of the other instruments, skipped (0 without a symbol)
 * @param blankLines empty lines skipped (a line of spaces is a row, rejected)
 * @param barSpacingMillis the smallest time between two consecutive rows of the cache, in ms; null
 *     with one row
 * @param largestGapMillis the largest time between two consecutive rows of the cache (a weekend, a
 *     missing stretch, a mistyped date), in ms, when more than {@code barSpacingMillis}; else null
 * @param largestGapLine the bars file's line of the row after that gap; null when there is none
 * @param timestamps how the file's timestamps were read: local times on {@code timezone}'s clock,
 *     with their own offsets, or epoch numbers ({@link TimestampKinds#describe} says which)
 * @param skippedSymbols the first few instruments skipped as others than {@code symbol}, in file order,
 *     each with its rows ({@code GBPUSD 100, eurusd 20}: symbols are compared as written); the rows of
 *     any later one are only in {@code skipped} ({@link SkippedSymbol#describe} names them all)
 */
public record CacheSummary(String cache, String features, List<String> columns, long accepted, long rejected,
        long warmupDropped, long rows, long batches, long bytes, List<String> firstRejects, String commonestReject,
        String sourceColumns, boolean volume, String timezone, boolean header, String headerNotice,
        boolean decimalComma, String symbol, long skipped, long blankLines, Long barSpacingMillis, Long largestGapMillis,
        Long largestGapLine, TimestampKinds timestamps, List<SkippedSymbol> skippedSymbols) {

    /** Copies the list. */
    public CacheSummary {
        skippedSymbols = List.copyOf(skippedSymbols);
    }

    /**
     * A summary without the skipped symbols' names (as before they were kept).
     *
     * @param cache the Arrow file written
     * @param features the spec used
     * @param columns the float columns of the cache, in order
     * @param accepted bar rows accepted
     * @param rejected bar rows rejected
     * @param warmupDropped leading rows dropped while features warm up
     * @param rows rows in the cache
     * @param batches record batches in the cache
     * @param bytes size of the cache file
     * @param firstRejects the first rejects, for people
     * @param commonestReject the commonest kind of reject; null when none
     * @param sourceColumns which column of the bars file each field was read from
     * @param volume whether the bars file had a volume column
     * @param timezone the clock on which timestamps without an offset were read
     * @param header whether the bars file had a header
     * @param headerNotice the notice that the first line was a bar; null when none
     * @param decimalComma whether numbers were read with a decimal comma
     * @param symbol the instrument chosen; null when none
     * @param skipped rows of the other instruments, skipped
     * @param blankLines empty lines skipped
     * @param barSpacingMillis the smallest time between two consecutive rows, in ms; null with one row
     * @param largestGapMillis the largest time between two consecutive rows, in ms; null when none
     * @param largestGapLine the line of the row after that gap; null when none
     * @param timestamps how the file's timestamps were read
     */
    public CacheSummary(String cache, String features, List<String> columns, long accepted, long rejected,
            long warmupDropped, long rows, long batches, long bytes, List<String> firstRejects, String commonestReject,
            String sourceColumns, boolean volume, String timezone, boolean header, String headerNotice,
            boolean decimalComma, String symbol, long skipped, long blankLines, Long barSpacingMillis, Long largestGapMillis,
            Long largestGapLine, TimestampKinds timestamps) {
        this(cache, features, columns, accepted, rejected, warmupDropped, rows, batches, bytes, firstRejects,
                commonestReject, sourceColumns, volume, timezone, header, headerNotice, decimalComma, symbol, skipped,
                blankLines, barSpacingMillis, largestGapMillis, largestGapLine, timestamps, List.of());
    }
}
