package io.chunkwise.profiler.output;

import io.chunkwise.profiler.monitor.MemorySeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The names of the files in a profile output directory, and writing the memory ones. */
public final class ProfileFiles {
    /** The memory series. */
    public static final String MEMORY_CSV = "memory.csv";
    /** The phase marks. */
    public static final String PHASES_CSV = "phases.csv";
    /** The run summary. */
    public static final String SUMMARY_JSON = "summary.json";
    /** The JFR recording. */
    public static final String RECORDING_JFR = "recording.jfr";
    /** The memory chart (drawn by the reports module). */
    public static final String MEMORY_PNG = "memory.png";

    private ProfileFiles() {
    }

    /**
     * Writes {@code memory.csv}, {@code phases.csv} and {@code summary.json}, creating the
     * directory.
     *
     * @param dir the output directory
     * @param series the samples
     * @param summary the summary to write
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(Path dir, MemorySeries series, RunSummary summary) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        MemoryCsv.writeSeries(series, dir.resolve(MEMORY_CSV));
        MemoryCsv.writePhases(series.phases(), dir.resolve(PHASES_CSV));
        summary.write(dir.resolve(SUMMARY_JSON));
    }
}
