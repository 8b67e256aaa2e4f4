package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.UnscoredResult;

/**
 * A benchmark left out of the comparison because one run's result has no score (JMH wrote NaN
 * or an infinity for it): named, never dropped. It is paired with the other run's scored result as
 * a comparison is: by key, else across two spellings of its sizes ({@code 1GiB}, {@code 1024MiB}).
 *
 * @param inCurrent whether the result without a score is the current run's (else the baseline's)
 * @param result the result without a score
 * @param other the other run's scored result of the same benchmark: the baseline's, when the
 *     current result has no score (it cannot be judged, so it fails as a benchmark missing from
 *     the current run does); the current run's, when the baseline's has none (measured now, with
 *     nothing to compare it with); null when the other run has no scored result of it
 */
public record NoScore(boolean inCurrent, UnscoredResult result, BenchmarkResult other) {
    /**
     * @return whether it fails the run unless missing results are allowed: a baseline benchmark
     *     with a score whose current result has none (a benchmark that broke in the change judged);
     *     one broken in the baseline, or new and broken, had nothing to regress from
     */
    public boolean failsAsMissing() {
        return inCurrent && other != null;
    }

    /** @return whether the baseline's result has no score and the current run's has one: measured now, not compared */
    public boolean measuredNow() {
        return !inCurrent && other != null;
    }

    /** @return {@code current} or {@code baseline}: the run whose result has no score */
    public String run() {
        return inCurrent ? "current" : "baseline";
    }

    /**
     * @return what the table's verdict and the log say of it, e.g. {@code no score in baseline (JMH
     *     wrote NaN: …), so not compared: measured in current, with nothing to compare it with}
     */
    public String verdict() {
        return "no score in " + run() + " (" + result.meaning() + ")"
                + (measuredNow() ? ", so not compared: measured in current, with nothing to compare it with" : "");
    }
}
