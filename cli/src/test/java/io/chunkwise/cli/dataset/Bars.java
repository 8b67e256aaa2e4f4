package io.chunkwise.cli.dataset;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bars CSV lines for CLI tests: a smooth walk with consistent OHLC, one minute apart from 2024-01-01. */
final class Bars {
    static final String HEADER = "timestamp,open,high,low,close,volume";
    static final long START_MS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    private Bars() {
    }

    /**
     * @param rows bars
     * @return the data lines (no header), ISO timestamps
     */
    static List<String> lines(int rows) {
        List<String> lines = new ArrayList<>(rows);
        double close = 1.1;
        for (int i = 0; i < rows; i++) {
            double open = close;
            close = open * (1 + Math.sin(i * 0.37) * 0.001);
            lines.add(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%.6f,%d", Instant.ofEpochMilli(START_MS + i * 60_000L),
                    open, Math.max(open, close) + 0.0001, Math.min(open, close) - 0.0001, close, i % 97));
        }
        return lines;
    }

    /**
     * @param file target
     * @param lines data lines
     * @return the file, with the header
     */
    static Path write(Path file, List<String> lines) {
        try {
            return Files.writeString(file, HEADER + "\n" + String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code dataset cache CSV -o OUT --features ret} and any more arguments.
     *
     * @param csv the bars file
     * @param out the cache to write
     * @param more further arguments
     * @return the run
     */
    static CliRun cache(Path csv, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }
}
