package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: NASDAQ Trader's {@code otherlisted.txt} ends with {@code File Creation Time: …||||||}, which
 * scan and index rejected as {@code expected 8 fields, found 7} and said no more: the user had to
 * wonder which record was lost. It stays a reject (scan exits 1), named as the file's footer.
 */
class ExchangeFooterCommandTest {
    /** The head and the footer of the real file, with its CRLF line ends. */
    private static final String LISTED = "ACT Symbol|Security Name|Exchange|CQS Symbol|ETF|Round Lot Size|Test Issue|NASDAQ Symbol\r\n"
            + "A|Agilent Technologies, Inc. Common Stock|N|A|N|100|N|A\r\n"
            + "ZTS|Zoetis Inc. Class A Common Stock|N|ZTS|N|100|N|ZTS\r\n"
            + "File Creation Time: 1120202617:00||||||\r\n";
    private static final String SAID = "the last line is the file's footer (File Creation Time: 1120202617:00), not a record:"
            + " rejected as such";

    @TempDir
    Path dir;

    @Test
    void scanIndexAndLookupNameTheFooterTheyReject() throws Exception {
        Path file = Files.writeString(dir.resolve("otherlisted.txt"), LISTED);
        CliRun scan = CliRun.of("scan", file.toString(), "--delimiter", "|");
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.err()).contains("2 records, 1 rejected").contains("rejects: " + file + ".rejects.csv"
                + System.lineSeparator() + SAID);
        CliRun index = CliRun.of("index", file.toString(), "--delimiter", "|", "--symbol-column", "ACT Symbol");
        assertThat(index.code()).isZero();
        assertThat(index.err()).contains("indexed 2 records (1 rejected").contains(SAID);
        CliRun json = CliRun.of("index", file.toString(), "--delimiter", "|", "--symbol-column", "ACT Symbol", "--json");
        JsonNode footer = json.json().get("footer");
        assertThat(footer.get("line").asLong()).isEqualTo(4);
        assertThat(footer.get("byte").asLong()).isEqualTo(LISTED.indexOf("File Creation"));
        assertThat(footer.get("text").asText()).isEqualTo("File Creation Time: 1120202617:00");
        assertThat(CliRun.of("scan", file.toString(), "--delimiter", "|", "--json").json().get("footer").get("line").asLong())
                .isEqualTo(4);
        Files.delete(dir.resolve("otherlisted.txt.cwx"));
        CliRun lookup = CliRun.of("lookup", file.toString(), "--delimiter", "|", "--symbol-column", "ACT Symbol",
                "--symbol", "ZTS");
        assertThat(lookup.code()).isZero();
        assertThat(lookup.err()).contains("lookup: " + file + ": " + SAID);
    }

    @Test
    void aRejectThatIsNoFooterIsNotCalledOne() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005\n"
                + "594918104,US5949181045,MSFT\n");
        CliRun scan = CliRun.of("scan", file.toString(), "--json");
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.json().get("footer").isNull()).isTrue();
        assertThat(scan.err()).doesNotContain("footer");
    }

    @Test
    void aFooterWithTheHeadersFieldCountIsSaidToBeReadAsARecord() throws Exception {
        String head = LISTED.substring(0, LISTED.indexOf("File Creation"));
        Path file = Files.writeString(dir.resolve("listed.txt"), head + "File Creation Time: 1120202617:00|||||||\r\n");
        String said = "the last line (byte " + head.length() + ") looks like the file's footer (File Creation Time:"
                + " 1120202617:00) but has the header's field count: it is read as a record; remove it, e.g. with sed '$d'";
        CliRun scan = CliRun.of("scan", file.toString(), "--delimiter", "|");
        assertThat(scan.code()).isZero();
        assertThat(scan.err()).contains("3 records, 0 rejected").contains(said);
        CliRun index = CliRun.of("index", file.toString(), "--delimiter", "|", "--symbol-column", "ACT Symbol", "--json");
        JsonNode footer = index.json().get("footer");
        assertThat(footer.get("line").isNull()).isTrue();
        assertThat(footer.get("rejected").asBoolean()).isFalse();
        assertThat(footer.get("byte").asLong()).isEqualTo(head.length());
    }

    @Test
    void reconcileNamesTheFooterOfTheMasterItIndexes() throws Exception {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "100", "-o", master.toString()).code()).isZero();
        Path log = dir.resolve("o.fix");
        assertThat(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "20", "-o",
                log.toString()).code()).isZero();
        Files.writeString(master, Files.readString(master) + "Total records: 100\n");

        CliRun reconcile = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());

        assertThat(reconcile.err()).contains("reconcile: " + master + ": the last line is the file's footer (Total records:"
                + " 100), not a record: rejected as such");
    }
}
