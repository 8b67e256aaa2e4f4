package io.chunkwise.reports.read;

import io.chunkwise.reports.model.MemoryKinds;
import io.chunkwise.reports.model.MemorySeries;
import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.PhaseMark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a profiler output directory: {@code memory.csv} (header {@code elapsed_ms,} then one
 * column per metric named {@code <metric>_<unit>}; an empty cell means unavailable) and the
 * optional {@code phases.csv} (header {@code elapsed_ms,phase}).
 *
 * <p>Memory columns are those whose unit is {@code mb} (MiB), {@code kb}, {@code gb} or
 * {@code bytes}; others ({@code gc_count}, {@code gc_time_ms}) are not memory and are skipped.
 * Values are converted to MiB. A memory column with no value at all is left out (the metric was
 * unavailable on that machine); a file with no memory value at all is an error.
 */
public final class MemoryCsvReader {
    /** The memory series file of a profiler output directory. */
    public static final String MEMORY_CSV = "memory.csv";
    /** The phase marks file of a profiler output directory. */
    public static final String PHASES_CSV = "phases.csv";

    private MemoryCsvReader() {
    }

    /**
     * Reads a profiler output directory.
     *
     * @param dir a directory holding memory.csv and optionally phases.csv
     * @return the timeline, named after the directory
     * @throws ResultFileException when memory.csv is missing, malformed or has no memory values
     */
    public static MemoryTimeline readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ResultFileException(dir, Files.exists(dir)
                    ? "is not a directory (expected a profiler output directory holding " + MEMORY_CSV + ")"
                    : "no such directory");
        }
        Path memory = dir.resolve(MEMORY_CSV);
        if (!Files.exists(memory)) {
            throw new ResultFileException(memory, "no such file: not a profiler output directory");
        }
        Path phases = dir.resolve(PHASES_CSV);
        List<PhaseMark> marks = Files.exists(phases) ? readPhases(phases) : List.of();
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? dir.toString() : fileName.toString();
        return new MemoryTimeline(name, readSeries(memory), marks);
    }

    /**
     * @param file a memory.csv file
     * @return whether it has a line after its header (a profile of a command that ended before its
     *     first sample has none)
     * @throws ResultFileException when it cannot be read
     */
    public static boolean hasSamples(Path file) {
        return TextFiles.lines(file).stream().skip(1).anyMatch(line -> !line.isBlank());
    }

    /**
     * Reads the memory columns of a memory.csv file.
     *
     * @param file a memory.csv file
     * @return one series per memory column with at least one value, in column order
     * @throws ResultFileException when the file is missing, malformed or has no memory values
     */
    public static List<MemorySeries> readSeries(Path file) {
        List<String> lines = TextFiles.lines(file);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new ResultFileException(file, "the file is empty (expected a header starting with elapsed_ms)");
        }
        String[] header = split(lines.getFirst());
        if (!header[0].strip().equals("elapsed_ms")) {
            throw new ResultFileException(file, 1,
                    "the first column must be elapsed_ms, found '" + header[0].strip() + "'");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i < header.length; i++) {
            memoryColumn(header[i].strip(), i).ifPresent(columns::add);
        }
        if (columns.isEmpty()) {
            throw new ResultFileException(file, 1,
                    "no memory column (expected columns such as rss_anon_mb or heap_used_mb)");
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = split(line);
            if (cells.length > header.length) {
                throw new ResultFileException(file, n + 1,
                        cells.length + " cells but the header has " + header.length + " columns");
            }
            double at = number(file, n + 1, "elapsed_ms", cells[0]);
            if (Double.isNaN(at)) {
                throw new ResultFileException(file, n + 1, "elapsed_ms is empty");
            }
            if (at < previous) {
                throw new ResultFileException(file, n + 1,
                        "elapsed_ms goes back in time (" + at + " after " + previous + ")");
            }
            previous = at;
            for (Column c : columns) {
                String cell = c.index < cells.length ? cells[c.index] : "";
                double value = number(file, n + 1, c.name, cell);
                if (!Double.isNaN(value)) {
                    c.times.add(at);
                    c.values.add(value * c.toMebibytes);
                }
            }
        }
        List<MemorySeries> series = new ArrayList<>();
        for (Column c : columns) {
            // the processes a command started, when it started none: a line at zero says nothing
            boolean noDescendants = c.name.startsWith("descendants") && c.values.stream().allMatch(v -> v == 0);
            if (!c.times.isEmpty() && !noDescendants) {
                series.add(new MemorySeries(c.name, MemoryKinds.label(c.metric), toArray(c.times), toArray(c.values)));
            }
        }
        if (series.isEmpty()) {
            throw new ResultFileException(file, "no memory values: every memory cell is empty"
                    + (lines.size() <= 1 ? " (the file has no samples)" : ""));
        }
        return List.copyOf(series);
    }

    /**
     * Reads a phases.csv file.
     *
     * @param file a phases.csv file with header {@code elapsed_ms,phase}
     * @return the marks in time order
     * @throws ResultFileException when the file is malformed
     */
    public static List<PhaseMark> readPhases(Path file) {
        List<String> lines = TextFiles.lines(file);
        if (lines.isEmpty()) {
            return List.of();
        }
        String header = lines.getFirst().strip();
        if (!header.startsWith("elapsed_ms")) {
            throw new ResultFileException(file, 1, "expected the header elapsed_ms,phase, found '" + header + "'");
        }
        List<PhaseMark> marks = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new ResultFileException(file, n + 1, "expected elapsed_ms,phase, found '" + line + "'");
            }
            double at = number(file, n + 1, "elapsed_ms", line.substring(0, comma));
            if (Double.isNaN(at) || at < 0) {
                throw new ResultFileException(file, n + 1, "elapsed_ms must be a non-negative number");
            }
            marks.add(new PhaseMark(unquote(line.substring(comma + 1).strip()), at));
        }
        marks.sort((a, b) -> Double.compare(a.atMs(), b.atMs()));
        return List.copyOf(marks);
    }

    private static Optional<Column> memoryColumn(String name, int index) {
        int underscore = name.lastIndexOf('_');
        if (underscore <= 0) {
            return Optional.empty();
        }
        String unit = name.substring(underscore + 1).toLowerCase(Locale.ROOT);
        double factor = switch (unit) {
            case "mb", "mib" -> 1;
            case "kb", "kib" -> 1.0 / 1024;
            case "gb", "gib" -> 1024;
            case "bytes", "b" -> 1.0 / (1024 * 1024);
            default -> Double.NaN;
        };
        return Double.isNaN(factor) ? Optional.empty()
                : Optional.of(new Column(name, name.substring(0, underscore), index, factor));
    }

    private static double number(Path file, int line, String column, String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ResultFileException(file, line, column + ": '" + t + "' is not a number");
        }
    }

    private static String[] split(String line) {
        return line.split(",", -1);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static final class Column {
        final String name;
        final String metric;
        final int index;
        final double toMebibytes;
        final List<Double> times = new ArrayList<>();
        final List<Double> values = new ArrayList<>();

        Column(String name, String metric, int index, double toMebibytes) {
            this.name = name;
            this.metric = metric;
            this.index = index;
            this.toMebibytes = toMebibytes;
        }
    }
}
