package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masters a crashed or careless writer leaves: lines of spaces where the header belongs, and NUL
 * bytes (padding at the end, a run over a row, one in a field), through {@code index},
 * {@code lookup} and {@code scan}.
 */
class BlankAndNulMastersTest {
    private static final String HEADER = "cusip,isin,symbol,name\n";
    private static final String APPLE = "037833100,US0378331005,AAPL,Apple Inc\n";
    private static final String MSFT = "594918104,US5949181045,MSFT,Microsoft\n";

    @TempDir
    Path dir;

    @Test
    void aMasterOfBlankLinesAndSpacesIsNoHeaderForAnyCommand() throws Exception {
        Path file = dir.resolve("blank.csv");
        Files.writeString(file, "\n\r\n  \n\t\n");
        String expected = file + ":3 (byte 3): line 3 holds only spaces or tabs where the header row belongs";
        for (String[] args : new String[][] {
            {"index", file.toString()}, {"scan", file.toString()}, {"lookup", file.toString(), "--cusip", "037833100"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains(expected).doesNotContain("no key column").doesNotContain("Exception");
        }
        assertThat(dir.resolve("blank.csv.cwx")).doesNotExist();
    }

    @Test
    void spacesBeforeTheHeaderAreNamedNotReadAsAHeader() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "   \n" + HEADER + APPLE);
        CliRun r = CliRun.of("index", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":1 (byte 0): line 1 holds only spaces or tabs where the header row belongs: remove it");
    }

    @Test
    void aHeaderOfEmptyNamesIsStillReadAsBefore() throws Exception {
        Path file = dir.resolve("empty-names.csv");
        Files.writeString(file, ",,\na,b,c\n");
        CliRun r = CliRun.of("scan", file.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("records").asLong()).isEqualTo(1);
    }

    @Test
    void aNulInAHeaderAfterBlankLinesOrASepLineIsNamed() throws Exception {
        Path afterSep = dir.resolve("sep.csv");
        Files.writeString(afterSep, "sep=;\ncusip;is\0in\n037833100;US0378331005\n");
        Path afterBlank = dir.resolve("blank-nul.csv");
        Files.writeString(afterBlank, "\n\ncus\0ip,isin\n037833100,US0378331005\n");
        for (String command : new String[] {"index", "scan"}) {
            CliRun sep = CliRun.of(command, afterSep.toString());
            assertThat(sep.code()).as(command).isEqualTo(2);
            assertThat(sep.err()).as(command).isEqualTo("chunkwise " + command + ": " + afterSep + ":2 (byte 14): a NUL byte in"
                    + " the header row: NUL is not text (binary data, or a crashed writer's padding?)\n");
            CliRun blank = CliRun.of(command, afterBlank.toString());
            assertThat(blank.code()).as(command).isEqualTo(2);
            assertThat(blank.err()).as(command).contains(afterBlank + ":3 (byte 5): a NUL byte in the header row");
        }
    }

    @Test
    void nulBytesAreRejectedNamedAndCountedByScanIndexAndLookup() throws Exception {
        Path file = dir.resolve("nul.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + APPLE).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[64]); // a NUL run over the start of MSFT's row
        bytes.writeBytes(MSFT.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[4096]); // a crashed writer's unfilled space at the end
        Files.write(file, bytes.toByteArray());
        long run = (HEADER + APPLE).length();
        long padding = run + 64 + MSFT.length();

        CliRun scan = CliRun.of("scan", file.toString(), "--json");
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.json().get("records").asLong()).isEqualTo(1);
        assertThat(scan.json().get("rejected").asLong()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("nul.csv.rejects.csv"))).isEqualTo("line,offset,reason\n"
                + "3," + run + ",\"holds 64 NUL bytes from byte " + run
                + ": NUL is not text (a crashed writer's padding over this line, or binary data?)\"\n"
                + "4," + padding + ",\"4096 NUL bytes from byte " + padding
                + " and nothing else: space a writer reserved and never filled (a crash?); NUL is not text\"\n");

        CliRun index = CliRun.of("index", file.toString());
        assertThat(index.code()).isZero();
        assertThat(index.err()).contains("indexed 1 record (2 rejected,").doesNotContain("invalid ids: first");

        CliRun lookup = CliRun.of("lookup", file.toString(), "--symbol", "MSFT", "--symbol", "AAPL", "--json");
        assertThat(lookup.code()).isEqualTo(1);
        assertThat(lookup.json()).hasSize(1);
        assertThat(lookup.json().get(0).get("symbol").asText()).isEqualTo("AAPL");
        assertThat(lookup.err()).contains("no record for symbol MSFT");
    }
}
