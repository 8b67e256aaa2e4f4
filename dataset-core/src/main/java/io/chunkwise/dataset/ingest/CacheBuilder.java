package io.chunkwise.dataset.ingest;

import io.chunkwise.dataset.arrow.ArrowCacheWriter;
import io.chunkwise.dataset.arrow.CacheColumns;
import io.chunkwise.dataset.bars.BarChunk;
import io.chunkwise.dataset.bars.BarReject;
import io.chunkwise.dataset.bars.BarsCsvReader;
import io.chunkwise.dataset.bars.BarsFormatException;
import io.chunkwise.dataset.bars.BarsLayout;
import io.chunkwise.dataset.features.FeatureComputer;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.loader.io.FileArguments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Bars CSV → features → Arrow cache, a chunk at a time: memory is one chunk of bars plus one
 * record batch, whatever the file size. The first {@link FeatureSpec#warmup()} rows are dropped.
 */
public final class CacheBuilder {
    private static final int MAX_REPORTED_REJECTS = 10;

    private final FeatureSpec spec;
    private final int batchRows;

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
     *     file, or the cache would replace them, or lies in a missing directory, or is a directory
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
     *     file, or the cache would replace them, or lies in a missing directory, or is a directory
     * @throws TooFewRowsException when the whole file gives too few accepted rows for the warm-up (the
     *     rejects handed on are then every one)
     */
    public CacheSummary build(Path bars, BarsLayout layout, Path cache, LongConsumer progress,
            Consumer<BarReject> rejects) {
        FileArguments.requireInput(bars);
        FileArguments.requireOutput(cache, "output", true, bars);
        List<String> first = new ArrayList<>();
        RejectTally tally = new RejectTally();
        Consumer<BarReject> tee = r -> {
            if (first.size() < MAX_REPORTED_REJECTS) {
                first.add(r.toString());
            }
            tally.accept(r);
            rejects.accept(r);
        };
        int warmup = spec.warmup();
        checkHeap(bars);
        BarChunk chunk = new BarChunk(batchRows);
        FeatureComputer computer = new FeatureComputer(spec, batchRows);
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
        try (BarsCsvReader reader = new BarsCsvReader(bars, layout, tee)) {
            columns = columns(reader.hasVolume());
            int barColumns = columns.size() - spec.features().size();
            double[][] values = new double[columns.size()][];
            try (ArrowCacheWriter writer = new ArrowCacheWriter(cache, columns, batchRows)) {
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
                    writer.append(chunk.time(), values, skip, chunk.size() - skip);
                    seen += chunk.size();
                    progress.accept(reader.bytesRead() - reported);
                    reported = reader.bytesRead();
                }
                progress.accept(reader.bytesRead() - reported);
                if (seen <= warmup) {
                    throw new TooFewRowsException(bars + ": " + seen + (seen == 1 ? " accepted row" : " accepted rows")
                            + (layout.symbol() == null ? "" : String.format(" of symbol %s (%,d rows of others skipped)",
                                    layout.symbol(), reader.skipped()))
                            + (tally.total() > 0 ? String.format(" and %,d rejected, most as %s", tally.total(),
                                    tally.commonest()) : "")
                            + ", but features '" + spec + "' need more than " + warmup + " rows of warm-up");
                }
                writer.finish();
                written = writer.rows();
                batches = writer.batches();
            }
            accepted = reader.accepted();
            rejected = reader.rejected();
            read = reader.columns();
            volume = reader.hasVolume();
            header = !reader.headerless();
            notice = reader.headerNotice();
            skipped = reader.skipped();
        }
        return new CacheSummary(cache.toString(), spec.toString(), columns, accepted, rejected,
                Math.min(seen, warmup), written, batches, size(cache), first, tally.commonest(), read, volume,
                layout.zone().getId(), header, notice, layout.decimalComma(), layout.symbol(), skipped);
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

    /** One chunk of bars and its feature columns live on the heap: refuse before allocating when they cannot. */
    private void checkHeap(Path bars) {
        long perRow = 6L * Long.BYTES + (long) spec.features().size() * Double.BYTES;
        long needed = perRow * batchRows;
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (needed > available / 2) {
            throw new IllegalArgumentException(String.format("%s: batch rows %,d need ~%,d MiB of heap per chunk,"
                    + " but only ~%,d MiB is free; lower the batch rows or raise the maximum heap", bars, batchRows, needed >> 20,
                    available >> 20));
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
