package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One heap has one "heap available" figure: auto mode's choice to stream and the standard
 * dataset's refusal read it alike (QA: under -Xmx64m, auto said ~54 MiB and the refusal ~60 MiB,
 * the refusal alone having collected the garbage first).
 */
class HeapFigureTest {
    private static final Pattern AVAILABLE = Pattern.compile("heap available ~([\\d,]+) MiB");

    @TempDir
    Path dir;

    @Test
    void autoModeAndTheStandardRefusalNameOneFigure() throws IOException, InterruptedException {
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,logret,vol:5"), 4096)
                .build(TestBars.csv(dir.resolve("bars.csv"), 40_000, 3), cache, d -> { }, r -> { });
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // samples of 64 rows of 8 floats: ~80 MiB, over what a 64 MiB heap has
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseG1GC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), AutoThenStandard.class.getName(), cache.toString(), "64")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        String auto = output.lines().filter(l -> l.startsWith("auto: ")).findFirst().orElseThrow();
        String standard = output.lines().filter(l -> l.startsWith("standard: ")).findFirst().orElseThrow();
        assertThat(auto).as(output).contains("streaming instead");
        assertThat(standard).as(output).contains("refused");
        assertThat(available(auto)).as(output).isBetween(available(standard) - 1, available(standard) + 1);
    }

    private static long available(String line) {
        Matcher m = AVAILABLE.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
