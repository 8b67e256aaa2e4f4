package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.Sizes;
import io.chunkwise.reports.model.UnscoredResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * Pairs a baseline result with the current run's result of one size written another way
 * ({@code size=1GiB} beside {@code size=1024MiB}, a {@code @Param} respelled in the PR): keyed by
 * their text, the two read as a benchmark missing and another new, and a CI gate failed on a
 * benchmark that ran. Only the input and chunk size parameters ({@link Dimensions#SIZE},
 * {@link Dimensions#CHUNK}) are read as sizes; every other parameter must be written alike.
 */
final class SizeSpellings {
    private SizeSpellings() {
    }

    /**
     * @param baseline a baseline result with no result of its key in the current run
     * @param candidates the current run's results not yet paired
     * @return the one that differs from it only by how its sizes are written, when there is one
     */
    static Optional<BenchmarkResult> pair(BenchmarkResult baseline, Collection<BenchmarkResult> candidates) {
        return candidates.stream().filter(c -> sameButSpelling(Id.of(baseline), Id.of(c))).findFirst();
    }

    /**
     * @param baseline a baseline result with no result of its key in the current run
     * @param candidates the current run's results JMH wrote no score for, not yet paired
     * @return the one that differs from it only by how its sizes are written, when there is one
     */
    static Optional<UnscoredResult> pairUnscored(BenchmarkResult baseline, Collection<UnscoredResult> candidates) {
        return candidates.stream().filter(c -> sameButSpelling(Id.of(baseline), Id.of(c))).findFirst();
    }

    /**
     * @param baseline a baseline result JMH wrote no score for, with no result of its key in the current run
     * @param candidates the current run's results not yet paired
     * @return the one that differs from it only by how its sizes are written, when there is one
     */
    static Optional<BenchmarkResult> pairScored(UnscoredResult baseline, Collection<BenchmarkResult> candidates) {
        return candidates.stream().filter(c -> sameButSpelling(Id.of(baseline), Id.of(c))).findFirst();
    }

    /**
     * @param comparisons a report's comparisons
     * @param noScores a report's results with no score, with the other run's result they were paired with
     * @return one sentence per benchmark paired across two spellings of its sizes, naming both
     */
    static List<String> notes(List<Comparison> comparisons, List<NoScore> noScores) {
        List<String> notes = new ArrayList<>();
        for (Comparison c : comparisons) {
            if (c.isPrimary() && c.baseline() != null && c.current() != null && !c.baseline().params().equals(c.current().params())) {
                notes.add(note(c.current().shortName(), c.current().mode(), c.current().threadsText(), c.current().paramsText(),
                        c.baseline().paramsText(), "compared"));
            }
        }
        for (NoScore n : noScores) {
            if (n.other() != null && !n.other().params().equals(n.result().params())) {
                UnscoredResult u = n.result();
                notes.add(note(u.shortName(), u.mode(), u.threadsText(), n.inCurrent() ? u.paramsText() : n.other().paramsText(),
                        n.inCurrent() ? n.other().paramsText() : u.paramsText(), "paired"));
            }
        }
        return notes;
    }

    /** @param how {@code compared}, or {@code paired} for a result with no score, which is not compared */
    private static String note(String name, Mode mode, String threads, String current, String baseline, String how) {
        return name + " (" + mode.jmh() + ")" + threads + ": {" + current + "} in the current run is {" + baseline
                + "} in the baseline, the same sizes written another way: " + how + " as one benchmark.";
    }

    /** What pairs two results, scored or not: all but how their sizes are written. */
    private record Id(String benchmark, Mode mode, int threads, SortedMap<String, String> params) {
        static Id of(BenchmarkResult r) {
            return new Id(r.benchmark(), r.mode(), r.threads(), r.params());
        }

        static Id of(UnscoredResult r) {
            return new Id(r.benchmark(), r.mode(), r.threads(), r.params());
        }
    }

    private static boolean sameButSpelling(Id b, Id c) {
        if (b.mode() != c.mode() || !b.benchmark().equals(c.benchmark()) || b.threads() != c.threads()
                || !b.params().keySet().equals(c.params().keySet()) || b.params().equals(c.params())) {
            return false;
        }
        return b.params().keySet().stream().allMatch(name -> sameValue(name, b.params().get(name), c.params().get(name)));
    }

    private static boolean sameValue(String name, String baseline, String current) {
        if (baseline.equals(current)) {
            return true;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (!Dimensions.SIZE.contains(key) && !Dimensions.CHUNK.contains(key)) {
            return false;
        }
        OptionalLong b = Sizes.parse(baseline);
        OptionalLong c = Sizes.parse(current);
        return b.isPresent() && c.isPresent() && b.getAsLong() == c.getAsLong();
    }
}
