package io.chunkwise.loader.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run files in levels, as in an external merge sort with a bounded fan-in: when a level holds
 * {@code fanIn} runs they are combined into one run of the next level, and deleted. However large
 * the input, a combination reads at most {@code fanIn} runs, and fewer than {@code fanIn} per
 * level are left at the end (a 200 GB master makes thousands of level-0 runs); each entry is
 * rewritten about {@code log(runs) / log(fanIn)} times.
 */
final class RunLevels {
    /** Combines a full level's runs into one new run file. */
    @FunctionalInterface
    interface Combine {
        /**
         * @param runs the runs, oldest first
         * @param into the new run file
         */
        void combine(List<Path> runs, Path into);
    }

    private final Path dir;
    private final String name;
    private final int fanIn;
    private final Combine combine;
    private final List<List<Path>> levels = new ArrayList<>();
    private int created;

    /**
     * @param dir where run files go
     * @param name prefix of the run files
     * @param fanIn runs combined at once (at least 2)
     * @param combine how runs are combined
     */
    RunLevels(Path dir, String name, int fanIn, Combine combine) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("fan-in must be at least 2, was " + fanIn);
        }
        this.dir = dir;
        this.name = name;
        this.fanIn = fanIn;
        this.combine = combine;
    }

    /** @return a new run file's path, for level 0 */
    Path newRun() {
        return newRun(0);
    }

    private Path newRun(int level) {
        return dir.resolve(name + "-" + level + "-" + created++ + ".run");
    }

    /** Files a new level-0 run; full levels are combined upwards. */
    void add(Path run) {
        add(0, run);
    }

    private void add(int level, Path run) {
        while (levels.size() <= level) {
            levels.add(new ArrayList<>());
        }
        List<Path> runs = levels.get(level);
        runs.add(run);
        if (runs.size() < fanIn) {
            return;
        }
        Path combined = newRun(level + 1);
        combine.combine(runs, combined);
        runs.forEach(RunLevels::delete);
        runs.clear();
        add(level + 1, combined);
    }

    /** @return the live runs, highest level (oldest entries) first */
    List<Path> runs() {
        List<Path> all = new ArrayList<>();
        for (int l = levels.size() - 1; l >= 0; l--) {
            all.addAll(levels.get(l));
        }
        return all;
    }

    /** Deletes every live run. */
    void deleteAll() {
        levels.forEach(level -> level.forEach(RunLevels::delete));
        levels.clear();
    }

    private static void delete(Path run) {
        try {
            Files.deleteIfExists(run);
        } catch (IOException e) {
            // leftovers in the temporary directory are removed with it
        }
    }
}
