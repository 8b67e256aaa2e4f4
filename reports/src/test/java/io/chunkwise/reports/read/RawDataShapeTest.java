package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMH writes {@code rawData} as forks of iterations and {@code threads} as a whole number: an edited
 * file that flattens the first ({@code [7.7, 8.6]}) or spells the second otherwise is refused, naming
 * the file and the benchmark, where it was read as no iterations (a verdict without its test) and as
 * 1 thread.
 */
class RawDataShapeTest {
    @TempDir
    Path dir;

    private Path result(String threads, String raw) throws IOException {
        return Files.writeString(dir.resolve("edited.json"), """
                [{"benchmark":"org.example.Codec.decode","mode":"thrpt","threads":%s,"forks":1,"params":{},
                  "primaryMetric":{"score":8.0,"scoreError":0.5,"scoreUnit":"ops/s","rawData":%s},"secondaryMetrics":{}}]
                """.formatted(threads, raw));
    }

    @Test
    void flatRawDataIsRefused() throws IOException {
        Path flat = result("1", "[7.7, 8.3]");
        assertThatThrownBy(() -> JmhJsonReader.read(flat)).isInstanceOf(ResultFileException.class)
                .hasMessage(flat + ": result #1 (org.example.Codec.decode) primaryMetric has a 'rawData' that is not JMH's array of "
                        + "forks, each an array of its iterations' scores (e.g. [[7.7, 8.6]]): [7.7,8.3]");
        assertThatThrownBy(() -> JmhJsonReader.read(result("1", "\"7.7 8.3\""))).hasMessageContaining("'rawData' that is not JMH's array");
    }

    @Test
    void threadsThatAreNoPositiveWholeNumberAreRefused() throws IOException {
        for (String threads : new String[] {"\"x\"", "0", "2.5", "\"4\""}) {
            Path file = result(threads, "[[7.7, 8.3]]");
            assertThatThrownBy(() -> JmhJsonReader.read(file)).as(threads)
                    .hasMessage(file + ": result #1 (org.example.Codec.decode) has a 'threads' that is no positive whole number ("
                            + threads + ")");
        }
    }

    @Test
    void jmhShapesStillRead() throws IOException {
        assertThat(JmhJsonReader.read(result("4", "[[7.7, 8.3], [8.0]]")).results().getFirst().primary().samples()).hasSize(3);
        assertThat(JmhJsonReader.read(Files.writeString(dir.resolve("other-tool.json"), """
                [{"benchmark":"x.B.m","mode":"thrpt","primaryMetric":{"score":8.0,"scoreUnit":"ops/s"}}]
                """)).results().getFirst().threads()).isEqualTo(1);
    }
}
