package io.chunkwise.reports.read;

import io.chunkwise.reports.files.FileErrors;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.UnscoredResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Refuses inputs that would be counted twice: the same file or directory given twice, one profile
 * given twice (as its directory and its summary.json, or as a copy), and two JMH results, in one
 * file or across files, that cannot be told apart (same benchmark, mode, parameters and threads;
 * e.g. two runs merged). Fits, tables and charts would count every such
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
     * @throws IllegalArgumentException naming the file(s) and the result when two results share a key,
     *     a result JMH wrote no score for included: beside a scored one of its key it is as much a
     *     second run of that benchmark as another score is
     */
    static void requireDistinctResults(List<ResultSet> runs) {
        Map<String, String> sourceByKey = new HashMap<>();
        Map<String, String> meaningByKey = new HashMap<>();
        for (ResultSet run : runs) {
            for (BenchmarkResult r : run.results()) {
                requireFirst(sourceByKey, meaningByKey, run.source(), r.key(), null);
            }
            for (UnscoredResult u : run.unscored()) {
                requireFirst(sourceByKey, meaningByKey, run.source(), u.key(), u.meaning());
            }
        }
    }

    /** Records a result's key, refusing one seen before; {@code meaning} is null for a result with a score. */
    private static void requireFirst(Map<String, String> sourceByKey, Map<String, String> meaningByKey, String source, String key,
            String meaning) {
        String first = sourceByKey.putIfAbsent(key, source);
        String firstMeaning = meaningByKey.putIfAbsent(key, meaning == null ? "" : meaning);
        if (first != null) {
            String which = meaning == null && firstMeaning.isEmpty() ? ""
                    : " (" + (meaning != null && !firstMeaning.isEmpty() ? "both" : "one with a score, one") + " with none: "
                            + (meaning != null ? meaning : firstMeaning) + ")";
            throw new IllegalArgumentException((first.equals(source) ? source + " has two results"
                    : first + " and " + source + " both have results") + " for " + key
                    + " that cannot be told apart (same benchmark, mode, parameters and threads)" + which
                    + "; give files that each hold one run, and each run once");
        }
    }

    /**
     * A profiled run as given.
     *
     * @param given the path the user gave: a profiler output directory or its summary.json
     * @param file the file that identifies the run: its summary.json, else its memory.csv
     */
    record Profile(Path given, Path file) {
    }

    /**
     * @param profiles the profiled runs given
     * @throws IllegalArgumentException naming both paths when two are one run: a directory and its
     *     summary.json, or a copy (the same summary.json, byte for byte, in another directory; two
     *     runs never write the same one: the pid, the times and the samples differ)
     */
    static void requireDistinctProfiles(List<Profile> profiles) {
        Map<Path, Path> byFile = new HashMap<>();
        Map<String, Path> byContent = new HashMap<>();
        for (Profile p : profiles) {
            Path first = byFile.putIfAbsent(real(p.file()), p.given());
            if (first != null) {
                throw new IllegalArgumentException(first + " and " + p.given() + " are the same profile: its results would "
                        + "be counted twice; give each profile once");
            }
            first = byContent.putIfAbsent(digest(p.file()), p.given());
            if (first != null) {
                throw new IllegalArgumentException(first + " and " + p.given() + " hold the same profile (identical "
                        + p.file().getFileName() + ", a copy): its results would be counted twice; give each profile once");
            }
        }
    }

    private static String digest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot be read: " + FileErrors.reason(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
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
