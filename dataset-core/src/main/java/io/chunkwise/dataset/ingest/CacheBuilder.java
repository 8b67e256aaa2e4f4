package io.chunkwise.dataset.ingest;

import io.chunkwise.dataset.arrow.ArrowCacheWriter;
import io.chunkwise.dataset.arrow.CacheColumns;
import io.chunkwise.dataset.bars.BarChunk;
import io.chunkwise.dataset.bars.BarReject;
import io.chunkwise.dataset.bars.BarsCsvReader;
import io.chunkwise.dataset.bars.BarsFormatException;
import io.chunkwise.dataset.bars.BarsLayout;
import io.chunkwise.dataset.bars.SkippedSymbol;
import io.chunkwise.dataset.bars.TimestampKinds;
import io.chunkwise.dataset.features.FeatureComputer;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.io.FileArguments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Bars CSV → features → Arrow cache, a chunk at a time: memory is one chunk of bars plus one
 * record batch, whatever the file size. The first {@link FeatureSpec#warmup()} rows are dropped; a
 * later row whose features float32 cannot hold (extreme prices) is rejected, not written as an
 * infinity, and counted as rejected rather than accepted.
 */
public final class CacheBuilder {
    /** Rows per record batch unless told otherwise (the command line's {@code --batch-rows}). */
    public static final int DEFAULT_BATCH_ROWS = 65_536;
    private static final int MAX_REPORTED_REJECTS = 10;

    private final FeatureSpec spec;
    private final int batchRows;

    /**
     * A builder writing record batches of {@link #DEFAULT_BATCH_ROWS} rows.
     *
     * @param spec the features to compute
     */
    public CacheBuilder(FeatureSpec spec) {
        this(spec, DEFAULT_BATCH_ROWS);
    }

    /**
     * @param spec the features to compute
     * @param batchRows rows per Arrow record batch
     */
    public CacheBuilder(FeatureSpec spec, int batchRows) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batch rows must be positive: " + batchRows);
        }
        this.spec = spec;
        this.batchRows = batchRows;
    }

    /**
     * Builds the cache.
     *
     * @param bars the bars CSV
     * @param cache the Arrow file to write (replaced atomically when complete)
     * @param progress receives bytes of the CSV consumed, as deltas
     * @param rejects receives every rejected row
     * @return what was done
     * @throws IllegalArgumentException before anything is written when the bars are not a regular
     *     file, or the cache would replace them or a chunkwise index, or lies in a missing directory,
     *     or is a directory
     * @throws NullPointerException when {@code progress} or {@code rejects} is null
     * @throws io.chunkwise.loader.csv.CsvParseException before anything is written when the file has
     *     no usable header (it is empty, say)
     * @throws BarsFormatException before anything is written when it is not a bars file: its header
     *     lacks a required column, or it is an archive, compressed, or an Arrow file (a cache, given as bars)
     * @throws TooFewRowsException when the whole file gives too few accepted rows for the warm-up
     *     (a header and no bars, say)
     */
    public CacheSummary build(Path bars, Path cache, LongConsumer progress, Consumer<BarReject> rejects) {
        return build(bars, BarsLayout.DEFAULT, cache, progress, rejects);
    }

    /**
     * Builds the cache from a bars file in another layout (delimiter, column names, zone). Without a
     * volume column the cache has none either (no feature uses volume; a dataset asked for one is
     * refused as naming a missing column), and the summary says so.
     *
     * @param bars the bars file
     * @param layout how to read it
     * @param cache the Arrow file to write (replaced atomically when complete)
     * @param progress receives bytes of the file consumed, as deltas
     * @param rejects receives every rejected row
     * @return what was done
     * @throws IllegalArgumentException before anything is written when the bars are not a regular
     *     file, or the cache would replace them or a chunkwise index, or lies in a missing directory,
     *     or is a directory
     * @throws NullPointerException when {@code progress} or {@code rejects} is null
     * @throws io.chunkwise.loader.csv.CsvParseException before anything is written when the file has
     *     no usable header (it is empty, say)
     * @throws BarsFormatException before anything is written when it is not a bars file: its header
     *     lacks a required column, has two candidates for one, or reads as one column that looks
     *     separated by another delimiter; or it is an archive, compressed, or an Arrow file (a cache,
     *     given as bars)
     * @throws TooFewRowsException when the whole file gives too few accepted rows for the warm-up, or
     *     none after it that float32 can hold the features of (the rejects handed on are then every one)
     */
    public CacheSummary build(Path bars, BarsLayout layout, Path cache, LongConsumer progress,
            Consumer<BarReject> rejects) {
        FileArguments.requireInput(bars);
        FileArguments.requireOutput(cache, "output", true, bars);
        // a master's index replaced by a cache: its lookups would then refuse the file
        IndexFile.requireNotIndex(cache, "output");
        // a null receiver failed at the first rejected row, half-way through a build
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(rejects, "rejects");
        List<String> first = new ArrayList<>();
        RejectTally tally = new RejectTally();
        Consumer<BarReject> tee = r -> {
            if (first.size() < MAX_REPORTED_REJECTS) {
                first.add(r.toString());
            }
            tally.accept(r);
            rejects.accept(r);
        };
        RejectMerge merged = new RejectMerge(tee);
        int warmup = spec.warmup();
        List<String> columns;
        long seen = 0;
        long written;
        long batches;
        long accepted;
        long rejected;
        String read;
        boolean volume;
        boolean header;
        String notice;
        long skipped;
        List<SkippedSymbol> skippedSymbols;
        long blankLines;
        TimestampKinds timestamps;
        long overflows = 0;
        TimeGaps gaps = new TimeGaps();
        try (BarsCsvReader reader = new BarsCsvReader(bars, layout, merged)) {
            // a batch of more rows than the file has is one batch of the file's rows, in less memory
            int rows = reader.rowsAtMost(batchRows);
            checkHeap(bars, rows);
            BarChunk chunk = new BarChunk(rows);
            FeatureComputer computer = new FeatureComputer(spec, rows);
            columns = columns(reader.hasVolume());
            int barColumns = columns.size() - spec.features().size();
            double[][] values = new double[columns.size()][];
            try (ArrowCacheWriter writer = new ArrowCacheWriter(cache, columns, rows)) {
                long reported = 0;
                while (reader.read(chunk)) {
                    computer.compute(chunk);
                    values[0] = chunk.open();
                    values[1] = chunk.high();
                    values[2] = chunk.low();
                    values[3] = chunk.close();
                    if (barColumns == 5) {
                        values[4] = chunk.volume();
                    }
                    for (int f = 0; f < spec.features().size(); f++) {
                        values[barColumns + f] = computer.column(f);
                    }
                    int skip = (int) Math.max(0, Math.min(chunk.size(), warmup - seen));
                    overflows += append(writer, chunk, values, barColumns, skip, bars, merged, gaps);
                    merged.flush();
                    seen += chunk.size();
                    progress.accept(reader.bytesRead() - reported);
                    reported = reader.bytesRead();
                }
                progress.accept(reader.bytesRead() - reported);
                merged.flush();
                if (seen == 0 && tally.total() == 0 && reader.skipped() == 0 && !reader.headerless()) {
                    // a header alone (an export of an empty range): "0 accepted rows" would leave one looking for rejects
                    throw new TooFewRowsException(bars + ":" + reader.headerLine() + " (byte " + reader.headerOffset()
                            + "): only a header, no bars" + (reader.blankLines() == 0 ? ""
                                    : String.format(Locale.ROOT, " (%,d blank %s skipped)", reader.blankLines(),
                                            reader.blankLines() == 1 ? "line" : "lines")) + ": nothing to cache");
                }
                if (seen <= warmup) {
                    // no row at all is no matter of warm-up: the rejects are the story; the rejects'
                    // summary goes last, as it may end in a question of its own (newest-first?)
                    throw new TooFewRowsException(bars + ": " + seen + (seen == 1 ? " accepted row" : " accepted rows")
                            // none of the chosen symbol: the file's own say what was meant (EURUSD for eurusd)
                            + (layout.symbol() == null ? "" : String.format(Locale.ROOT, " of symbol %s (%,d rows of others skipped%s)",
                                    layout.symbol(), reader.skipped(), seen > 0 || reader.skipped() == 0 ? ""
                                            : ": " + reader.skippedSymbols()))
                            + (reader.blankLines() == 0 ? "" : String.format(Locale.ROOT, ", %,d blank %s skipped",
                                    reader.blankLines(), reader.blankLines() == 1 ? "line" : "lines"))
                            + (seen == 0 ? "" : ", but features '" + spec + "' need more than " + warmup
                                    + (warmup == 1 ? " row" : " rows") + " of warm-up")
                            + (tally.total() == 0 ? "" : String.format(Locale.ROOT, "%s %,d rejected, most as %s",
                                    seen == 0 ? " and" : ";", tally.total(), tally.commonest()))
                            + (seen == 0 ? ": nothing to cache" : ""));
                }
                if (writer.rows() == 0) {
                    throw new TooFewRowsException(String.format(Locale.ROOT, "%s: no row to write: every row after the features'"
                            + " warm-up of %,d was rejected (%,d), most as %s", bars, warmup, seen - warmup,
                            tally.commonest()));
                }
                writer.finish();
                written = writer.rows();
                batches = writer.batches();
            }
            accepted = reader.accepted() - overflows;
            rejected = reader.rejected() + overflows;
            read = reader.columns();
            volume = reader.hasVolume();
            header = !reader.headerless();
            notice = reader.headerNotice();
            skipped = reader.skipped();
            skippedSymbols = reader.skippedSymbolCounts();
            blankLines = reader.blankLines();
            timestamps = reader.timestampKinds();
        }
        return new CacheSummary(cache.toString(), spec.toString(), columns, accepted, rejected,
                Math.min(seen, warmup), written, batches, size(cache), first, tally.commonest(), read, volume,
                layout.clock().toString(), header, notice, layout.decimalComma(), layout.symbol(), skipped, blankLines,
                gaps.spacingMillis(), gaps.largestGapMillis(), gaps.largestGapLine(), timestamps, skippedSymbols);
    }

    /**
     * Writes the chunk's rows from {@code from}, rejecting each whose features float32 cannot hold
     * (a check per value, no allocation unless a row is rejected).
     *
     * @return the rows rejected
     */
    private int append(ArrowCacheWriter writer, BarChunk chunk, double[][] values, int firstFeature, int from,
            Path bars, RejectMerge rejects, TimeGaps gaps) {
        int rejected = 0;
        int end = chunk.size();
        for (int at = from; at < end; ) {
            int bad = FeatureOverflow.first(values, firstFeature, at, end);
            writer.append(chunk.time(), values, at, bad - at);
            for (int r = at; r < bad; r++) {
                gaps.add(chunk.time()[r], chunk.line()[r]);
            }
            if (bad < end) {
                rejects.rejectRow(new BarReject(bars, chunk.line()[bad], chunk.offset()[bad],
                        FeatureOverflow.reason(spec.columns(), values, firstFeature, bad)));
                rejected++;
            }
            at = bad + 1;
        }
        return rejected;
    }

    /** The cache's float columns: the bars' (volume only when the file has it), then the features'. */
    private List<String> columns(boolean volume) {
        List<String> columns = new ArrayList<>(CacheColumns.BARS);
        if (!volume) {
            columns.remove(CacheColumns.VOLUME);
        }
        columns.addAll(spec.columns());
        return columns;
    }

    /**
     * One chunk of bars and its feature columns live on the heap: refuse before allocating when they cannot.
     *
     * @param rows the chunk's rows: the batch rows, or the file's lines when fewer
     */
    private void checkHeap(Path bars, int rows) {
        long perRow = 6L * Long.BYTES + (long) spec.features().size() * Double.BYTES;
        long needed = perRow * rows;
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (needed > available / 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: batch rows %,d%s need ~%,d MiB of heap per chunk,"
                    + " but only ~%,d MiB is free; lower the batch rows or raise the maximum heap", bars, batchRows,
                    rows < batchRows ? String.format(Locale.ROOT, ", capped at the file's %,d lines,", rows) : "",
                    needed >> 20, available >> 20));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
