package io.chunkwise.reports.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.RunSummary;
import io.chunkwise.reports.model.UnscoredResult;
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
 * @param unsampled profiles (as given) whose memory.csv has no samples (a command that ended
 *     before its first sample): listed as not charted, never an error
 * @param gaps files of profiled runs that a report uses and their directories lack (a summary.json
 *     without its memory.csv beside it…): what the report leaves out for want of them
 */
public record ResultInputs(List<ResultSet> runs, List<RunSummary> summaries, List<MemoryTimeline> timelines,
        List<Path> unsampled, List<ProfileGap> gaps) {
    /** Copies the lists. */
    public ResultInputs {
        runs = List.copyOf(runs);
        summaries = List.copyOf(summaries);
        timelines = List.copyOf(timelines);
        unsampled = List.copyOf(unsampled);
        gaps = List.copyOf(gaps);
    }

    /**
     * Reads each path by what it is: a directory is a profiler output directory; a JSON array is
     * JMH JSON; a JSON object with {@code metrics} is a profiler summary, read with its directory's
     * memory series as the directory is (see {@link ProfileRun}).
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
        List<ProfileGap> gaps = new ArrayList<>();
        for (Path p : paths) {
            ProfileRun profile;
            if (Files.isDirectory(p)) {
                profile = ProfileRun.ofDirectory(p);
            } else {
                refuseProfileDataFile(p);
                JsonNode root = TextFiles.json(p);
                if (!root.isObject() || !root.has("metrics")) {
                    runs.add(JmhJsonReader.read(p));
                    continue;
                }
                profile = ProfileRun.ofSummary(p);
            }
            profiles.add(new DistinctInputs.Profile(p, profile.identity()));
            profile.summary().ifPresent(s -> summaries.put(profile.key(), s));
            profile.timeline().ifPresent(t -> timelines.put(profile.key(), t));
            profile.unsampled().ifPresent(unsampled::add);
            gaps.addAll(profile.gaps());
        }
        DistinctInputs.requireDistinctResults(runs);
        DistinctInputs.requireDistinctProfiles(profiles);
        List<Path> dirs = new ArrayList<>(summaries.keySet());
        timelines.keySet().stream().filter(d -> !summaries.containsKey(d)).forEach(dirs::add);
        Map<Path, String> names = ProfileNames.of(dirs);
        return new ResultInputs(runs, summaries.entrySet().stream().map(e -> e.getValue().withName(names.get(e.getKey()))).toList(),
                timelines.entrySet().stream().map(e -> e.getValue().withName(names.get(e.getKey()))).toList(), unsampled, gaps);
    }

    /**
     * A profile's memory.csv or phases.csv is read with its directory, never alone: given as a file
     * it was parsed as JSON and refused as "not JSON", which named no way out.
     */
    private static void refuseProfileDataFile(Path file) {
        Path name = file.getFileName();
        if (name != null && (name.toString().equals(MemoryCsvReader.MEMORY_CSV) || name.toString().equals(MemoryCsvReader.PHASES_CSV))) {
            Path dir = file.getParent() == null ? Path.of(".") : file.getParent();
            throw new ResultFileException(file, "a profile's " + name + " is read with its directory: give the directory, " + dir
                    + ", or its " + SummaryJsonReader.SUMMARY_JSON);
        }
    }

    /** @return every JMH result of every run, in order */
    public List<BenchmarkResult> allResults() {
        return runs.stream().flatMap(r -> r.results().stream()).toList();
    }

    /** @return every JMH result of every run that JMH wrote no score for (NaN or an infinity), in order */
    public List<UnscoredResult> allUnscored() {
        return runs.stream().flatMap(r -> r.unscored().stream()).toList();
    }
}
