package io.chunkwise.reports.read;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.ResultSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses inputs that would be counted twice: the same file or directory given twice, and two
 * JMH results, in one file or across files, that cannot be told apart (same benchmark, mode,
 * parameters and threads; e.g. two runs merged). Fits, tables and charts would count every such
 * point twice, narrowing prediction bands and changing verdicts; picking one would be a guess.
 * The same rule as {@code compare}'s.
 */
final class DistinctInputs {
    private DistinctInputs() {
    }

    /**
     * @param paths the paths as the user gave them
     * @throws IllegalArgumentException naming both paths when two are the same file or directory
     */
    static void requireDistinctPaths(List<Path> paths) {
        Map<Path, Path> seen = new HashMap<>();
        for (Path p : paths) {
            Path real = real(p);
            Path first = seen.putIfAbsent(real, p);
            if (first != null) {
                throw new IllegalArgumentException((first.equals(p) ? p + " is given twice"
                        : first + " and " + p + " are the same " + (Files.isDirectory(p) ? "directory" : "file"))
                        + ": its results would be counted twice; give each result once");
            }
        }
    }

    /**
     * @param runs the JMH runs read
     * @throws IllegalArgumentException naming the file(s) and the result when two results share a key
     */
    static void requireDistinctResults(List<ResultSet> runs) {
        Map<String, String> sourceByKey = new HashMap<>();
        for (ResultSet run : runs) {
            for (BenchmarkResult r : run.results()) {
                String first = sourceByKey.putIfAbsent(r.key(), run.source());
                if (first != null) {
                    throw new IllegalArgumentException((first.equals(run.source()) ? run.source() + " has two results"
                            : first + " and " + run.source() + " both have results") + " for " + r.key()
                            + " that cannot be told apart (same benchmark, mode, parameters and threads); "
                            + "give files that each hold one run, and each run once");
                }
            }
        }
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
