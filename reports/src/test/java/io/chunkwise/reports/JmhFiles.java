package io.chunkwise.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/** Writes JMH JSON as JMH 1.37 does, for tests. */
public final class JmhFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ArrayNode root = MAPPER.createArrayNode();

    /**
     * Adds a result.
     *
     * @param benchmark fully qualified method
     * @param mode thrpt, avgt, sample or ss
     * @param params parameters
     * @param unit the score unit
     * @param raw per-fork, per-iteration values
     * @param secondary secondary metrics (name to value, unit bytes)
     * @return this
     */
    public JmhFiles add(String benchmark, String mode, Map<String, String> params, String unit, double[][] raw,
            Map<String, Double> secondary) {
        ObjectNode r = root.addObject();
        r.put("jmhVersion", "1.37").put("benchmark", benchmark).put("mode", mode).put("threads", 1)
                .put("forks", raw.length).put("jvm", "/opt/jdk/bin/java").put("jdkVersion", "25")
                .put("vmName", "OpenJDK 64-Bit Server VM").put("warmupIterations", 2).put("warmupTime", "1 s")
                .put("measurementIterations", raw[0].length).put("measurementTime", "1 s");
        r.putArray("jvmArgs");
        ObjectNode p = r.putObject("params");
        params.forEach(p::put);
        double[] all = Arrays.stream(raw).flatMapToDouble(Arrays::stream).toArray();
        double mean = Arrays.stream(all).average().orElseThrow();
        ObjectNode pm = r.putObject("primaryMetric");
        pm.put("score", mean);
        if (all.length > 1) {
            double var = Arrays.stream(all).map(v -> (v - mean) * (v - mean)).sum() / (all.length - 1);
            pm.put("scoreError", 3.29 * Math.sqrt(var / all.length) * 1.1);
        } else {
            pm.put("scoreError", "NaN");
        }
        pm.putArray("scoreConfidence").add(mean).add(mean);
        pm.put("scoreUnit", unit);
        ArrayNode rawNode = pm.putArray("rawData");
        for (double[] fork : raw) {
            ArrayNode f = rawNode.addArray();
            Arrays.stream(fork).forEach(f::add);
        }
        ObjectNode sm = r.putObject("secondaryMetrics");
        secondary.forEach((name, value) -> {
            ObjectNode m = sm.putObject(name);
            m.put("score", value).put("scoreError", "NaN").put("scoreUnit", "bytes");
            m.putArray("rawData").addArray().add(value);
        });
        return this;
    }

    /**
     * One result as JSON text, for a score JMH may write as a string (the tree above holds numbers).
     *
     * @param method the benchmark method, of {@code org.example.IndexBuildBenchmark}
     * @param size its size parameter
     * @param score the score as JSON: a number, or JMH's {@code "NaN"}, {@code "+INF"} or {@code "-INF"} (quoted)
     * @return the result, in ops/s, its five iterations the score each
     */
    public static String scoredAs(String method, String size, String score) {
        return """
                {"benchmark":"org.example.IndexBuildBenchmark.%s","mode":"thrpt","threads":1,"forks":1,"params":{"size":"%s"},
                 "primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[%s,%s,%s,%s,%s]]},
                 "secondaryMetrics":{}}""".formatted(method, size, score, score, score, score, score, score);
    }

    /**
     * Sets the JMH threads of the result added last.
     *
     * @param threads the threads
     * @return this
     */
    public JmhFiles threads(int threads) {
        ((ObjectNode) root.get(root.size() - 1)).put("threads", threads);
        return this;
    }

    /**
     * @param mean the mean
     * @param relativeSd the standard deviation as a fraction of the mean
     * @param seed the random seed
     * @return 2 forks × 5 iterations of normal noise
     */
    public static double[][] noisy(double mean, double relativeSd, long seed) {
        Random random = new Random(seed);
        double[][] raw = new double[2][5];
        for (double[] fork : raw) {
            for (int i = 0; i < fork.length; i++) {
                fork[i] = mean * (1 + relativeSd * random.nextGaussian());
            }
        }
        return raw;
    }

    /**
     * @param file where to write
     * @return the file
     * @throws IOException when writing fails
     */
    public Path write(Path file) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }
}
