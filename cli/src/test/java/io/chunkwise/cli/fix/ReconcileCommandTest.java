package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {
    private static final char SOH = '\u0001';

    @TempDir
    Path dir;

    static String message(String body) {
        String b = body.replace('|', SOH);
        String upTo = "8=FIX.4.4" + SOH + "9=" + b.length() + SOH + b;
        int sum = 0;
        for (int i = 0; i < upTo.length(); i++) {
            sum += upTo.charAt(i);
        }
        return upTo + "10=" + String.format("%03d", sum & 0xFF) + SOH;
    }

    @Test
    void jsonContractAndExitCodes() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path clean = dir.resolve("clean.log");
        Files.writeString(clean, message("35=D|34=1|55=AAPL|48=037833100|22=1|") + "\n", StandardCharsets.ISO_8859_1);
        Path dirty = dir.resolve("dirty.log");
        Files.writeString(dirty, message("35=D|34=1|55=MSFT|48=037833100|22=1|") + "\n8=FIX.4.4" + SOH + "9=1" + SOH
                + "\n" + message("35=D|34=3|55=ZZZ|") + "\n", StandardCharsets.ISO_8859_1);

        CliRun ok = CliRun.of("reconcile", "--master", master.toString(), "--fix", clean.toString(), "--json");
        assertThat(ok.code()).isZero();
        JsonNode json = Json.mapper().readTree(ok.out());
        assertThat(json.get("messages").asLong()).isEqualTo(1);
        assertThat(json.get("malformed").asLong()).isZero();
        assertThat(json.get("checked").asLong()).isEqualTo(1);
        assertThat(json.get("discrepancies").toString())
                .isEqualTo("{\"SYMBOL_MISMATCH\":0,\"UNKNOWN_SECURITY\":0,\"UNKNOWN_SYMBOL\":0}");
        assertThat(json.has("seconds")).isTrue();

        Path out = dir.resolve("found.csv");
        CliRun found = CliRun.of("reconcile", "--master", master.toString(), "--fix", dirty.toString(), "--json",
                "--out", out.toString(), "--workers", "2", "--chunk-size", "16");
        assertThat(found.code()).isEqualTo(1);
        json = Json.mapper().readTree(found.out());
        assertThat(json.get("messages").asLong()).isEqualTo(2);
        assertThat(json.get("malformed").asLong()).isEqualTo(1);
        assertThat(json.get("discrepancies").get("SYMBOL_MISMATCH").asLong()).isEqualTo(1);
        assertThat(json.get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("found.csv.rejects.csv"))).hasSize(2)
                .last().asString().startsWith("2,");
        assertThat(found.err()).doesNotContain("not written anywhere");

        CliRun device = CliRun.of("reconcile", "--master", master.toString(), "--fix", dirty.toString(), "--out", "/dev/null");
        assertThat(device.code()).isEqualTo(1);
        assertThat(device.err()).contains("1 malformed message not written anywhere: --out /dev/null is a device")
                .contains("--rejects");
    }

    @Test
    void aFixLogGivenAsTheMasterIsSaidToBeOne() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("orders.fix");
        Files.writeString(log, "20240101-10:00:00.000: " + message("35=D|34=1|55=AAPL|") + "\n", StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", log.toString(), "--fix", master.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--master " + log + " looks like a FIX log (its first line holds 8=FIX), not a "
                + "security master: are --master and --fix swapped?");
        assertThat(dir.resolve("orders.fix.cwx")).as("nothing indexed").doesNotExist();
    }

    @Test
    void generatedLogMatchesItsPlantedTruth() throws IOException {
        Path master = dir.resolve("sec.csv");
        Path log = dir.resolve("orders.fix");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "3000", "-o", master.toString()).code()).isZero();
        assertThat(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "20000",
                "--discrepancy-rate", "0.05", "-o", log.toString()).code()).isZero();
        JsonNode truth = Json.mapper().readTree(dir.resolve("orders.fix.expected.json").toFile());
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json", "--chunk-size", "64KiB");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(r.out());
        for (String key : new String[] {"messages", "malformed", "checked"}) {
            assertThat(json.get(key).asLong()).as(key).isEqualTo(truth.get(key).asLong());
        }
        assertThat(json.get("discrepancies")).isEqualTo(truth.get("discrepancies"));
    }

    @Test
    void aMessageSplitInsideItsBeginStringIsCountedAndListedAsMalformed() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        String split = message("35=D|34=2|55=MSFT|48=037833100|22=1|");
        String rest = split.substring(4);
        String head = message("35=D|34=1|55=AAPL|") + "\n2024-01-01 10:00:00 -> " + split.substring(0, 4) + "\n";
        Path log = dir.resolve("split.log");
        Files.writeString(log, head + "2024-01-01 10:00:00 -> " + rest + "\n" + message("35=D|34=3|55=AAPL|") + "\n",
                StandardCharsets.ISO_8859_1);
        String row = "3," + head.length() + ",CHECKSUM_WITHOUT_START,CheckSum (10) at byte "
                + (head.length() + "2024-01-01 10:00:00 -> ".length() + rest.indexOf(SOH + "10=") + 1)
                + " without a message start (no 8=FIX before it on its line)";
        for (String chunk : new String[] {"7", "16MiB"}) {
            Path rejects = dir.resolve("bad" + chunk + ".csv");
            CliRun scan = CliRun.of("fixscan", log.toString(), "--json", "--rejects", rejects.toString(), "--chunk-size", chunk);
            assertThat(scan.code()).as(scan.err()).isEqualTo(1);
            assertThat(scan.json().get("messages").asLong()).isEqualTo(2);
            assertThat(scan.json().get("malformed").asLong()).isEqualTo(1);
            assertThat(Files.readAllLines(rejects)).containsExactly("line,offset,reason,detail", row);

            Path out = dir.resolve("found" + chunk + ".csv");
            CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json",
                    "--out", out.toString(), "--chunk-size", chunk, "--workers", "2");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.json().get("messages").asLong()).isEqualTo(2);
            assertThat(r.json().get("malformed").asLong()).isEqualTo(1);
            assertThat(Files.readAllLines(dir.resolve(out.getFileName() + ".rejects.csv"))).last().isEqualTo(row);
        }
    }

    /** QA-7 Q7-5: a one-byte chunk size is capped at 65,536 chunks, as index caps it, and said so in --json. */
    @Test
    void aTinyChunkSizeGrowsToTheLoaderCapAndBothSizesAreReported() throws IOException {
        Path master = dir.resolve("cap.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() <= 2 * 65_536 + 1000; i++) {
            text.append(message("35=D|34=" + i + "|55=" + (i % 7 == 0 ? "NOPE" : "AAPL") + "|")).append('\n');
        }
        Path log = Files.writeString(dir.resolve("cap.log"), text, StandardCharsets.ISO_8859_1);
        long size = Files.size(log);
        CliRun scan = CliRun.of("fixscan", log.toString(), "--json", "--chunk-size", "1", "--workers", "2");
        assertThat(scan.code()).as(scan.err()).isZero();
        JsonNode j = Json.mapper().readTree(scan.out());
        assertThat(j.get("chunkSize").asLong()).isEqualTo(Math.ceilDiv(size, 65_536)).isEqualTo(3);
        assertThat(j.get("chunkSizeRequested").asLong()).isEqualTo(1);
        assertThat(j.get("chunks").asLong()).isEqualTo(Math.ceilDiv(size, 3));
        JsonNode serial = Json.mapper().readTree(CliRun.of("fixscan", log.toString(), "--json", "--workers", "1").out());
        assertThat(j.get("messages")).isEqualTo(serial.get("messages"));
        assertThat(serial.get("chunkSize").asLong()).isEqualTo(16L << 20);
        assertThat(serial.get("chunkSizeRequested").asLong()).isEqualTo(16L << 20);

        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json",
                "--chunk-size", "1", "--workers", "2");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode rj = Json.mapper().readTree(r.out());
        assertThat(rj.get("chunkSize").asLong()).isEqualTo(3);
        assertThat(rj.get("chunkSizeRequested").asLong()).isEqualTo(1);
        assertThat(rj.get("chunks").asLong()).isEqualTo(Math.ceilDiv(size, 3));
        assertThat(rj.get("discrepancies").get("UNKNOWN_SYMBOL").asLong())
                .isEqualTo(Math.ceilDiv(j.get("messages").asLong(), 7));
    }

    @Test
    void fixscanCountsAndListsMalformedMessages() throws IOException {
        Path log = dir.resolve("mixed.log");
        Files.writeString(log, "junk\n" + message("35=0|34=1|") + "\n8=FIX.4.4" + SOH + "9=99" + SOH + "35=0" + SOH + "\n"
                + message("35=0|34=3|"), StandardCharsets.ISO_8859_1);
        Path rejects = dir.resolve("bad.csv");
        CliRun r = CliRun.of("fixscan", log.toString(), "--json", "--rejects", rejects.toString(), "--chunk-size", "7");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("messages").asLong()).isEqualTo(2);
        assertThat(json.get("malformed").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(rejects)).containsExactly("line,offset,reason,detail",
                "3," + ("junk\n" + message("35=0|34=1|") + "\n").length() + ",CHECKSUM_MISSING,no CheckSum (10) field");

        Path empty = Files.writeString(dir.resolve("empty.log"), "");
        CliRun none = CliRun.of("fixscan", empty.toString(), "--json");
        assertThat(none.code()).isZero();
        assertThat(none.err()).contains("fixscan: " + empty + " is empty: no message to check");
        Path text = Files.writeString(dir.resolve("notes.log"), "no fix here\n");
        assertThat(CliRun.of("fixscan", text.toString()).err()).contains("no FIX message in " + text);

        // QA-7 Q7-6: SOH spelled ^A, as cat -v prints it: each message is malformed, and the notice says why
        Path caret = Files.writeString(dir.resolve("caret.fix"), message("35=D|34=1|55=AAPL|").replace(String.valueOf(SOH), "^A")
                + "\n", StandardCharsets.ISO_8859_1);
        CliRun c = CliRun.of("fixscan", caret.toString(), "--json");
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err()).contains("fixscan: " + caret + ": the log spells SOH as the text ^A")
                .contains("sed 's/\\^A/\\x01/g'");
        Path m = Files.writeString(dir.resolve("caret.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        assertThat(CliRun.of("reconcile", "--master", m.toString(), "--fix", caret.toString()).err())
                .contains("reconcile: " + caret + ": the log spells SOH as the text ^A");
    }

    /** QA: a master without a symbol column was indexed first (minutes on a large master), then refused without a hint. */
    @Test
    void aMasterWithoutASymbolColumnIsRefusedBeforeItsFirstBuild() throws IOException {
        Path master = Files.writeString(dir.resolve("ids.csv"), "cusip,isin,Sym\n037833100,US0378331005,AAPL\n");
        Path log = Files.writeString(dir.resolve("one.log"), "8=FIX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|10=999|\n",
                StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("indexed")
                .contains("the security master " + master + " has no symbol column").endsWith("name it with --symbol-column NAME");
        assertThat(Path.of(master + ".cwx")).as("no index built").doesNotExist();
        // named, it is used, and the index remembers it: a later run without the option uses it too
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--symbol-column", "Sym")
                .code()).isIn(0, 1);
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString()).err())
                .doesNotContain("no symbol column");
        // the header is read as the build reads it: in the delimiter a sep= line declares
        Path declared = Files.writeString(dir.resolve("sep.csv"), "sep=;\ncusip;isin;symbol\n037833100;US0378331005;AAPL\n");
        assertThat(CliRun.of("reconcile", "--master", declared.toString(), "--fix", log.toString()).code()).isIn(0, 1);
    }

    /** Nothing checked because every message is malformed: exit 0 by the contract (no discrepancy), but said. */
    @Test
    void aLogOfOnlyMalformedMessagesIsSaidToHaveNothingChecked() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("allbad.log");
        Files.writeString(log, "8=FIX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|10=999|\n"
                + "8=FIX.4.4|9=28|35=D|34=2|49=A|56=B|55=AAPL|10=999|\n", StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(r.code()).as("the exit code counts discrepancies").isZero();
        assertThat(Json.mapper().readTree(r.out()).get("malformed").asLong()).isEqualTo(2);
        assertThat(r.err()).contains("reconcile: every message of " + log + " is malformed (2): none was checked,"
                + " and the exit code counts discrepancies only; fixscan exits 1 on malformed messages");
        assertThat(CliRun.of("fixscan", log.toString()).code()).isEqualTo(1);
        // the human line counts them as fixscan does, beside the well-formed, not among them
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString()).err())
                .contains("\n0 messages, 2 malformed, 0 checked in ");
    }

    @Test
    void anExchangeFileIsAMasterWithItsDelimiterAndColumns() throws IOException {
        // the first rows of NASDAQ's nasdaqlisted.txt (see shared/fixtures/symbols), '|'-delimited, "Symbol" column
        Path master = dir.resolve("nasdaqlisted.txt");
        Files.writeString(master, """
                Symbol|Security Name|Market Category|Test Issue|Financial Status|Round Lot Size|ETF|NextShares
                AAAP|Advanced Accelerator Applications S.A. - American Depositary Shares|Q|N|N|100|N|N
                AAL|American Airlines Group, Inc. - Common Stock|Q|N|N|100|N|N
                File Creation Time: 0327201812:00|||||||
                """);
        Path log = dir.resolve("orders.log");
        Files.writeString(log, message("35=D|34=1|55=AAL|") + "\n" + message("35=D|34=2|55=ZZZZ|") + "\n",
                StandardCharsets.ISO_8859_1);

        CliRun comma = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
        assertThat(comma.code()).isEqualTo(2);
        assertThat(comma.err().strip()).doesNotContain("\n").contains("no key column")
                .contains("looks '|'-delimited: add --delimiter '|'");

        CliRun piped = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--delimiter", "|",
                "--json");
        assertThat(piped.code()).as(piped.err()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(piped.out());
        assertThat(json.get("checked").asLong()).isEqualTo(2);
        assertThat(json.get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);

        // an index built by `index` with the same options is used as it is, not rebuilt
        CliRun index = CliRun.of("index", master.toString(), "--delimiter", "|", "--symbol-column", "Symbol");
        assertThat(index.code()).isZero();
        CliRun again = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--delimiter", "|",
                "--symbol-column", "Symbol", "--json");
        assertThat(again.code()).isEqualTo(1);
        assertThat(Json.mapper().readTree(again.out()).get("indexRebuilt").isNull()).isTrue();
        // and by a reconcile given none of those options: the index's delimiter and columns are used
        CliRun plain = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(plain.code()).as(plain.err()).isEqualTo(1);
        assertThat(plain.err()).doesNotContain("indexed").doesNotContain("reindexing");
        assertThat(Json.mapper().readTree(plain.out()).get("indexRebuilt").isNull()).isTrue();
        assertThat(Json.mapper().readTree(plain.out()).get("checked").asLong()).isEqualTo(2);
    }

    @Test
    void idsCompareInTheirNormalForm() throws IOException {
        // a lower-case CUSIP in the log, Excel's ="…" and a \r\r\n line ending in the master
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\r\n38259P508,US38259P5089,GOOG\r\r\n=\"037833100\",us0378331005,AAPL\r\n");
        Path log = dir.resolve("orders.log");
        Files.writeString(log, message("35=D|34=1|55=GOOG|48=38259p508|22=1|") + message("35=D|34=2|55=AAPL|48=US0378331005|22=4|")
                + message("35=D|34=3|55=AAPL|48=037833100|22=1|"), StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("checked").asLong()).isEqualTo(3);
        assertThat(json.get("discrepancies").get("UNKNOWN_SECURITY").asLong()).isZero();
        assertThat(json.get("discrepancies").get("SYMBOL_MISMATCH").asLong()).isZero();
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun r = CliRun.of("reconcile", "--master", dir.resolve("nope.csv").toString(), "--fix", "x.log");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("nope.csv");
    }

    @Test
    void aMasterWithoutIdColumnsChecksSymbolsInstead() throws IOException {
        Path master = dir.resolve("symbols.csv");
        Files.writeString(master, "symbol,name\nAAPL,Apple\nMSFT,Microsoft\n");
        Path log = dir.resolve("orders.log");
        Files.writeString(log, message("35=D|34=1|55=AAPL|48=037833100|22=1|") + message("35=D|34=2|55=NOPE|48=X|22=4|")
                + message("35=D|34=3|48=594918104|22=1|"), StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("idsWithoutColumn").asLong()).isEqualTo(3);
        assertThat(json.get("checked").asLong()).isEqualTo(2);
        assertThat(json.get("discrepancies").get("UNKNOWN_SECURITY").asLong()).isZero();
        assertThat(json.get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);
        assertThat(r.err()).contains("has no cusip or isin column [symbol, name]: 3 messages identified by CUSIP or ISIN were"
                + " checked by their symbol (55) instead, where they had one; name them with --cusip-column, --isin-column");
    }

    /** Review: one message was "checked by their symbol …, where they had one", and one column "named them". */
    @Test
    void oneMessageAndOneMissingColumnAreSaidInTheSingular() throws IOException {
        Path master = Files.writeString(dir.resolve("isins.csv"), "isin,symbol\nUS0378331005,AAPL\n");
        Path log = Files.writeString(dir.resolve("one.log"), message("35=D|34=1|55=AAPL|48=037833100|22=1|"),
                StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("reconcile: " + master + " has no cusip column [isin, symbol]: 1 message identified by"
                + " CUSIP (22=1) was checked by its symbol (55) instead, where it had one; name it with --cusip-column\n");
        Path two = Files.writeString(dir.resolve("two.log"), message("35=D|34=1|55=AAPL|48=037833100|22=1|")
                + message("35=D|34=2|55=AAPL|48=037833100|22=1|"), StandardCharsets.ISO_8859_1);
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", two.toString()).err())
                .contains(": 2 messages identified by CUSIP (22=1) were checked by their symbol (55) instead, where they had one;"
                        + " name it with --cusip-column\n");
    }

    /** QA-14 W14-2: id columns under other names (ISIN Code, CUSIP9) are shown, with the options that name them. */
    @Test
    void aMasterWithIdColumnsUnderOtherNamesShowsItsHeader() throws IOException {
        Path master = dir.resolve("named.csv");
        Files.writeString(master, "Ticker,ISIN Code,CUSIP9\nAAPL,US0378331005,037833100\n");
        Path log = dir.resolve("isin.log");
        Files.writeString(log, message("35=D|34=1|55=AAPL|48=US0378331005|22=4|"), StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("has no cusip or isin column [Ticker, ISIN Code, CUSIP9]: 1 message identified by CUSIP or ISIN was checked")
                .contains("name them with --cusip-column, --isin-column");
    }

    @Test
    void outputsNamingInputsAndUnboundedWorkersAreRefused() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("orders.log");
        String text = message("35=D|34=1|55=AAPL|");
        Files.writeString(log, text, StandardCharsets.ISO_8859_1);
        CliRun[] runs = {
            CliRun.of("fixscan", log.toString(), "--rejects", log.toString()),
            CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", log.toString()),
            CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--index", master.toString()),
            CliRun.of("fixscan", log.toString(), "--workers", "100000"),
            CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--chunk-size", "2GiB"),
            CliRun.of("fixscan", dir.toString()),
        };
        for (CliRun r : runs) {
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n");
        }
        assertThat(runs[3].err()).contains("workers must be between 1 and 256");
        CliRun notFix = CliRun.of("fixscan", master.toString());
        assertThat(notFix.code()).isZero();
        assertThat(notFix.err()).contains("no FIX message in");
        assertThat(runs[5].err()).contains("is a directory");
        assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).isEqualTo(text);
        assertThat(Files.readString(master)).startsWith("cusip,isin,symbol");
    }

    @Test
    void twoOutputsAtOnePathAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("orders.log");
        Files.writeString(log, message("35=D|34=1|55=NOPE|") + "8=FIX.4.4" + SOH + "9=999" + SOH + "35=D" + SOH + "10=000" + SOH,
                StandardCharsets.ISO_8859_1);
        Path same = dir.resolve("same.csv");
        String[][] clashes = {
            {"--out", same.toString(), "--rejects", same.toString()},
            {"--out", same.toString(), "--index", dir.resolve("./same.csv").toString()},
            {"--rejects", same.toString(), "--index", same.toString()},
        };
        for (String[] clash : clashes) {
            String[] args = new String[6 + clash.length];
            System.arraycopy(new String[] {"reconcile", "--master", master.toString(), "--fix", log.toString(), "--json"},
                    0, args, 0, 6);
            System.arraycopy(clash, 0, args, 6, clash.length);
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains(clash[0]).contains(clash[2])
                    .contains("are the same file");
            assertThat(r.out()).isEmpty();
            assertThat(same).doesNotExist();
        }
    }
    /** Line numbers and the lost-start rule count LF: a log whose lines end in a bare CR is named, once. */
    @Test
    void aLogWhoseLinesEndInABareCrIsNamedInANotice() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        String m = message("35=D|34=1|55=AAPL|");
        Path cr = Files.writeString(dir.resolve("cr.log"), m + "\r" + m + "\r", StandardCharsets.ISO_8859_1);
        Path lf = Files.writeString(dir.resolve("lf.log"), m + "\n" + m + "\n", StandardCharsets.ISO_8859_1);
        String notice = cr + ": its lines end in a bare CR";
        CliRun scan = CliRun.of("fixscan", cr.toString());
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.err()).contains("fixscan: " + notice).contains("count LF line breaks");
        assertThat(scan.err().split(notice, -1)).hasSize(2);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", cr.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("reconcile: " + notice);
        assertThat(CliRun.of("fixscan", lf.toString()).err()).doesNotContain("bare CR");
    }

    /** A compressed, UTF-16 or binary log would scan to "no message" and pass for clean: refused, exit 2, as a master is. */
    @Test
    void aCompressedUtf16OrBinaryLogIsAnInputError() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        String text = message("35=D|34=1|55=NOPE|");
        Path gz = dir.resolve("log.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        Path utf16 = dir.resolve("u16.log");
        Files.write(utf16, text.getBytes(StandardCharsets.UTF_16LE));
        Path utf16Bom = dir.resolve("u16bom.log");
        Files.write(utf16Bom, text.getBytes(StandardCharsets.UTF_16));
        Path binary = dir.resolve("capture.pcap");
        Files.write(binary, new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1, 2, 0, 4, 0, 0, 0, 0, 0});
        for (String[] command : new String[][] {{"reconcile", "--master", master.toString(), "--json", "--fix"}, {"fixscan", "--json"}}) {
            CliRun r = run(command, gz);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(gz + ":1 (byte 0): gzip-compressed, not a text file").doesNotContain("Exception");
            r = run(command, utf16);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains(utf16 + ":1 (byte 0): UTF-16 text").contains("iconv -f UTF-16LE -t UTF-8");
            r = run(command, utf16Bom);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains(utf16Bom + ":1 (byte 0): UTF-16 text (a byte-order mark)");
            r = run(command, binary);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains(binary + ":1 (byte 5): a NUL byte, and no 8=FIX in its 12 bytes: a binary file");
        }
        Path plain = Files.writeString(dir.resolve("plain.log"), text, StandardCharsets.ISO_8859_1);
        CliRun read = CliRun.of("reconcile", "--master", master.toString(), "--fix", plain.toString(), "--json");
        assertThat(read.code()).as("the same log as text: read, one UNKNOWN_SYMBOL").isEqualTo(1);
        // the columns compared against are said every time (an index keeps those it was once given)
        JsonNode keys = Json.mapper().readTree(read.out()).get("keyColumns");
        assertThat(keys.get("cusip").asText()).isEqualTo("cusip");
        assertThat(keys.get("symbol").asText()).isEqualTo("symbol");
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", plain.toString()).err())
                .contains("keys: cusip=cusip, isin=isin, symbol=symbol");
    }

    /**
     * QA: a UTF-32 log's mark FF FE 00 00 begins with UTF-16's, and was named as UTF-16; a UTF-16
     * log without a mark was given {@code iconv -f UTF-16}, which reads one byte order only and
     * garbled big-endian text; and the line was always 1. Each is named as what it is, its byte
     * order too, at the line of its first 8=FIX.
     */
    @Test
    void utf32AndEachByteOrderOfUtf16AreNamedWithAnIconvThatConvertsThem() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        String text = "session log\n" + message("35=D|34=1|55=NOPE|") + "\n";
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        Path u16be = Files.write(dir.resolve("u16be.log"), text.getBytes(StandardCharsets.UTF_16BE));
        expected.put(u16be + ":2 (byte 24): UTF-16 text (8=FIX two bytes a character)", "iconv -f UTF-16BE -t UTF-8");
        Path u16le = Files.write(dir.resolve("u16le.log"), text.getBytes(StandardCharsets.UTF_16LE));
        expected.put(u16le + ":2 (byte 24): UTF-16 text (8=FIX two bytes a character)", "iconv -f UTF-16LE -t UTF-8");
        java.nio.charset.Charset utf32le = java.nio.charset.Charset.forName("UTF-32LE");
        Path u32le = Files.write(dir.resolve("u32le.log"), text.getBytes(utf32le));
        expected.put(u32le + ":2 (byte 48): UTF-32 text (8=FIX four bytes a character)", "iconv -f UTF-32LE -t UTF-8");
        Path u32be = Files.write(dir.resolve("u32be.log"), text.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        expected.put(u32be + ":2 (byte 48): UTF-32 text (8=FIX four bytes a character)", "iconv -f UTF-32BE -t UTF-8");
        byte[] body = text.getBytes(utf32le);
        byte[] marked = new byte[body.length + 4];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(body, 0, marked, 4, body.length);
        Path u32bom = Files.write(dir.resolve("u32bom.log"), marked);
        expected.put(u32bom + ":1 (byte 0): UTF-32 text (a byte-order mark)", "iconv -f UTF-32 -t UTF-8");
        for (String[] command : new String[][] {{"reconcile", "--master", master.toString(), "--json", "--fix"}, {"fixscan", "--json"}}) {
            for (Map.Entry<String, String> e : expected.entrySet()) {
                CliRun r = run(command, Path.of(e.getKey().substring(0, e.getKey().indexOf(':'))));
                assertThat(r.code()).as(r.err()).isEqualTo(2);
                assertThat(r.out()).isEmpty();
                assertThat(r.err()).contains(e.getKey()).contains(e.getValue()).doesNotContain("Exception");
            }
        }
    }

    /**
     * QA: a master's index given as the log ({@code fixscan master.csv.cwx}, a tab completion away)
     * was told to "give the CSV file it indexes", which is no FIX log either; an Arrow or Parquet
     * file was "not a CSV file". Each is named as not being a FIX log.
     */
    @Test
    void anIndexArrowOrParquetFileGivenAsTheLogIsNamedAsNotAFixLog() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path index = dir.resolve("m.csv.cwx");
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        Path arrow = Files.write(dir.resolve("bars.arrow"), "ARROW1\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Path parquet = Files.write(dir.resolve("t.parquet"), "PAR1\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Map<Path, String> expected = Map.of(index, ":1 (byte 0): a chunkwise index, not a FIX log",
                arrow, ":1 (byte 0): an Arrow IPC file, not a FIX log", parquet, ":1 (byte 0): a Parquet file, not a FIX log");
        for (String[] command : new String[][] {{"reconcile", "--master", master.toString(), "--json", "--fix"}, {"fixscan", "--json"}}) {
            for (Map.Entry<Path, String> e : expected.entrySet()) {
                CliRun r = run(command, e.getKey());
                assertThat(r.code()).as(r.err()).isEqualTo(2);
                assertThat(r.out()).isEmpty();
                assertThat(r.err()).contains(e.getKey() + e.getValue()).doesNotContain("CSV").doesNotContain("Exception");
            }
        }
    }

    /** QA: {@code fixscan -} said "no such file: -", not that standard input is not read, as '-' for an output says. */
    @Test
    void aDashForTheLogOrTheMasterIsSaidNotToBeStandardInput() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = Files.writeString(dir.resolve("l.fix"), message("35=D|34=1|55=AAPL|") + "\n", StandardCharsets.ISO_8859_1);
        for (String[] args : new String[][] {{"fixscan", "-"}, {"reconcile", "--master", master.toString(), "--fix", "-"},
            {"reconcile", "--master", "-", "--fix", log.toString()}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("-: '-' is not standard input here").contains("save it to a file first")
                    .doesNotContain("no such file").doesNotContain("Exception");
        }
    }

    /** QA: a first message whose RawData (96) holds UTF-16 text with 8=FIX was taken for a UTF-16 log and refused. */
    @Test
    void utf16BytesInsideADataFieldOfAnAsciiLogAreAValue() throws IOException {
        String wide = new String("8=FIX.4.4".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
        Path log = Files.writeString(dir.resolve("raw.fix"), message("35=D|34=1|95=" + wide.length() + "|96=" + wide + "|55=AAPL|")
                + "\n", StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("messages").asLong()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("UTF-16");
    }

    private static CliRun run(String[] command, Path log) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 1);
        args[command.length] = log.toString();
        return CliRun.of(args);
    }

    @Test
    void humanSummariesAreInAsciiDigitsWhateverTheDefaultLocale() throws IOException {
        // index and scan print 1,234 in every locale: fixscan and reconcile must not mix in the locale's digits
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("dirty.log");
        Files.writeString(log, message("35=D|34=1|55=MSFT|48=037833100|22=1|") + "\n8=FIX.4.4" + SOH + "9=1" + SOH
                + "\n" + message("35=D|34=3|55=ZZZ|") + "\n", StandardCharsets.ISO_8859_1);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // formats %,d and %.2f with Arabic-Indic digits
            CliRun scan = CliRun.of("fixscan", log.toString(), "--rejects", dir.resolve("bad.csv").toString());
            CliRun recon = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
            assertThat(scan.err()).contains("1 malformed").doesNotContainPattern("[\u0660-\u066C]");
            assertThat(recon.err()).contains("2 messages, 1 malformed, 2 checked").doesNotContainPattern("[\u0660-\u066C]");
        } finally {
            Locale.setDefault(before);
        }
    }
}
