package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset cache} on a file whose symbol column is empty on one row: with {@code --symbol} the row
 * was skipped as another instrument's (counted, never named), without it the whole file failed as
 * holding a second instrument, {@code ''}. The row is rejected, named with its line and offset.
 */
class DatasetEmptySymbolTest {
    @TempDir
    Path dir;

    private Path csv() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("symbol," + Bars.HEADER);
        for (String bar : Bars.lines(40)) {
            lines.add((lines.size() == 11 ? "" : "EURUSD") + "," + bar); // line 12 names no instrument
        }
        return Files.write(dir.resolve("eurusd.csv"), lines);
    }

    @Test
    void theRowIsRejectedWithOrWithoutASymbol() throws IOException {
        Path csv = csv();
        long offset = Files.readString(csv).indexOf("\n,") + 1;
        for (List<String> more : List.<List<String>>of(List.of(), List.of("--symbol", "EURUSD"))) {
            List<String> args = new ArrayList<>(more);
            args.add("--json");
            CliRun r = Bars.cache(csv, dir.resolve("out.arrow"), args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.json().get("accepted").asLong()).as("%s", more).isEqualTo(39);
            assertThat(r.json().get("rejected").asLong()).isEqualTo(1);
            assertThat(r.json().get("skipped").asLong()).isZero();
            assertThat(r.json().get("firstRejects").get(0).asText()).isEqualTo(csv + ":12 (byte " + offset
                    + "): column 'symbol' is empty: the row names no instrument");
        }
    }
}
