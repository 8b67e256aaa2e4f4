package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard dataset loaded again, in a heap that holds one but not two, is not refused for the
 * garbage the first left: JMH's repeated invocations and training epochs do exactly this.
 */
class StandardDatasetReloadTest {
    private static final int WINDOW = 64;

    @TempDir
    Path dir;

    @Test
    void aSecondLoadIsNotRefusedForTheFirstOnesGarbage() throws IOException, InterruptedException {
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,logret,vol:5"), 4096)
                .build(TestBars.csv(dir.resolve("bars.csv"), 20_000, 3), cache, d -> { }, r -> { });
        long needed;
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            needed = MemoryEstimate.of(new SampleSpec(List.of(), "close", WINDOW, 1).bind(table)).neededBytes();
        }
        // one dataset fits, with room; the first one's remains plus a second would not
        long heapMiB = Math.max(32, (long) (1.6 * needed) >> 20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heapMiB + "m", "-XX:+UseG1GC",
                "-cp", System.getProperty("java.class.path"), RepeatedStandardLoad.class.getName(),
                cache.toString(), String.valueOf(WINDOW), "3")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("load 3: ");
    }
}
