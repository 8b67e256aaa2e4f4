package io.chunkwise.dataset.generate;

import io.chunkwise.loader.generate.ByteSink;
import io.chunkwise.loader.generate.SplitMix64;
import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.ScratchFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Generates OHLCV bars of a currency pair as CSV ({@code timestamp,open,high,low,close,volume},
 * timestamps as ISO instants in UTC): geometric Brownian motion with the pair's volatility,
 * scaled by an intraday activity profile and a slowly mean-reverting stochastic volatility
 * factor; no bars over the weekend closure (Friday 22:00 to Sunday 22:00 UTC) and a price gap on
 * the reopen. Each bar's high and low are drawn exactly from the Brownian bridge between its
 * open and close, so {@code high >= max(open, close)} and {@code low <= min(open, close)}, also
 * after rounding to the pair's decimals. Each open is the previous close (except after a gap).
 * Deterministic: same spec, same bytes; a spec by size ({@link FxBarsSpec#ofSize}) writes the same bars
 * as one by rows, cut before the first that would pass the size.
 */
public final class FxBarsGenerator {
    /** The header line. */
    public static final String HEADER = "timestamp,open,high,low,close,volume\n";

    private static final double TRADING_SECONDS_PER_YEAR = 260 * 86_400.0;
    private static final double VOL_OF_VOL = 0.25;
    private static final int FLUSH_AT = 1 << 20;

    private final FxBarsSpec spec;

    /**
     * @param spec what to generate
     */
    public FxBarsGenerator(FxBarsSpec spec) {
        this.spec = spec;
    }

    /**
     * Writes the bars.
     *
     * @param file created or replaced
     * @param progress receives bytes written, as deltas
     * @return what was written
     * @throws UncheckedIOException when the file cannot be written
     */
    public FxBarsSummary generate(Path file, LongConsumer progress) {
        long startNanos = System.nanoTime();
        try {
            // whole or not at all: an interrupted run leaves the old file, not a shorter one that looks complete
            return ScratchFiles.writeWhole(file, scratch -> {
                try (OutputStream out = Files.newOutputStream(scratch)) {
                    return write(out, progress, startNanos);
                }
            });
        } catch (IOException e) {
            // named, as a run's outputs may be on different disks
            throw new UncheckedIOException("output file " + file + ": " + FileErrors.reason(e), e);
        }
    }

    private FxBarsSummary write(OutputStream out, LongConsumer progress, long startNanos) throws IOException {
        FxPair pair = spec.pair();
        SplitMix64 random = new SplitMix64(0).reset(spec.seed(), pair.name().hashCode());
        long step = spec.interval().toSeconds();
        double scale = Math.pow(10, pair.decimals());
        double baseSigma = pair.annualVolatility() * Math.sqrt(step / TRADING_SECONDS_PER_YEAR);
        double gapSigma = pair.annualVolatility() * Math.sqrt(2 * 86_400 / TRADING_SECONDS_PER_YEAR) * 0.5;
        double persistence = Math.exp(-step / 86_400.0);  // the vol factor's half-life is about a day
        double volShock = VOL_OF_VOL * Math.sqrt(1 - persistence * persistence);
        double baseVolume = pair.volumePerMinute() * step / 60.0;

        ByteSink sink = new ByteSink(FLUSH_AT + 256);
        sink.put(HEADER.getBytes(StandardCharsets.US_ASCII));
        long bytes = 0;
        long time = spec.start().getEpochSecond();
        long first = time;
        long last = time;
        long rows = 0;
        long previousClose = Math.round(pair.initialPrice() * scale);
        double logVol = 0;
        for (long row = 0; row < spec.rows(); row++) {
            double openPrice = previousClose / scale;
            if (TradingCalendar.isClosed(time)) {
                time = TradingCalendar.nextOpen(time);
                openPrice *= Math.exp(gapSigma * random.nextGaussian());
            }
            double activity = TradingCalendar.activity(time, step);
            double sigma = baseSigma * activity * Math.exp(logVol);
            double variance = sigma * sigma;
            double x = -variance / 2 + sigma * random.nextGaussian();
            double up = (x + Math.sqrt(x * x - 2 * variance * Math.log(1 - random.nextDouble()))) / 2;
            double down = (x - Math.sqrt(x * x - 2 * variance * Math.log(1 - random.nextDouble()))) / 2;
            long open = Math.round(openPrice * scale);
            long close = Math.round(openPrice * Math.exp(x) * scale);
            long high = Math.max((long) Math.ceil(openPrice * Math.exp(up) * scale), Math.max(open, close));
            long low = Math.min((long) Math.floor(openPrice * Math.exp(down) * scale), Math.min(open, close));
            double surprise = Math.abs(x) / sigma;
            long volume = Math.max(1, Math.round(baseVolume * activity * (0.6 + 0.4 * surprise)
                    * Math.exp(0.4 * random.nextGaussian() - 0.08)));

            int rowStart = sink.size();
            sink.putTimestamp(time);
            sink.put(',');
            sink.putFixed(open, pair.decimals());
            sink.put(',');
            sink.putFixed(high, pair.decimals());
            sink.put(',');
            sink.putFixed(low, pair.decimals());
            sink.put(',');
            sink.putFixed(close, pair.decimals());
            sink.put(',');
            sink.putLong(volume);
            sink.put('\n');
            if (bytes + sink.size() > spec.maxBytes()) {
                bytes += flush(sink, rowStart, out, progress); // the size is reached: the rows before this one
                break;
            }
            rows++;
            if (sink.size() >= FLUSH_AT) {
                bytes += flush(sink, sink.size(), out, progress);
            }

            last = time;
            previousClose = close;
            logVol = persistence * logVol + volShock * random.nextGaussian();
            time += step;
        }
        bytes += flush(sink, sink.size(), out, progress);
        boolean any = rows > 0;
        return new FxBarsSummary(rows, bytes, System.nanoTime() - startNanos,
                any ? Instant.ofEpochSecond(first) : null, any ? Instant.ofEpochSecond(last) : null);
    }

    /** Writes the sink's first {@code n} bytes and empties it. */
    private static int flush(ByteSink sink, int n, OutputStream out, LongConsumer progress) throws IOException {
        out.write(sink.array(), 0, n);
        sink.clear();
        progress.accept(n);
        return n;
    }
}
