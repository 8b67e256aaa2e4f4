package io.chunkwise.bench.run;

import java.util.SortedMap;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A benchmark (one method × one set of parameters) that started and produced no result: it threw,
 * or its fork died. Its reason is in the suite's log.
 *
 * @param benchmark the benchmark's full name
 * @param params its parameters
 * @param mode the JMH mode, e.g. {@code thrpt}
 */
public record BenchmarkFailure(String benchmark, SortedMap<String, String> params, String mode) {
    /**
     * Copies the parameters.
     *
     * @param benchmark the benchmark's full name
     * @param params its parameters
     * @param mode the JMH mode
     */
    public BenchmarkFailure {
        params = new TreeMap<>(params);
    }

    /**
     * @param params the benchmark's JMH parameters
     * @return the failure of that benchmark
     */
    static BenchmarkFailure of(BenchmarkParams params) {
        SortedMap<String, String> values = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        return new BenchmarkFailure(params.getBenchmark(), values, params.getMode().shortLabel());
    }

    /** @return e.g. {@code IndexBuildBenchmark.build size=64MiB strategy=PARALLEL} */
    public String label() {
        String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        StringBuilder s = new StringBuilder(shortName);
        params.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }
}
