package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A primary score is a time or a throughput: a negative one is refused, naming the file and the result. */
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
}
