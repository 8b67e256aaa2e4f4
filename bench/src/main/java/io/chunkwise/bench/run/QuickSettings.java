package io.chunkwise.bench.run;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.TimeValue;

/** What {@code --quick} means: enough to see every variant run and produce numbers, no more. */
final class QuickSettings {
    static final int FORKS = 1;
    static final int WARMUP_ITERATIONS = 1;
    static final TimeValue WARMUP_TIME = new TimeValue(1, TimeUnit.SECONDS);
    static final int MEASUREMENT_ITERATIONS = 2;
    static final TimeValue MEASUREMENT_TIME = new TimeValue(1, TimeUnit.SECONDS);

    private QuickSettings() {
    }
}
