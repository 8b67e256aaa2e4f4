package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FIX log given to {@code index} or {@code lookup} as a master is named as one, also after a banner. */
class FixLogAsMasterTest {
    private static final String MESSAGE = "8=FIX.4.4|9=5|35=0|10=161|\n";

    @TempDir
    Path dir;

    @Test
    void aLogAfterALog4jBannerIsNamedAsAFixLogByIndexAndLookup() throws Exception {
        Path log = Files.writeString(dir.resolve("session.log"), "log4j:WARN No appenders could be found for logger\n"
                + "log4j:WARN Please initialize the log4j system properly.\n" + MESSAGE + MESSAGE);
        for (String[] args : new String[][] {{"index", log.toString()}, {"lookup", log.toString(), "--cusip", "037833100"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err().strip()).as(args[0]).doesNotContain("\n").doesNotContain("Exception")
                    .contains(log + ":1 (byte 0): no key column")
                    .endsWith("; line 3 holds a FIX message (8=FIX…) after 2 lines of other text (a log's banner?): the file"
                            + " looks like a FIX log, not a CSV file: 'chunkwise fixscan' validates a FIX log");
        }
        assertThat(dir.resolve("session.log.cwx")).doesNotExist();
    }

    @Test
    void aLogAfterOneLineOfTextSaysALine() throws Exception {
        Path log = Files.writeString(dir.resolve("one.log"), "session started\n" + MESSAGE);
        CliRun r = CliRun.of("index", log.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("; line 2 holds a FIX message (8=FIX…) after a line of other text");
    }

    @Test
    void aHeaderWithoutKeyColumnsAndNoMessageGetsNoFixHint() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.csv"), "name,price\nApple,1.5\n");
        CliRun r = CliRun.of("index", plain.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no key column").doesNotContain("FIX");
    }

    @Test
    void aMasterWithAKeyColumnIsNotSearchedForAFixMessageByScan() throws Exception {
        // a master's header: scan does not read the file again for a message start (nor names one in a field)
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,symbol,raw\n037833100,AAPL,\"" + MESSAGE.strip() + "\"\n");
        CliRun r = CliRun.of("scan", master.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("FIX");
        // without a key column, the search stands: the message in line 2 is named
        Path noKeys = Files.writeString(dir.resolve("n.csv"), "id,raw\n1,\"" + MESSAGE.strip() + "\"\n");
        CliRun named = CliRun.of("scan", noKeys.toString(), "--json");
        assertThat(named.err()).contains(noKeys + ": line 2 holds a FIX message");
    }
}
