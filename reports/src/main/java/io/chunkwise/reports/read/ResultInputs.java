package io.chunkwise.reports.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report reads, sorted by kind from the paths users give: JMH JSON files, profiler
 * output directories (memory.csv, phases.csv, summary.json) and summary.json files.
 *
 * @param runs JMH runs
 * @param summaries profiled runs' summaries
 * @param timelines profiled runs' memory series
 * @param unsampled profiler output directories whose memory.csv has no samples (a command that
 *     ended before its first sample): listed as not charted, never an error
 */
public record ResultInputs(List<ResultSet> runs, List<RunSummary> summaries, List<MemoryTimeline> timelines,
        List<Path> unsampled) {
    /** Copies the lists. */
    public ResultInputs {
        runs = List.copyOf(runs);
        summaries = List.copyOf(summaries);
        timelines = List.copyOf(timelines);
        unsampled = List.copyOf(unsampled);
    }

    /**
     * Reads each path by what it is: a directory is a profiler output directory; a JSON array is
     * JMH JSON; a JSON object with {@code metrics} is a profiler summary.
     *
     * @param paths the paths
     * @return the inputs
     * @throws ResultFileException naming the path that is none of these
     * @throws IllegalArgumentException when a path is given twice, a profile is given twice (as its
     *     directory and its summary.json, or as a copy), or two JMH results cannot be told apart
     *     (same benchmark, mode, parameters and threads): each would be counted twice
     */
    public static ResultInputs read(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no results given: pass JMH JSON files or profiler output directories");
        }
        DistinctInputs.requireDistinctPaths(paths);
        List<ResultSet> runs = new ArrayList<>();
        List<DistinctInputs.Profile> profiles = new ArrayList<>();
        Map<Path, RunSummary> summaries = new LinkedHashMap<>();
        Map<Path, MemoryTimeline> timelines = new LinkedHashMap<>();
        List<Path> unsampled = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                boolean memory = Files.exists(p.resolve(MemoryCsvReader.MEMORY_CSV));
                boolean summary = Files.exists(p.resolve(SummaryJsonReader.SUMMARY_JSON));
                if (!memory && !summary) {
                    throw new ResultFileException(p, "not a profiler output directory (no " + MemoryCsvReader.MEMORY_CSV
                            + " or " + SummaryJsonReader.SUMMARY_JSON + ")" + jsonHint(p));
                }
                profiles.add(new DistinctInputs.Profile(p, p.resolve(summary ? SummaryJsonReader.SUMMARY_JSON
                        : MemoryCsvReader.MEMORY_CSV)));
                if (memory && !MemoryCsvReader.hasSamples(p.resolve(MemoryCsvReader.MEMORY_CSV))) {
                    unsampled.add(p);
                } else if (memory) {
                    timelines.put(p, MemoryCsvReader.readDirectory(p));
                }
                if (summary) {
                    summaries.put(p, SummaryJsonReader.read(p));
                }
            } else {
                JsonNode root = TextFiles.json(p);
                if (root.isObject() && root.has("metrics")) {
                    profiles.add(new DistinctInputs.Profile(p, p));
                    summaries.put(directoryOf(p), SummaryJsonReader.read(p));
                } else {
                    runs.add(JmhJsonReader.read(p));
                }
            }
        }
        DistinctInputs.requireDistinctResults(runs);
        DistinctInputs.requireDistinctProfiles(profiles);
        List<Path> dirs = new ArrayList<>(summaries.keySet());
        timelines.keySet().stream().filter(d -> !summaries.containsKey(d)).forEach(dirs::add);
        Map<Path, String> names = ProfileNames.of(dirs);
        return new ResultInputs(runs, summaries.entrySet().stream().map(e -> e.getValue().withName(names.get(e.getKey()))).toList(),
                timelines.entrySet().stream().map(e -> e.getValue().withName(names.get(e.getKey()))).toList(), unsampled);
    }

    /** @return the profiler output directory a summary.json file is in (the file itself at the root) */
    private static Path directoryOf(Path summaryFile) {
        Path dir = summaryFile.toAbsolutePath().normalize().getParent();
        return dir == null || dir.getFileName() == null ? summaryFile : dir;
    }

    /** @return every JMH result of every run, in order */
    public List<io.chunkwise.reports.model.BenchmarkResult> allResults() {
        return runs.stream().flatMap(r -> r.results().stream()).toList();
    }

    /** Larger .json files are not read for a hint: JMH JSON of a suite is far smaller. */
    private static final long HINT_MAX_BYTES = 16L << 20;

    /**
     * @return a hint naming a JMH JSON file in a directory (a bench output), or "" when it has none: only a
     *     file that reads as JMH results is named, never any other JSON (a FIX log's truth, a summary…)
     */
    private static String jsonHint(Path dir) {
        List<Path> json;
        try (var files = Files.list(dir)) {
            json = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        for (Path f : json) {
            if (isJmhJson(f)) {
                return "; for benchmark results pass the JSON files themselves, e.g. " + f;
            }
        }
        return "";
    }

    private static boolean isJmhJson(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > HINT_MAX_BYTES) {
                return false;
            }
            JmhJsonReader.read(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // not JMH JSON, or unreadable: not a file to suggest
        }
    }
}
