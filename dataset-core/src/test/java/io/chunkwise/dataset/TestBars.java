package io.chunkwise.dataset;

import io.chunkwise.dataset.bars.BarChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/** Small deterministic bar series for tests: a random walk with consistent OHLC. */
public final class TestBars {
    private TestBars() {
    }

    /**
     * @param rows bars
     * @param seed seed
     * @return the bars in one chunk
     */
    public static BarChunk series(int rows, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BarChunk c = new BarChunk(rows);
        double close = 1.1;
        long t = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < rows; i++) {
            double open = close;
            close = Math.max(0.01, open * Math.exp(r.nextGaussian() * 0.002));
            double high = Math.max(open, close) * (1 + r.nextDouble() * 0.001);
            double low = Math.min(open, close) * (1 - r.nextDouble() * 0.001);
            c.add(t + i * 60_000L, open, high, low, close, Math.floor(r.nextDouble() * 1000));
        }
        return c;
    }

    /**
     * Writes a bars CSV with ISO timestamps.
     *
     * @param file target
     * @param rows bars
     * @param seed seed
     * @return the file
     */
    public static Path csv(Path file, int rows, long seed) {
        BarChunk c = series(rows, seed);
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("timestamp,open,high,low,close,volume\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%.6f,%.0f%n", Instant.ofEpochMilli(c.time()[i]),
                        c.open()[i], c.high()[i], c.low()[i], c.close()[i], c.volume()[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
