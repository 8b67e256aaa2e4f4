package io.chunkwise.reports.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.reports.model.SampleDistribution;
import io.chunkwise.reports.model.Score;

/**
 * Reads what a sample-mode ({@code -bm sample}) primary metric holds beyond its mean: how many
 * operations JMH timed (the counts of its {@code rawDataHistogram}, whose iterations alone said 2
 * where 1,000 operations were timed) and its median and 99th percentile ({@code scorePercentiles}).
 */
final class SampleModeMetric {
    private SampleModeMetric() {
    }

    /**
     * @param score the metric's score as read
     * @param metric the primary metric's JSON
     * @return the score with its distribution, or as it was when the metric has no histogram (no
     *     count of operations to give)
     */
    static Score withDistribution(Score score, JsonNode metric) {
        JsonNode histogram = metric.get("rawDataHistogram");
        if (histogram == null || !histogram.isArray()) {
            return score;
        }
        long count = 0;
        for (JsonNode fork : histogram) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    double c = JmhJsonReader.number(bucket.get(1));
                    if (Double.isFinite(c) && c > 0) {
                        count += (long) c;
                    }
                }
            }
        }
        JsonNode percentiles = metric.path("scorePercentiles");
        return new Score(score.value(), score.error(), score.unit(), score.samples(),
                new SampleDistribution(count, percentile(percentiles, "50.0"), percentile(percentiles, "99.0")));
    }

    private static double percentile(JsonNode percentiles, String name) {
        double v = JmhJsonReader.number(percentiles.get(name));
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
