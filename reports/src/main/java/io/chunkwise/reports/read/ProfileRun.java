package io.chunkwise.reports.read;

import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One profiled run, read from its profiler output directory however it was given: as the
 * directory, or as its summary.json, whose siblings (memory.csv, phases.csv) are read as the
 * directory's are, so the two give one report. A file the report uses that the directory lacks is
 * a {@link ProfileGap}, said rather than left out silently.
 *
 * @param key the directory the run is named after: as given, or a summary.json's (absolute)
 * @param identity the file that identifies the run: its summary.json, else its memory.csv
 * @param summary its summary, when it has one
 * @param timeline its memory over time, when its memory.csv has samples
 * @param unsampled the path as given, when its memory.csv has no sample (a command that ended
 *     before its first)
 * @param gaps the files the report uses that are missing
 */
record ProfileRun(Path key, Path identity, Optional<RunSummary> summary, Optional<MemoryTimeline> timeline,
        Optional<Path> unsampled, List<ProfileGap> gaps) {
    private static final String TIMELINE = "its memory over time is not charted";

    /** Copies the list. */
    ProfileRun {
        gaps = List.copyOf(gaps);
    }

    /**
     * @param dir a profiler output directory
     * @return the run it holds
     * @throws ResultFileException when it holds neither memory.csv nor summary.json, or one of them is malformed
     */
    static ProfileRun ofDirectory(Path dir) {
        boolean memory = Files.exists(dir.resolve(MemoryCsvReader.MEMORY_CSV));
        boolean summary = Files.exists(dir.resolve(SummaryJsonReader.SUMMARY_JSON));
        if (!memory && !summary) {
            throw new ResultFileException(dir, "not a profiler output directory (no " + MemoryCsvReader.MEMORY_CSV + " or "
                    + SummaryJsonReader.SUMMARY_JSON + ")" + JmhJsonHint.in(dir));
        }
        return read(dir, dir, dir, false, summary);
    }

    /**
     * @param file a profiler summary (a JSON object with {@code metrics})
     * @return its run, with the memory series of its directory when it is named summary.json (the
     *     profiler's name; another name is a copy taken out of its directory, read alone)
     * @throws ResultFileException when it, or a sibling, is malformed
     */
    static ProfileRun ofSummary(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        // the file itself at the root: a directory named "/" would name no run
        Path key = dir == null || dir.getFileName() == null ? file : dir;
        if (dir == null || !abs.getFileName().toString().equals(SummaryJsonReader.SUMMARY_JSON)) {
            return new ProfileRun(key, file, Optional.of(SummaryJsonReader.read(file)), Optional.empty(), Optional.empty(),
                    List.of(new ProfileGap(file, MemoryCsvReader.MEMORY_CSV, TIMELINE, file + ": a profiler summary not named "
                            + SummaryJsonReader.SUMMARY_JSON + " (a copy?), read alone, so " + TIMELINE
                            + "; give its profile directory to chart it")));
        }
        return read(dir, key, file, true, true);
    }

    /**
     * @param dir the directory to read
     * @param key the directory the run is named after
     * @param given the path as the user gave it, for messages
     * @param beside whether {@code given} is the summary.json (its siblings are beside it) or the directory
     * @param summary whether the directory has a summary.json
     */
    private static ProfileRun read(Path dir, Path key, Path given, boolean beside, boolean summary) {
        Path memoryCsv = dir.resolve(MemoryCsvReader.MEMORY_CSV);
        boolean memory = Files.exists(memoryCsv);
        List<ProfileGap> gaps = new ArrayList<>();
        Optional<MemoryTimeline> timeline = Optional.empty();
        Optional<Path> unsampled = Optional.empty();
        if (!memory) {
            gaps.add(ProfileGap.missing(given, MemoryCsvReader.MEMORY_CSV, beside, TIMELINE));
        } else if (!MemoryCsvReader.hasSamples(memoryCsv)) {
            unsampled = Optional.of(given);
        } else {
            timeline = Optional.of(MemoryCsvReader.readDirectory(dir));
            if (!Files.exists(dir.resolve(MemoryCsvReader.PHASES_CSV))) {
                gaps.add(ProfileGap.missing(given, MemoryCsvReader.PHASES_CSV, beside, "its memory over time is charted "
                        + "without phase marks"));
            }
        }
        if (!summary) {
            gaps.add(ProfileGap.missing(given, SummaryJsonReader.SUMMARY_JSON, beside, "its memory peaks and chunk timings "
                    + "are not tabled"));
        }
        Path identity = dir.resolve(summary ? SummaryJsonReader.SUMMARY_JSON : MemoryCsvReader.MEMORY_CSV);
        return new ProfileRun(key, identity, summary ? Optional.of(SummaryJsonReader.read(dir)) : Optional.empty(), timeline,
                unsampled, gaps);
    }
}
