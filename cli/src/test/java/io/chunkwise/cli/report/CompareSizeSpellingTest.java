package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI gate whose baseline wrote {@code size=1GiB} and whose PR writes {@code size=1024MiB}: one
 * benchmark, compared (it was "Nothing compared", exit 2, or "1 benchmark missing", exit 3); and a
 * threshold that is no finite number is named as such.
 */
class CompareSizeSpellingTest {
    @TempDir
    Path dir;

    private Path file(String name, String size, String strategy, double... raw) throws IOException {
        String result = CompareCommandTest.result(strategy, raw).replace("\"size\":\"64MiB\"", "\"size\":\"" + size + "\"");
        return Files.writeString(dir.resolve(name), "[" + result + "]");
    }

    @Test
    void oneSizeWrittenTwoWaysIsJudged() throws IOException {
        Path base = file("base.json", "1GiB", "mmap", 40, 40.4, 39.6, 40.2, 39.8);
        Path same = file("same.json", "1024MiB", "mmap", 40.1, 40.3, 39.7, 40.2, 39.9);
        CliRun pass = CliRun.of("compare", base.toString(), same.toString());
        assertThat(pass.code()).isZero();
        assertThat(pass.err()).contains("{size=1024MiB, strategy=mmap} in the current run is {size=1GiB, strategy=mmap} in the "
                + "baseline").doesNotContain("missing").doesNotContain("Nothing compared");

        Path slower = file("slower.json", "1024MiB", "mmap", 30, 30.3, 29.7, 30.1, 29.9);
        CliRun fail = CliRun.of("compare", base.toString(), slower.toString(), "--json");
        assertThat(fail.code()).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(fail.out());
        assertThat(json.get("compared").asLong()).isEqualTo(1);
        assertThat(json.get("missing").asLong()).isZero();
        assertThat(json.get("comparisons").get(0).get("verdict").asText()).isEqualTo("regression");

        // 1 GB is a thousand million bytes, not 1 GiB: another size, not paired
        Path other = file("other.json", "1GB", "mmap", 40, 40.4, 39.6, 40.2, 39.8);
        assertThat(CliRun.of("compare", base.toString(), other.toString()).code()).isEqualTo(2);
    }

    @Test
    void aThresholdThatIsNoFiniteNumberIsNamedSo() throws IOException {
        Path base = file("base.json", "1GiB", "mmap", 40, 40.4, 39.6, 40.2, 39.8);
        for (String threshold : new String[] {"1e400", "NaN", "Infinity%"}) {
            CliRun run = CliRun.of("compare", base.toString(), base.toString(), "--threshold", threshold);
            assertThat(run.code()).as(threshold).isEqualTo(2);
            assertThat(run.err()).as(threshold).contains("'" + threshold + "' is no finite percentage; write e.g. 5%")
                    .doesNotContain("0% or more");
        }
    }
}
