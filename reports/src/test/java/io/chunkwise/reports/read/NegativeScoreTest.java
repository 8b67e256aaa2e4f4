package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary score is a time or a throughput, and a peak is a peak: a negative one is refused, naming
 * the file and the result; so is a primary score without its unit, and iterations (raw data) that
 * are negative, no number, or do not hold the score that is their mean.
 */
class NegativeScoreTest {
    @TempDir
    Path dir;

    private Path result(String score) throws IOException {
        return Files.writeString(dir.resolve("other-tool.json"), """
                [{"benchmark":"org.example.Codec.decode","mode":"avgt","threads":1,"forks":1,"params":{"size":"1MiB"},
                  "primaryMetric":{"score":%s,"scoreError":0.01,"scoreUnit":"ms/op","rawData":[[%s]]},
                  "secondaryMetrics":{"mem.delta.bytes":{"score":-4096,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[-4096]]}}}]
                """.formatted(score, score));
    }

    @Test
    void aNegativePrimaryScoreIsAnInputError() throws IOException {
        Path file = result("-1.5");
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("other-tool.json")
                .hasMessageEndingWith("result #1 (org.example.Codec.decode) primaryMetric has a negative 'score' (-1.5): "
                        + "a time or throughput cannot be negative");
    }

    @Test
    void aZeroPrimaryScoreAndANegativeSecondaryStillRead() throws IOException {
        assertThat(JmhJsonReader.read(result("0.0")).results()).hasSize(1);
    }

    @Test
    void aNegativePeakIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("negative-peak.json"), Files.readString(result("1.5"))
                .replace("\"mem.delta.bytes\"", "\"mem.peak.rssAnon.bytes\":{\"score\":-1,\"scoreUnit\":\"bytes\"},\"mem.delta.bytes\""));
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("negative-peak.json")
                .hasMessageEndingWith("result #1 (org.example.Codec.decode) secondary metric mem.peak.rssAnon.bytes has a negative 'score' (-1): "
                        + "a peak cannot be negative");
    }

    private Path raw(String name, String score, String raw) throws IOException {
        return Files.writeString(dir.resolve(name), """
                [{"benchmark":"x.B.m","mode":"thrpt","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[%s]]},"secondaryMetrics":{}}]
                """.formatted(score, raw));
    }

    @Test
    void aNegativeOrNonNumericIterationIsAnInputErrorAsANegativeScoreIs() throws IOException {
        // QA: an iteration of -1000 among 80s made a drop from 100 to 80 ops/s "noise (p=0.34)"
        Path negative = raw("cur-negraw.json", "80.0", "80.0,81.0,79.0,80.5,-1000.0");
        assertThatThrownBy(() -> JmhJsonReader.read(negative))
                .isInstanceOf(ResultFileException.class)
                .hasMessage(negative + ": result #1 (x.B.m) primaryMetric has a negative value in 'rawData' (-1000.0): "
                        + "a time or throughput cannot be negative, in any iteration");
        Path nan = raw("nan-raw.json", "80.0", "80.0,81.0,\"NaN\"");
        assertThatThrownBy(() -> JmhJsonReader.read(nan))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("nan-raw.json: result #1 (x.B.m) primaryMetric has a value in 'rawData' that is no finite number (NaN)");
        Path peak = Files.writeString(dir.resolve("negative-peak-iteration.json"), Files.readString(result("1.5"))
                .replace("\"mem.delta.bytes\"", "\"mem.peak.rssAnon.bytes\":{\"score\":5,\"scoreUnit\":\"bytes\",\"rawData\":[[5,-5]]},"
                        + "\"mem.delta.bytes\""));
        assertThatThrownBy(() -> JmhJsonReader.read(peak))
                .hasMessageContaining("secondary metric mem.peak.rssAnon.bytes has a negative value in 'rawData' (-5): a peak cannot be negative");
    }

    @Test
    void aScoreOutsideItsIterationsIsAnInputError() throws IOException {
        // QA: a score of 80 over iterations of about 200 was a 20% drop with an effect size of +16
        Path file = raw("disagrees.json", "80.0", "199.0,201.0,200.0,200.5,199.5");
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessage(file + ": result #1 (x.B.m) primaryMetric has a 'score' (80.0) outside its 'rawData' (199.0 to 201.0), "
                        + "whose mean JMH's score is: a broken or edited file, whose iterations and score would give two verdicts");
        // a writer's rounding (a mean printed to six decimals, or one ulp past equal iterations) still reads
        assertThat(JmhJsonReader.read(raw("rounded.json", "0.1000000001", "0.1,0.1,0.1")).results()).hasSize(1);
        assertThat(JmhJsonReader.read(raw("mean.json", "100.0", "99.0,101.0,100.0,100.5,99.5")).results()).hasSize(1);
    }

    @Test
    void aPrimaryScoreWithoutItsUnitIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("no-unit.json"), Files.readString(result("1.5")).replace("\"scoreUnit\":\"ms/op\",", ""));
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("no-unit.json")
                .hasMessageContaining("result #1 (org.example.Codec.decode) primaryMetric has no 'scoreUnit'");
    }
}
