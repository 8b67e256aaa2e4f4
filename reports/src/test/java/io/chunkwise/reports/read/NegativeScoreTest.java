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
 * the file and the result; so is a primary score without its unit.
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
                .hasMessageContaining("result #1 (org.example.Codec.decode) primaryMetric has a negative 'score' (-1.5)");
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
                .hasMessageContaining("result #1 (org.example.Codec.decode) secondary metric mem.peak.rssAnon.bytes has a negative 'score' (-1)");
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
