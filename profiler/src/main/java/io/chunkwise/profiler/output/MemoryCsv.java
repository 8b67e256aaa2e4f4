package io.chunkwise.profiler.output;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Unit;
import io.chunkwise.profiler.monitor.MemorySeries;
import io.chunkwise.profiler.monitor.Phase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code memory.csv} (header {@code elapsed_ms} then one column per metric, named
 * {@code <metric>_<unit>}; bytes as MiB; empty cell where a metric was unreadable) and
 * {@code phases.csv} (header {@code elapsed_ms,phase}).
 */
public final class MemoryCsv {
    private MemoryCsv() {
    }

    /**
     * @param series the samples
     * @param file where to write {@code memory.csv}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeSeries(MemorySeries series, Path file) {
        List<Metric> metrics = series.metrics();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("elapsed_ms");
            for (Metric m : metrics) {
                out.write(',');
                out.write(m.column());
            }
            out.write('\n');
            long[][] columns = new long[metrics.size()][];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = series.column(metrics.get(c));
            }
            for (int i = 0; i < series.size(); i++) {
                out.write(Long.toString(series.elapsedMs(i)));
                for (int c = 0; c < columns.length; c++) {
                    out.write(',');
                    out.write(cell(metrics.get(c), columns[c][i]));
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * @param phases the phase marks
     * @param file where to write {@code phases.csv}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writePhases(List<Phase> phases, Path file) {
        StringBuilder text = new StringBuilder("elapsed_ms,phase\n");
        for (Phase p : phases) {
            text.append(p.atMs()).append(',').append(quote(p.name())).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * @param metric the metric
     * @param raw a value in its base unit
     * @return the CSV cell: MiB with 3 decimals for bytes, an integer otherwise, empty when missing
     */
    static String cell(Metric metric, long raw) {
        if (raw == Metric.MISSING) {
            return "";
        }
        return metric.unit() == Unit.BYTES
                ? String.format(Locale.ROOT, "%.3f", metric.unit().toDisplay(raw))
                : Long.toString(raw);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
