package io.chunkwise.reports.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.model.SecondaryName;
import io.chunkwise.reports.model.UnscoredResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads JMH JSON ({@code -rf json}) from any JMH project: every mode (thrpt, avgt, sample, ss),
 * {@code params}, the primary metric (score, scoreError, rawData or, in sample mode,
 * rawDataHistogram) and secondary metrics.
 */
public final class JmhJsonReader {
    /** How far, relative to its iterations, a score may lie outside them: a writer's rounding. */
    private static final double ROUNDING = 1e-6;

    private JmhJsonReader() {
    }

    /**
     * Reads a JMH JSON file.
     *
     * @param file the file
     * @return its results, in file order
     * @throws ResultFileException when the file is missing, not JSON, not JMH's format, or holds no result
     */
    public static ResultSet read(Path file) {
        JsonNode root = TextFiles.json(file);
        if (!root.isArray()) {
            throw new ResultFileException(file, "not JMH JSON: expected an array of benchmark results, found "
                    + kind(root) + (root.has("metrics") ? " (this looks like a profiler summary.json)" : ""));
        }
        if (root.isEmpty()) {
            throw new ResultFileException(file, "no benchmark results: the JMH JSON array is empty");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        List<UnscoredResult> unscored = new ArrayList<>();
        String firstUnscored = null;
        int index = 0;
        for (JsonNode node : root) {
            // one benchmark that measured nothing (JMH's NaN) must not take the others' verdicts down with it
            Optional<String> noScore = result(file, index++, node, results, unscored);
            if (firstUnscored == null && noScore.isPresent()) {
                firstUnscored = noScore.get();
            }
        }
        if (results.isEmpty()) {
            // nothing left to read: an input error, as a file of no results is
            throw new ResultFileException(file, unscored.size() == 1 ? firstUnscored : "no result has a score (JMH wrote NaN "
                    + "or an infinity for each of its " + unscored.size() + "); the first: " + firstUnscored);
        }
        return new ResultSet(file.toString(), results, unscored);
    }

    /**
     * Reads one result into {@code results}, or, when JMH wrote NaN or an infinity for its primary
     * score, into {@code unscored}.
     *
     * @return why it has no score, when it went into {@code unscored}
     */
    private static Optional<String> result(Path file, int index, JsonNode node, List<BenchmarkResult> results,
            List<UnscoredResult> unscored) {
        String where = "result #" + (index + 1);
        if (!node.isObject() || !node.has("benchmark") || !node.has("primaryMetric")) {
            String lacks = !node.isObject() ? "is not an object with 'benchmark' and 'primaryMetric'"
                    : !node.has("benchmark") && !node.has("primaryMetric") ? "has no 'benchmark' and no 'primaryMetric'"
                    : "has no '" + (node.has("benchmark") ? "primaryMetric" : "benchmark") + "'";
            throw new ResultFileException(file, "not JMH JSON: " + where + " " + lacks);
        }
        String benchmark = text(file, where, node, "benchmark");
        where = where + " (" + benchmark + ")";
        String modeText = text(file, where, node, "mode");
        Mode mode = Mode.fromJmh(modeText).orElseThrow(() -> new ResultFileException(file,
                "unknown JMH mode '" + modeText + "' in " + node.get("benchmark").asText()
                        + " (expected thrpt, avgt, sample or ss)"));
        TreeMap<String, String> params = new TreeMap<>();
        JsonNode p = node.path("params");
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        int threads = threads(file, where, node.get("threads"));
        JsonNode written = node.get("primaryMetric").get("score");
        if (node.get("primaryMetric").isObject() && isJmhSpecial(written)) {
            unscored.add(new UnscoredResult(benchmark, mode, params, threads, written.asText().strip()));
            double v = number(written);
            return Optional.of(where + " primaryMetric" + (Double.isNaN(v) ? noScore(written)
                    : " has an infinite 'score' (" + written.asText() + ")"));
        }
        // a time or a throughput: a negative one is a broken file, and fits, gates and verdicts would judge it
        Score primary = score(file, where + " primaryMetric", node.get("primaryMetric"), "a time or throughput", true);
        if (mode == Mode.SAMPLE_TIME) {
            primary = SampleModeMetric.withDistribution(primary, node.get("primaryMetric"));
        }
        if (primary.unit().isBlank()) {
            // a time's or throughput's unit decides every comparison and fit
            throw new ResultFileException(file, where + " primaryMetric has no 'scoreUnit' (e.g. ops/s or ms/op)");
        }
        Map<String, Score> secondary = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("secondaryMetrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject() && Double.isNaN(number(e.getValue().get("score")))) {
                continue; // a profiler's marker with no number (async-profiler's "async": "NaN"): nothing to read
            }
            // older JMH versions wrote "·gc.alloc.rate.norm": one name across versions, or a baseline of an older
            // JMH had none of the metrics a gate, a plan or a report looks for
            String name = SecondaryName.of(e.getKey());
            // a negative peak: plans and budgets would take it for a tiny figure
            secondary.put(name, score(file, where + " secondary metric " + name, e.getValue(),
                    Measures.isPeak(name) ? "a peak" : null, false));
        }
        for (Measures.MemoryMetric m : Measures.PEAK_MEMORY) {
            Score peak = secondary.get(m.name());
            if (peak != null && Measures.byteCount(peak.unit()).isEmpty()) {
                // read as bytes, a peak in TiB or a misspelt unit would pass any budget and gate
                throw new ResultFileException(file, where + " secondary metric " + Measures.notAByteCount(m.name(), peak.unit()));
            }
            if (peak != null && peak.value() == 0) {
                // no running JVM peaks at 0 bytes: a plan took it for a variant needing no memory (fits any
                // budget), a gate for a drop of 100%
                throw new ResultFileException(file, where + " secondary metric " + m.name() + " is 0 " + peak.unit()
                        + ": no running JVM has a peak of 0, so its profiler measured nothing (a broken or edited file); "
                        + "re-run the benchmark, or remove the metric to plan and compare without it");
            }
        }
        // the forks' arguments say, among others, whether their heap was capped (-Xmx)
        List<String> jvmArgs = null;
        if (node.path("jvmArgs").isArray()) {
            jvmArgs = new ArrayList<>();
            for (JsonNode arg : node.get("jvmArgs")) {
                jvmArgs.add(arg.asText());
            }
        }
        results.add(new BenchmarkResult(benchmark, mode, params, threads, node.path("forks").asInt(1), primary, secondary, jvmArgs));
        return Optional.empty();
    }

    /**
     * @return whether a score is one JMH writes for a result it could not measure: the string
     *     {@code "NaN"}, or an infinity ({@code "+INF"}, {@code "-INF"}); a missing or non-numeric
     *     score ({@code "fast"}) is a broken file instead
     */
    private static boolean isJmhSpecial(JsonNode score) {
        if (score == null || !score.isTextual()) {
            return false;
        }
        double v = number(score);
        return Double.isInfinite(v) || Double.isNaN(v) && score.asText().strip().equalsIgnoreCase("NaN");
    }

    /**
     * @param nonNegative what the metric is when it cannot be negative (a time or throughput, a
     *     peak), else null: a negative score, or iteration, is refused
     * @param primary whether it is the primary metric, whose iterations a verdict's test judges
     *     beside its score: each must be a finite number, and the score lie among them (it is
     *     their mean), where a profiler's iteration it could not measure is left out
     */
    private static Score score(Path file, String where, JsonNode metric, String nonNegative, boolean primary) {
        if (metric == null || !metric.isObject()) {
            throw new ResultFileException(file, where + " is not an object");
        }
        double value = number(metric.get("score"));
        if (Double.isNaN(value)) {
            throw new ResultFileException(file, where + noScore(metric.get("score")));
        }
        if (Double.isInfinite(value)) {
            throw new ResultFileException(file, where + " has an infinite 'score' (" + metric.get("score").asText() + ")");
        }
        if (nonNegative != null && value < 0) {
            throw new ResultFileException(file, where + " has a negative 'score' (" + metric.get("score").asText() + "): "
                    + nonNegative + " cannot be negative");
        }
        double error = number(metric.get("scoreError"));
        String unit = metric.path("scoreUnit").asText("");
        List<Double> samples = new ArrayList<>();
        JsonNode raw = metric.get("rawData");
        if (raw != null && !raw.isNull() && (!raw.isArray() || !allArrays(raw))) {
            // read as before, a flat [7.7, 8.6] held no iteration at all: the verdict lost its test without a word
            throw new ResultFileException(file, where + " has a 'rawData' that is not JMH's array of forks, each an array of its "
                    + "iterations' scores (e.g. [[7.7, 8.6]]): " + abbreviate(raw.toString()));
        }
        if (raw != null && raw.isArray()) {
            for (JsonNode fork : raw) {
                for (JsonNode iteration : fork) {
                    double v = number(iteration);
                    // a corrupt iteration would sway the t-test (a -1000 among 80s hid a drop of 20%)
                    if (nonNegative != null && v < 0) {
                        throw new ResultFileException(file, where + " has a negative value in 'rawData' (" + iteration.asText()
                                + "): " + nonNegative + " cannot be negative, in any iteration");
                    }
                    if (primary && !Double.isFinite(v)) {
                        throw new ResultFileException(file, where + " has a value in 'rawData' that is no finite number ("
                                + iteration.asText() + "): each is an iteration's score");
                    }
                    if (Double.isFinite(v)) {
                        samples.add(v);
                    }
                }
            }
        }
        if (primary && !samples.isEmpty()) {
            scoreAmongIterations(file, where, value, samples);
        }
        JsonNode histogram = metric.get("rawDataHistogram");
        if (samples.isEmpty() && histogram != null && histogram.isArray()) {
            for (JsonNode fork : histogram) {
                for (JsonNode iteration : fork) {
                    double sum = 0;
                    double count = 0;
                    for (JsonNode bucket : iteration) {
                        double v = number(bucket.get(0));
                        double c = number(bucket.get(1));
                        if (!Double.isNaN(v) && !Double.isNaN(c)) {
                            sum += v * c;
                            count += c;
                        }
                    }
                    if (count > 0) {
                        samples.add(sum / count);
                    }
                }
            }
        }
        return new Score(value, error, unit, samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * JMH's score is the mean of its iterations ({@code rawData}), so it lies between the least and
     * the greatest of them, give or take a writer's rounding: a score outside them is a broken or
     * edited file, whose verdict would judge the score one way and the iterations the other (a
     * score of 80 over iterations of 200 was a drop of 20% with an effect size of +16).
     */
    private static void scoreAmongIterations(Path file, String where, double score, List<Double> iterations) {
        double min = iterations.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = iterations.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double rounding = ROUNDING * Math.max(Math.abs(min), Math.abs(max));
        if (score < min - rounding || score > max + rounding) {
            throw new ResultFileException(file, where + " has a 'score' (" + score + ") outside its 'rawData' ("
                    + (min == max ? String.valueOf(min) : min + " to " + max) + "), whose mean JMH's score is: a broken or "
                    + "edited file, whose iterations and score would give two verdicts");
        }
    }

    /**
     * @return JMH's thread count, 1 when the file has none (another tool's results); a count that is
     *     no positive whole number is refused: read as 1, as it was, it paired a 4-thread result with
     *     a 1-thread one
     */
    private static int threads(Path file, String where, JsonNode threads) {
        if (threads == null || threads.isNull()) {
            return 1;
        }
        if (!threads.canConvertToInt() || !threads.isIntegralNumber() || threads.asInt() < 1) {
            throw new ResultFileException(file, where + " has a 'threads' that is no positive whole number (" + threads + ")");
        }
        return threads.asInt();
    }

    private static boolean allArrays(JsonNode raw) {
        for (JsonNode fork : raw) {
            if (!fork.isArray()) {
                return false;
            }
        }
        return true;
    }

    /** @return a value as written, cut short for a one-line message */
    private static String abbreviate(String json) {
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }

        private static String text(Path file, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ResultFileException(file, "not JMH JSON: " + where + " has no '" + field + "'");
        }
        return v.asText();
    }

    /**
     * @return why a metric has no score: a NaN (what JMH writes for a benchmark that measured
     *     nothing) is told apart from a missing or non-numeric one
     */
    private static String noScore(JsonNode score) {
        if (score == null || score.isNull()) {
            return " has no 'score'";
        }
        if (score.isTextual() && score.asText().strip().equalsIgnoreCase("NaN")) {
            // said when no result of the file has a score (the others' would be read without it): re-running is the way out
            return " has a 'score' of NaN: JMH measured no value for it (a benchmark that failed, or ran no operation); re-run it";
        }
        return " has no numeric 'score' (" + score + ")";
    }

    /**
     * JMH writes NaN and the infinities as strings: "NaN" (e.g. when it has no error estimate),
     * "+INF" and "-INF" ({@code JSONResultFormat}); "Infinity" is Java's own spelling. Read as
     * anything else, an infinite metric passed for a profiler's marker with no number, and was
     * left out unsaid.
     */
    static double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            String text = v.asText().strip();
            switch (text) {
                case "+INF", "INF" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-INF" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    try {
                        return Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        return Double.NaN;
                    }
                }
            }
        }
        return Double.NaN;
    }

    private static String kind(JsonNode node) {
        return node.isObject() ? "an object" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
