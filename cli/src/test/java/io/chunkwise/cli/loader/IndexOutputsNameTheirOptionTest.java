package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} and {@code lookup} refuse an output by the option that named it, as {@code scan} and {@code reconcile} do. */
class IndexOutputsNameTheirOptionTest {
    @TempDir
    Path dir;

    @Test
    void anOutputThatCannotBeWrittenIsNamedByItsOption() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        String missing = dir.resolve("missing").toString();
        assertRefused(CliRun.of("index", master.toString(), "--index", missing + "/m.cwx"), "--index " + missing);
        assertRefused(CliRun.of("index", master.toString(), "--rejects", missing + "/r.csv"), "--rejects " + missing);
        assertRefused(CliRun.of("index", master.toString(), "--index", master.toString()), "--index " + master);
        assertRefused(CliRun.of("lookup", master.toString(), "--cusip", "037833100", "--index", missing + "/m.cwx"),
                "--index " + missing);
    }

    private static void assertRefused(CliRun run, String mention) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(mention);
    }
}
