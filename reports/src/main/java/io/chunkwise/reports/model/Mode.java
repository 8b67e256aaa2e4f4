package io.chunkwise.reports.model;

import java.util.Arrays;
import java.util.Optional;

/** A JMH benchmark mode, as written in JMH JSON. */
public enum Mode {
    /** Operations per unit of time: higher is better. */
    THROUGHPUT("thrpt"),
    /** Average time per operation: lower is better. */
    AVERAGE_TIME("avgt"),
    /** Sampled time per operation: lower is better. */
    SAMPLE_TIME("sample"),
    /** Time of one operation (cold): lower is better. */
    SINGLE_SHOT("ss");

    private final String jmh;

    Mode(String jmh) {
        this.jmh = jmh;
    }

    /** @return the mode's short name in JMH JSON, e.g. {@code thrpt} */
    public String jmh() {
        return jmh;
    }

    /**
     * @param jmh a mode as JMH writes it ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
     * @return the mode, when known
     */
    public static Optional<Mode> fromJmh(String jmh) {
        return Arrays.stream(values()).filter(m -> m.jmh.equals(jmh)).findFirst();
    }
}
