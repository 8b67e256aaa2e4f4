package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of index, lookup and scan: JSON keys, exit codes, notices on stderr. */
class LoaderCommandsTest {
    @TempDir
    Path dir;
    Path master;

    @BeforeEach
    void master() throws Exception {
        master = dir.resolve("master.csv");
        Files.writeString(master, String.join("\n",
                "CUSIP,ISIN,Ticker,Name,Exchange",
                "037833100,US0378331005,AAPL,\"Apple Inc., \"\"fruit\"\"\",XNAS",
                "594918104,US5949181045,MSFT,\"Microsoft",
                "Corp\",XNAS",
                "037833100,US0378331005,AAPL,Apple Inc.,XETR",
                "037833101,US0378331006,BAD,Bad check digits,XNYS",
                "ragged,row",
                ""));
    }

    @Test
    void indexPrintsTheContractFields() throws Exception {
        for (String strategy : new String[] {"full", "chunked", "mmap", "parallel"}) {
            CliRun r = CliRun.of("index", master.toString(), "--strategy", strategy, "--chunk-size", "16", "--workers", "3", "--json");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("records").asLong()).isEqualTo(4);
            assertThat(j.get("rejected").asLong()).isEqualTo(1);
            assertThat(j.get("duplicates").asLong()).isEqualTo(2);
            assertThat(j.get("invalidIds").asLong()).isEqualTo(2);
            // QA-14 W14-7: the first one is located, its CUSIP before its ISIN
            assertThat(j.get("firstInvalidId").toString()).isEqualTo("{\"kind\":\"CUSIP\",\"value\":\"037833101\",\"byte\":"
                    + Files.readString(master).indexOf("037833101") + "}");
            assertThat(j.get("firstDuplicateId").toString()).isEqualTo("{\"kind\":\"CUSIP\",\"value\":\"037833100\",\"byte\":"
                    + Files.readString(master).indexOf("037833100,US0378331005,AAPL,Apple Inc.,XETR") + ",\"firstByte\":"
                    + Files.readString(master).indexOf("037833100") + "}");
            assertThat(j.get("bytes").asLong()).isEqualTo(Files.size(master));
            assertThat(j.get("chunkSize").asLong()).isEqualTo(16);
            assertThat(j.get("chunkSizeRequested").asLong()).isEqualTo(16);
            assertThat(j.get("keyColumns").toString()).isEqualTo("{\"cusip\":\"CUSIP\",\"isin\":\"ISIN\",\"symbol\":\"Ticker\"}");
            assertThat(j.has("seconds")).isTrue();
            assertThat(j.get("index").asText()).isEqualTo(master + ".cwx");
            assertThat(Files.readAllLines(Path.of(j.get("rejectsFile").asText())))
                    .containsExactly("line,offset,reason", "7,232,\"expected 5 fields, found 2\"");
        }
    }

    @Test
    void indexSaysWhereTheFirstInvalidAndDuplicateIdsAre() throws Exception {
        CliRun r = CliRun.of("index", master.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(master);
        assertThat(r.err()).contains("duplicate ids: first: CUSIP 037833100 in the record at byte "
                + text.indexOf("037833100,US0378331005,AAPL,Apple Inc.,XETR") + ", first seen at byte " + text.indexOf("037833100")
                + System.lineSeparator());
        assertThat(r.err()).contains("invalid ids: first: CUSIP 037833101 in the record at byte "
                + Files.readString(master).indexOf("037833101") + System.lineSeparator());
        Path clean = Files.writeString(dir.resolve("clean.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun none = CliRun.of("index", clean.toString(), "--json");
        assertThat(none.json().get("firstInvalidId").isNull()).isTrue();
        assertThat(none.json().get("firstDuplicateId").isNull()).isTrue();
        assertThat(CliRun.of("index", clean.toString()).err()).doesNotContain("invalid ids:").doesNotContain("duplicate ids:");
    }

    /** QA-14 W14-2: id columns under other names are indexed as no column; the line says how to name them. */
    @Test
    void indexSaysHowToNameAKeyColumnItDidNotFind() throws Exception {
        Path named = Files.writeString(dir.resolve("named.csv"), "Ticker,ISIN Code,CUSIP9\nAAPL,US0378331005,037833100\n");
        CliRun r = CliRun.of("index", named.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("keys: cusip: no column, isin: no column, symbol=Ticker (name them with --cusip-column"
                + " CUSIP9, --isin-column 'ISIN Code')");
        CliRun one = CliRun.of("index", master.toString(), "--symbol-column", "Exchange", "--cusip-column", "Name");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.err()).contains("keys: cusip=Name, isin=ISIN, symbol=Exchange\n");
    }

    @Test
    void lookupNamesTheHeaderOfAMasterWithoutTheKeyColumn() throws Exception {
        Path noIsin = Files.writeString(dir.resolve("no-isin.csv"), "sep=,\ncusip,Symbol\n037833100,AAPL\n");
        String refusal = "chunkwise lookup: " + noIsin + ":2 (byte 6): has no isin column [cusip, Symbol];"
                + " name it with --isin-column" + System.lineSeparator();
        CliRun first = CliRun.of("lookup", noIsin.toString(), "--isin", "US0378331005");
        assertThat(first.code()).isEqualTo(2);
        assertThat(first.err()).as("refused before a first build").isEqualTo(refusal);
        assertThat(CliRun.of("index", noIsin.toString()).code()).isZero();
        CliRun built = CliRun.of("lookup", noIsin.toString(), "--isin", "US0378331005");
        assertThat(built.code()).isEqualTo(2);
        assertThat(built.err()).as("from the index").isEqualTo(refusal);
    }

    @Test
    void lookupReturnsEveryMatchKeyedByHeaderNames() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", "037833100", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.isArray()).isTrue();
        assertThat(j).hasSize(2);
        assertThat(j.get(0).get("Name").asText()).isEqualTo("Apple Inc., \"fruit\"");
        assertThat(j.get(1).get("Exchange").asText()).isEqualTo("XETR");
        assertThat(j.get(0).get("_offset").asLong()).isEqualTo(32);
        assertThat(r.err()).contains("lookup: built index " + master + ".cwx (no index yet)");

        CliRun again = CliRun.of("lookup", master.toString(), "--symbol", "MSFT", "--json");
        assertThat(again.err()).doesNotContain("index " + master);
        assertThat(again.json().get(0).get("Name").asText()).isEqualTo("Microsoft\nCorp");
        CliRun human = CliRun.of("lookup", master.toString(), "--symbol", "MSFT");
        assertThat(human.err()).as("one line per field, control characters escaped").contains("  Name: Microsoft\\x0aCorp\n");

        CliRun isin = CliRun.of("lookup", master.toString(), "--isin", "US5949181045");
        assertThat(isin.code()).isZero();
        assertThat(isin.err()).contains("Exchange: XNAS");
    }

    @Test
    void aKeyBlankAfterTrimmingIsAUsageErrorBeforeAnyIndexIsBuilt() {
        CliRun r = CliRun.of("lookup", master.toString(), "--symbol", " \t");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("empty --symbol ' \t': a key blank after trimming is never indexed");
        assertThat(CliRun.of("lookup", master.toString(), "--cusip", "").err()).contains("empty --cusip ''");
        assertThat(dir.resolve("master.csv.cwx")).doesNotExist();
    }

    @Test
    void lookupReusesTheOptionsTheIndexWasBuiltWith() throws Exception {
        assertThat(CliRun.of("index", master.toString(), "--symbol-column", "Name").code()).isZero();
        CliRun plain = CliRun.of("lookup", master.toString(), "--symbol", "Bad check digits", "--json");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err()).doesNotContain("rebuilding");
        CliRun asked = CliRun.of("lookup", master.toString(), "--symbol-column", "Ticker", "--symbol", "AAPL", "--json");
        assertThat(asked.code()).as(asked.err()).isZero();
        assertThat(asked.err()).contains("lookup: rebuilding index " + master + ".cwx (the index was built with symbol column"
                + " 'Name', not 'Ticker' as asked)");
        assertThat(asked.json()).hasSize(2);

        Path pipes = dir.resolve("nasdaq.txt");
        Files.writeString(pipes, "Symbol|Security Name\nAAPL|Apple Inc.\n");
        assertThat(CliRun.of("index", pipes.toString(), "--delimiter", "|").code()).isZero();
        CliRun found = CliRun.of("lookup", pipes.toString(), "--symbol", "AAPL", "--json");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.err()).doesNotContain("rebuilding");
        assertThat(found.json().get(0).get("Security Name").asText()).isEqualTo("Apple Inc.");
        CliRun other = CliRun.of("lookup", pipes.toString(), "--delimiter", ",", "--symbol", "AAPL");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("lookup: rebuilding index " + pipes + ".cwx (the index was built with delimiter '|'");
    }

    @Test
    void excelsSepLineDeclaresTheDelimiter() throws Exception {
        Path sep = dir.resolve("sep.csv");
        Files.writeString(sep, "sep=;\r\ncusip;isin;symbol\r\n037833100;US0378331005;AAPL\r\n");
        CliRun index = CliRun.of("index", sep.toString(), "--json");
        assertThat(index.code()).as(index.err()).isZero();
        assertThat(index.json().get("records").asLong()).isEqualTo(1);
        assertThat(index.json().get("rejected").asLong()).isZero();
        CliRun scan = CliRun.of("scan", sep.toString(), "--delimiter", ";", "--json");
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.json().get("records").asLong()).isEqualTo(1);
        CliRun found = CliRun.of("lookup", sep.toString(), "--symbol", "AAPL", "--json");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.json().get(0).get("cusip").asText()).isEqualTo("037833100");
        for (String command : new String[] {"index", "scan", "lookup"}) {
            CliRun contradicted = command.equals("lookup")
                    ? CliRun.of(command, sep.toString(), "--delimiter", ",", "--symbol", "AAPL")
                    : CliRun.of(command, sep.toString(), "--delimiter", ",");
            assertThat(contradicted.code()).as(command).isEqualTo(2);
            assertThat(contradicted.err().strip()).as(command).doesNotContain("\n")
                    .contains("sep.csv:1 (byte 0): the first line 'sep=;' (Excel's delimiter line) declares the delimiter ';',"
                            + " but the delimiter given is ','")
                    .contains("leave out --delimiter, or give --delimiter ';'");
        }
    }

    @Test
    void aSepLineThatDeclaresNoOneByteDelimiterIsRefusedByEveryCommand() throws Exception {
        Path sep = dir.resolve("sep.csv");
        Path log = dir.resolve("l.fix");
        Files.writeString(log, "");
        for (String line : new String[] {"sep=\u00e9", "sep=", "sep=ab"}) {
            Files.writeString(sep, line + "\ncusip,isin,symbol\n037833100,US0378331005,AAPL\n", StandardCharsets.UTF_8);
            String shown = line.length() == 4 ? "declares no delimiter" : "declares '" + line.substring(4) + "', not one ASCII character";
            for (String[] command : new String[][] {{"scan", sep.toString()}, {"index", sep.toString()},
                    {"lookup", sep.toString(), "--symbol", "AAPL"}, {"reconcile", "--master", sep.toString(), "--fix", log.toString()}}) {
                CliRun r = CliRun.of(command);
                String what = line + " " + command[0];
                assertThat(r.code()).as(what + r.err()).isEqualTo(2);
                assertThat(r.out()).as(what).isEmpty();
                assertThat(r.err().strip()).as(what).doesNotContain("\n")
                        .contains("sep.csv:1 (byte 0): the first line '" + line + "' (Excel's delimiter line) " + shown
                                + ": write one character after sep= (e.g. sep=;) or remove the line");
            }
        }
        // a header whose first name starts with sep= holds the delimiter: read as a header
        Files.writeString(sep, "sep=x,cusip,symbol\n1,037833100,AAPL\n");
        CliRun scan = CliRun.of("scan", sep.toString(), "--json");
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.json().get("records").asLong()).isEqualTo(1);
    }

    @Test
    void keysAreFoundInTheirNormalForm() throws Exception {
        Path keys = dir.resolve("keys.csv");
        Files.writeString(keys, "cusip,isin,symbol\n38259p508,us38259p5089,GOOG\r\r\n=\"037833100\",US0378331005,AAPL\r");
        CliRun index = CliRun.of("index", keys.toString(), "--json");
        assertThat(index.code()).as(index.err()).isZero();
        assertThat(index.json().get("invalidIds").asLong()).isZero();
        CliRun r = CliRun.of("lookup", keys.toString(), "--cusip", "38259P508", "--cusip", "037833100", "--isin", "US38259P5089",
                "--symbol", "GOOG", "--symbol", "AAPL", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json()).hasSize(5);
        assertThat(CliRun.of("lookup", keys.toString(), "--cusip", "38259p508").code()).isZero();
        assertThat(CliRun.of("lookup", keys.toString(), "--symbol", "goog").code()).as("symbols keep their case").isEqualTo(1);
        // _key is the key as the index matched it: trimmed, a CUSIP or ISIN in upper case, the kind prefix as before
        CliRun typed = CliRun.of("lookup", keys.toString(), "--isin", " us38259p5089\t", "--cusip", "=\"037833100\"",
                "--cusip", "037833100", "--symbol", " GOOG ", "--json");
        assertThat(typed.code()).as(typed.err()).isZero();
        assertThat(typed.json()).as("the same key typed twice is looked up once").hasSize(3);
        assertThat(typed.json().findValuesAsText("_key")).as("in the order given, whatever the kind")
                .containsExactly("isin:US38259P5089", "cusip:037833100", "symbol:GOOG");
        CliRun reversed = CliRun.of("lookup", keys.toString(), "--symbol", "GOOG", "--cusip", "037833100", "--symbol",
                "AAPL", "--isin", "US38259P5089", "--json");
        assertThat(reversed.json().findValuesAsText("_key"))
                .containsExactly("symbol:GOOG", "cusip:037833100", "symbol:AAPL", "isin:US38259P5089");
        CliRun missing = CliRun.of("lookup", keys.toString(), "--symbol", "NOPE", "--cusip", "999999999", "--isin", "US0378331005");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("lookup: no record for symbol NOPE, cusip 999999999 (its check digit is not valid: it would be 999999998)\n");
    }

    @Test
    void aFullDiskNamesTheOutputThatFilledIt() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full (Linux) is needed");
        for (String command : new String[] {"scan", "index"}) {
            CliRun r = CliRun.of(command, master.toString(), "--rejects", full.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err().strip()).as(command).doesNotContain("\n")
                    .isEqualTo("chunkwise " + command + ": rejects file /dev/full: No space left on device"
                            + " (free some space or write elsewhere)");
        }
    }

    @Test
    void lookupWithNoMatchExitsOne() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", "999999999", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json()).isEmpty();
    }

    @Test
    void aKeyGivenAsTheWrongKindSaysWhichKindItIs() {
        CliRun r = CliRun.of("lookup", master.toString(), "--symbol", "037833100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("lookup: no record for symbol 037833100 (found as a cusip: use --cusip)");
        assertThat(CliRun.of("lookup", master.toString(), "--cusip", "US0378331005").err())
                .contains("lookup: no record for cusip US0378331005 (found as an isin: use --isin)");
        assertThat(CliRun.of("lookup", master.toString(), "--cusip", "NOPE").err())
                .contains("lookup: no record for cusip NOPE\n");
    }

    @Test
    void oneMissingKeyOfSeveralExitsOneAfterPrintingTheOthers() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--symbol", "MSFT", "--symbol", "NOPE", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json()).hasSize(1);
        assertThat(r.json().get(0).get("_key").asText()).isEqualTo("symbol:MSFT");
        assertThat(r.err()).contains("no record for symbol NOPE");
        CliRun human = CliRun.of("lookup", master.toString(), "--symbol", "MSFT", "--symbol", "NOPE");
        assertThat(human.code()).isEqualTo(1);
        assertThat(human.out()).as("stdout carries JSON only").isEmpty();
        assertThat(human.err()).contains("symbol MSFT @ byte").contains("Name: Microsoft");
    }

    @Test
    void theMasterAsItsOwnIndexIsNamedAsTheInput() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--index", master.toString(), "--symbol", "MSFT");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is the input file").doesNotContain("remove the file");
    }

    @Test
    void aLookupThatBuildsTheIndexSaysWhatWasRejected() throws Exception {
        Path rj = dir.resolve("rj.csv");
        Files.writeString(rj, "cusip,isin,symbol,name\n037833100,US0378331005,AAPL,Apple, Inc\n594918104,US5949181045,MSFT,Microsoft\n");
        CliRun r = CliRun.of("lookup", rj.toString(), "--symbol", "AAPL");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("1 record of " + rj + " rejected (a wrong field count, a stray quote, a NUL byte or a repeated header row)")
                .contains("chunkwise index " + rj);
        // a repeated header row has the right field count: the notice does not say it had the wrong one
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "cusip,isin,symbol\n037833100,US0378331005,AAPL\ncusip,isin,symbol\n594918104,US5949181045,MSFT\n");
        CliRun t = CliRun.of("lookup", twice.toString(), "--symbol", "MSFT");
        assertThat(t.code()).isEqualTo(0);
        assertThat(t.err()).contains("1 record of " + twice + " rejected (a wrong field count, a stray quote, a NUL byte or a repeated header row)");
    }

    @Test
    void aMastersOwnUnderscoreColumnsAreNotOverwritten() throws Exception {
        Path own = dir.resolve("own.csv");
        Files.writeString(own, "symbol,_key,_offset\nAAPL,mine,42\n");
        CliRun r = CliRun.of("lookup", own.toString(), "--symbol", "AAPL", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode match = r.json().get(0);
        assertThat(match.get("_key").asText()).isEqualTo("mine");
        assertThat(match.get("_offset").asText()).isEqualTo("42");
        assertThat(match.get("__key").asText()).isEqualTo("symbol:AAPL");
        assertThat(match.get("__offset").asLong()).isEqualTo(20);
    }

    @Test
    void unnamedColumnsAreKeyedByNumber() throws Exception {
        Path excel = dir.resolve("excel.csv");
        Files.writeString(excel, "cusip,isin,symbol,,\r\n037833100,US0378331005,AAPL,x,\r\n");
        CliRun r = CliRun.of("lookup", excel.toString(), "--symbol", "AAPL", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get(0).get("_column4").asText()).isEqualTo("x");
        assertThat(r.json().get(0).get("_column5").asText()).isEmpty();
    }

    @Test
    void aStaleIndexIsRebuiltWithANotice() throws Exception {
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        FileTime t = Files.getLastModifiedTime(master);
        Files.writeString(master, Files.readString(master).replace("XETR", "XLON"));
        Files.setLastModifiedTime(master, t);
        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", "037833100", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("stale").contains("content");
        assertThat(r.json().get(1).get("Exchange").asText()).isEqualTo("XLON");
    }

    @Test
    void aStaleIndexIsRebuiltWithTheDelimiterAndColumnsItWasBuiltWith() throws Exception {
        Path pipes = dir.resolve("nasdaq.txt");
        Files.writeString(pipes, "Code|Name|Exchange\nAAPL|Apple Inc.|XNAS\n");
        assertThat(CliRun.of("index", pipes.toString(), "--delimiter", "|", "--symbol-column", "Name").code()).isZero();
        FileTime t = Files.getLastModifiedTime(pipes);
        Files.writeString(pipes, "MSFT|Microsoft Corp|XNAS\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(pipes, FileTime.fromMillis(t.toMillis() + 2000));
        CliRun r = CliRun.of("lookup", pipes.toString(), "--symbol", "Microsoft Corp", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("lookup: rebuilding index " + pipes + ".cwx (")
                .contains("stale")
                .contains("lookup: rebuilt index " + pipes + ".cwx with delimiter '|' and quote '\"' as the index was built,"
                        + " symbol column 'Name' as the index was built");
        assertThat(r.json().get(0).get("Code").asText()).isEqualTo("MSFT");

        Files.writeString(pipes, Files.readString(pipes).replace("Name|", "Title|"));
        Files.setLastModifiedTime(pipes, FileTime.fromMillis(t.toMillis() + 4000));
        CliRun gone = CliRun.of("lookup", pipes.toString(), "--symbol", "AAPL");
        assertThat(gone.code()).isEqualTo(2);
        assertThat(gone.err()).startsWith("chunkwise lookup: " + pipes + ":1 (byte 0): the index " + pipes + ".cwx was built with symbol column 'Name'")
                .contains("no longer has: name it with --symbol-column NAME")
                .doesNotContain("rebuilding").doesNotContain("\tat ");
        CliRun named = CliRun.of("lookup", pipes.toString(), "--symbol-column", "Title", "--symbol", "Apple Inc.", "--json");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.err()).contains("with delimiter '|' and quote '\"' as the index was built, symbol column 'Title' as asked");
    }

    /** A --delimiter other than the index's, its kept column not in the header so read: the delimiter is named, not an edit (QA). */
    @Test
    void aDelimiterOtherThanTheIndexsIsNamedWhenTheKeptColumnIsNotFound() throws Exception {
        Path pipes = dir.resolve("nasdaq.txt");
        Files.writeString(pipes, "Code|Name|Exchange\nAAPL|Apple Inc.|XNAS\n");
        assertThat(CliRun.of("index", pipes.toString(), "--delimiter", "|", "--symbol-column", "Name").code()).isZero();
        byte[] index = Files.readAllBytes(Path.of(pipes + ".cwx"));
        for (String command : new String[] {"lookup", "reconcile"}) {
            Path log = Files.writeString(dir.resolve("one.fix"), "8=FIX.4.4|9=5|35=0|10=000|\n");
            CliRun r = command.equals("lookup") ? CliRun.of("lookup", pipes.toString(), "--delimiter", ",", "--symbol", "AAPL")
                    : CliRun.of("reconcile", "--master", pipes.toString(), "--delimiter", ",", "--fix", log.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("chunkwise " + command + ": " + pipes + ":1 (byte 0): the index " + pipes + ".cwx was built"
                    + " with delimiter '|' and symbol column 'Name'; read with delimiter ',' as asked, the header"
                    + " [Code|Name|Exchange] has no column 'Name': leave out --delimiter to read the file with '|' as the index"
                    + " was built, or name it with --symbol-column NAME" + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(Path.of(pipes + ".cwx"))).isEqualTo(index);
        CliRun asBuilt = CliRun.of("lookup", pipes.toString(), "--symbol", "Apple Inc.", "--json");
        assertThat(asBuilt.code()).as(asBuilt.err()).isZero();
        assertThat(asBuilt.err()).as("the index is used as it is").doesNotContain("rebuil");
    }

    @Test
    void rowsStartingWithAByteOrderMarkAreCountedAndTheirKeysFound() throws Exception {
        Path cat = dir.resolve("cat.csv");
        String a = "CUSIP,Ticker\n037833100,AAPL\n";
        Files.writeString(cat, a + "\uFEFF594918104,MSFT\n\uFEFF38259P508,GOOG\n");
        for (String command : new String[] {"scan", "index"}) {
            CliRun json = CliRun.of(command, cat.toString(), "--json");
            assertThat(json.code()).as(json.err()).isZero();
            assertThat(json.json().get("byteOrderMarks").asLong()).as(command).isEqualTo(2);
            assertThat(json.json().get("firstByteOrderMark").get("line").asLong()).isEqualTo(3);
            assertThat(json.json().get("firstByteOrderMark").get("byte").asLong()).isEqualTo(a.length());
            CliRun human = CliRun.of(command, cat.toString());
            assertThat(human.err()).as(command).contains("2 rows start with a byte-order mark (first: line 3, byte "
                    + a.length() + "; concatenated files?)");
        }
        CliRun clean = CliRun.of("scan", master.toString(), "--json");
        assertThat(clean.json().get("byteOrderMarks").asLong()).isZero();
        assertThat(clean.json().get("firstByteOrderMark").isNull()).isTrue();
        assertThat(clean.err()).doesNotContain("byte-order mark");
        CliRun found = CliRun.of("lookup", cat.toString(), "--cusip", "594918104", "--json");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.json().get(0).get("Ticker").asText()).isEqualTo("MSFT");
    }

    @Test
    void anEditInPlaceThatKeepsSizeAndModificationTimeIsStillSeen() throws Exception {
        Path big = dir.resolve("big.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "5000", "--seed", "3", "-o", big.toString()).code()).isZero();
        assertThat(CliRun.of("index", big.toString()).code()).isZero();
        byte[] bytes = Files.readAllBytes(big);
        // a record between two sampled blocks: size / 17 apart, 4 KiB each
        int at = bytes.length / 17 + 8192;
        while (bytes[at - 1] != '\n') {
            at++;
        }
        String line = new String(bytes, at, 200, StandardCharsets.UTF_8);
        String symbol = line.split(",")[2];
        String cusip = line.split(",")[0];
        int symbolAt = at + line.indexOf("," + symbol + ",") + 1;
        bytes[symbolAt] = (byte) (bytes[symbolAt] == 'Q' ? 'R' : 'Q');
        FileTime t = Files.getLastModifiedTime(big);
        Thread.sleep(20); // the change time must move on coarse clocks too
        Files.write(big, bytes);
        Files.setLastModifiedTime(big, t);
        CliRun r = CliRun.of("lookup", big.toString(), "--cusip", cusip, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("stale").contains("changed in place");
        assertThat(r.json().get(0).get("symbol").asText()).isEqualTo(new String(bytes, symbolAt, symbol.length(),
                StandardCharsets.UTF_8));
    }

    @Test
    void scanCountsAndWritesRejects() throws Exception {
        Path rejects = dir.resolve("r.csv");
        CliRun r = CliRun.of("scan", master.toString(), "--rejects", rejects.toString(), "--json");
        assertThat(r.code()).as("a rejected record is a finding").isEqualTo(1);
        assertThat(r.json().get("records").asLong()).isEqualTo(4);
        assertThat(r.json().get("rejected").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(rejects)).hasSize(2);
        assertThat(Files.exists(Path.of(master + ".cwx"))).isFalse();
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "cusip,name\n037833100,\"open\n");
        for (String cmd : new String[] {"index", "scan", "lookup"}) {
            CliRun r = cmd.equals("lookup") ? CliRun.of(cmd, bad.toString(), "--cusip", "x") : CliRun.of(cmd, bad.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains("bad.csv:2 (byte 21)").contains("never closed");
        }
        Files.writeString(bad, "");
        assertThat(CliRun.of("index", bad.toString()).err()).contains("bad.csv:1 (byte 0): empty file");
        // blank lines only, after a byte-order mark too: line 1 named as in every other error (QA)
        for (String blank : new String[] {"\n\r\n", "\uFEFF", "\uFEFF\n\n"}) {
            Files.writeString(bad, blank);
            String at = blank.startsWith("\uFEFF") ? ":1 (byte 3)" : ":1 (byte 0)";
            for (String cmd : new String[] {"index", "scan", "lookup"}) {
                CliRun r = cmd.equals("lookup") ? CliRun.of(cmd, bad.toString(), "--cusip", "x") : CliRun.of(cmd, bad.toString());
                assertThat(r.code()).as(cmd).isEqualTo(2);
                assertThat(r.err()).as(cmd).isEqualTo("chunkwise " + cmd + ": " + bad + at
                        + ": no header row: the file has only blank lines" + System.lineSeparator());
            }
        }
        CliRun missing = CliRun.of("index", dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Files.writeString(bad, "name,price\nA,1\n");
        CliRun noKey = CliRun.of("index", bad.toString());
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("no key column");
        CliRun pipe = CliRun.of("lookup", master.toString(), "--symbol", "AAPL", "--delimiter", "|");
        assertThat(pipe.code()).isEqualTo(2);
    }

    @Test
    void anOutputNamingAnInputIsRefusedAndTheInputKept() throws Exception {
        String before = Files.readString(master);
        CliRun[] runs = {
            CliRun.of("index", master.toString(), "--index", master.toString()),
            CliRun.of("index", master.toString(), "--rejects", master.toString()),
            CliRun.of("scan", master.toString(), "--rejects", master.toString()),
            CliRun.of("lookup", master.toString(), "--index", master.toString(), "--symbol", "AAPL"),
        };
        for (CliRun r : runs) {
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n");
        }
        assertThat(runs[0].err()).contains("is the input file");
        assertThat(Files.readString(master)).isEqualTo(before);

        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "precious notes, not an index\n");
        CliRun foreign = CliRun.of("lookup", master.toString(), "--index", notes.toString(), "--symbol", "AAPL");
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err()).contains("not a chunkwise index");
        CliRun foreignBuild = CliRun.of("index", master.toString(), "--index", notes.toString());
        assertThat(foreignBuild.code()).isEqualTo(2);
        assertThat(foreignBuild.err().strip()).doesNotContain("\n").contains(notes + ": not a chunkwise index");
        assertThat(Files.readString(notes)).isEqualTo("precious notes, not an index\n");
        Path todo = Files.writeString(dir.resolve("todo.txt"), "todo\n"); // shorter than an index's magic number
        assertThat(CliRun.of("index", master.toString(), "--index", todo.toString()).code()).isEqualTo(2);
        assertThat(todo).hasContent("todo\n");
    }

    @Test
    void theIndexAndItsRejectsAtOnePathAreRefused() throws Exception {
        Path same = dir.resolve("out.cwx");
        CliRun r = CliRun.of("index", master.toString(), "--index", same.toString(), "--rejects", dir.resolve("./out.cwx").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("are the same file");
        assertThat(same).doesNotExist();
    }

    /** The budget is the whole process's: the sort buffers get what the JVM and the loader leave of it. */
    @Test
    void theMemoryBudgetIsTheProcesssAndTheSortBuffersGetTheRest() throws Exception {
        CliRun r = CliRun.of("index", master.toString(), "--memory-budget", "256MiB", "--workers", "2", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = r.json();
        assertThat(out.get("memoryBudget").asLong()).isEqualTo(256L << 20);
        assertThat(out.get("sortBuffers").asLong()).isEqualTo(126L << 20); // (256 - 58 - 40) / 1.25 MiB

        CliRun unset = CliRun.of("index", master.toString(), "--workers", "2", "--json");
        JsonNode defaults = unset.json();
        assertThat(defaults.get("memoryBudget").asLong()).isEqualTo(128L << 20);
        assertThat(defaults.get("sortBuffers").asLong()).isEqualTo(24L << 20);
    }

    /** A budget beyond this JVM's heap (the launcher would give a larger one) builds in the heap there is. */
    @Test
    void aMemoryBudgetBeyondTheHeapGetsTheSortBuffersTheHeapHolds() throws Exception {
        long beyond = Runtime.getRuntime().maxMemory() / (1 << 20) * 2;
        CliRun r = CliRun.of("index", master.toString(), "--memory-budget", beyond + "MiB", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = r.json();
        assertThat(out.get("memoryBudget").asLong()).isEqualTo(beyond << 20);
        assertThat(out.get("sortBuffers").asLong()).isLessThan(Runtime.getRuntime().maxMemory() / 5 * 4).isPositive();
    }

    /** A budget past the machine's memory: a file larger than it would fill it, and the system kill the build. */
    @Test
    void aMemoryBudgetBeyondTheMachinesMemoryIsRefusedBeforeAnyWork() throws Exception {
        long machine = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        CliRun r = CliRun.of("index", master.toString(), "--memory-budget", (machine >> 20) + 1 + "MiB");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("chunkwise index: --memory-budget ").contains(" is more than this machine's memory (")
                .contains("give less, or leave it out (the default builds a file of any size, spilling sorted runs to disk)");
        assertThat(Path.of(master + ".cwx")).doesNotExist();
        assertThat(CliRun.of("index", master.toString(), "--memory-budget", "1PiB").code()).isEqualTo(2);
    }

    @Test
    void aScanOfOneColumnThatLooksSplitByAnotherDelimiterSaysSo() throws Exception {
        Path piped = dir.resolve("nasdaqlisted.txt");
        Files.writeString(piped, "Symbol|Security Name|ETF\nAAPL|Apple Inc.|N\nQQQ|Invesco QQQ|Y\n");
        CliRun r = CliRun.of("scan", piped.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("looks '|'-delimited: add --delimiter '|'");
        CliRun right = CliRun.of("scan", piped.toString(), "--delimiter", "|", "--json");
        assertThat(right.code()).isZero();
        assertThat(right.err()).doesNotContain("delimited");
        CliRun commaReadAsPipes = CliRun.of("scan", master.toString(), "--delimiter", "|", "--json");
        assertThat(commaReadAsPipes.err()).contains("the header looks comma-delimited: leave out --delimiter");
    }

    @Test
    void aFixLogGivenAsCsvIsNamedAsOne() throws Exception {
        // '|'-delimited, after a line of log text: the delimiter hint would say "add --delimiter '|'"
        Path log = dir.resolve("session.log");
        Files.writeString(log, "session started\n8=FIX.4.2|9=5|35=0|10=161|\n8=FIX.4.2|9=5|35=0|10=161|\n");
        CliRun scan = CliRun.of("scan", log.toString(), "--json");
        assertThat(scan.code()).isZero();
        assertThat(scan.err()).contains(log + ": line 2 holds a FIX message (8=FIX…): scan reads CSV; "
                + "'chunkwise fixscan' validates a FIX log").doesNotContain("delimited");
        Path soh = dir.resolve("soh.log");
        Files.writeString(soh, "8=FIXT.1.1\u00019=5\u000135=0\u000110=161\u0001\n");
        CliRun index = CliRun.of("index", soh.toString(), "--json");
        assertThat(index.code()).isEqualTo(2);
        assertThat(index.err().strip()).doesNotContain("\n")
                .endsWith("; the first line holds a FIX message (8=FIX): a FIX log, not a CSV file: 'chunkwise fixscan' validates a FIX log");
        CliRun master = CliRun.of("scan", this.master.toString(), "--json");
        assertThat(master.err()).doesNotContain("FIX");
    }

    /** A budget below the library's floor is named as the option that sets it, as every other budget error is. */
    @Test
    void aTooSmallMemoryBudgetNamesTheOption() {
        CliRun r = CliRun.of("index", master.toString(), "--memory-budget", "1KiB", "--workers", "2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("chunkwise index: --memory-budget 1.0 KiB is less than this build needs: at least"
                + " 100.0 MiB (58.0 MiB for the JVM beside its heap, 40.0 MiB of heap for the JVM and 2 workers' 8.0 MiB"
                + " chunks, 1.25 MiB of heap for 1 MiB of sort buffers); raise it, or lower --workers or --chunk-size");
        assertThat(dir.resolve("master.csv.cwx")).doesNotExist();
    }

    /** A line break cannot delimit fields: refused as an invalid --delimiter, on one line, like a quote. */
    @Test
    void aLineBreakDelimiterIsRefusedAsTheOption() {
        for (String lineBreak : new String[] {"\n", "\r"}) {
            CliRun r = CliRun.of("scan", master.toString(), "--delimiter", lineBreak);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("\r")
                    .contains("Invalid value for option '--delimiter': '" + (lineBreak.equals("\n") ? "\\n" : "\\r")
                            + "' is not one ASCII character other than a quote or a line break");
        }
    }

    @Test
    void badPathsAreNamedAsGiven() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        CliRun dirInput = CliRun.of("scan", sub.toString());
        assertThat(dirInput.code()).isEqualTo(2);
        assertThat(dirInput.err()).contains(sub + ": is a directory");
        CliRun dirIndex = CliRun.of("index", master.toString(), "--index", sub.toString());
        assertThat(dirIndex.code()).isEqualTo(2);
        assertThat(dirIndex.err()).contains("--index " + sub + ": is a directory").doesNotContain(".tmp");
        Path orphan = dir.resolve("nodir").resolve("x.cwx");
        CliRun noParent = CliRun.of("index", master.toString(), "--index", orphan.toString());
        assertThat(noParent.code()).isEqualTo(2);
        assertThat(noParent.err()).contains(orphan + ": directory").contains("does not exist").doesNotContain("runs-");
    }

    @Test
    void optionsAreCheckedEvenWhereScanDoesNotNeedThem() throws Exception {
        CliRun column = CliRun.of("scan", master.toString(), "--cusip-column", "nope");
        assertThat(column.code()).isEqualTo(2);
        assertThat(column.err()).contains("no column named 'nope'");
        CliRun empty = CliRun.of("scan", master.toString(), "--delimiter", "");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("'' is not one ASCII character").doesNotContain("Exception");
        Path tabbed = dir.resolve("tabbed.csv");
        Files.writeString(tabbed, "cusip\tsymbol\n037833100\tAAPL\n");
        CliRun tab = CliRun.of("lookup", tabbed.toString(), "--delimiter", "\\t", "--symbol", "AAPL", "--json");
        assertThat(tab.code()).as(tab.err()).isZero();
    }

    @Test
    void aBlankKeyColumnNameIsRefusedBeforeItReplacesTheIndex() throws Exception {
        // QA: lookup --symbol-column "$COL" with COL unset rebuilt the index with the first unnamed
        // column (a spreadsheet's trailing ,,) as the symbol column, then found no symbol: exit 1
        Path excel = Files.writeString(dir.resolve("excel.csv"), "cusip,isin,symbol,,\r\n037833100,US0378331005,AAPL,,\r\n");
        assertThat(CliRun.of("index", excel.toString()).code()).isZero();
        byte[] index = Files.readAllBytes(Path.of(excel + ".cwx"));
        for (String[] c : new String[][] {{"--symbol-column", "", "the name is empty (an unset shell variable in quotes?)"},
                {"--cusip-column", "  ", "the name is blank"}, {"--isin-column", "\u00A0", "the name is blank"}}) {
            CliRun lookup = CliRun.of("lookup", excel.toString(), c[0], c[1], "--symbol", "AAPL", "--json");
            assertThat(lookup.code()).as(lookup.err()).isEqualTo(2);
            assertThat(lookup.err()).contains("Invalid value for option '" + c[0] + "': " + c[2]).doesNotContain("rebuil");
            assertThat(lookup.out()).isEmpty();
            CliRun build = CliRun.of("index", excel.toString(), c[0], c[1]);
            assertThat(build.code()).as(build.err()).isEqualTo(2);
            assertThat(CliRun.of("scan", excel.toString(), c[0], c[1]).code()).isEqualTo(2);
        }
        assertThat(Files.readAllBytes(Path.of(excel + ".cwx"))).isEqualTo(index);
        assertThat(CliRun.of("lookup", excel.toString(), "--symbol", "AAPL").code()).isZero();
    }

    @Test
    void aBudgetGivenWithTheFullStrategyIsSaidNotToBoundIt() throws Exception {
        // QA: index --strategy full --memory-budget 100MiB of a 600 MiB master peaked at 1.9 GB RSS, silently
        CliRun full = CliRun.of("index", master.toString(), "--strategy", "full", "--memory-budget", "128MiB", "--json");
        assertThat(full.code()).as(full.err()).isZero();
        assertThat(full.json().get("records").asLong()).isEqualTo(4);
        assertThat(full.err()).contains("index: --memory-budget 128.0 MiB bounds only the sort buffers of --strategy full,"
                + " which holds the whole file (" + Files.size(master) + " B) and its records on the heap beyond it");
        for (String strategy : new String[] {"mmap", "chunked", "parallel"}) {
            CliRun bounded = CliRun.of("index", master.toString(), "--strategy", strategy, "--memory-budget", "128MiB");
            assertThat(bounded.err()).as(strategy).doesNotContain("bounds only");
        }
        assertThat(CliRun.of("index", master.toString(), "--strategy", "full").err()).doesNotContain("bounds only");
    }

    @Test
    void aSymbolTypedInAnotherCaseIsNotFoundButNamed() throws Exception {
        // QA: a ticker typed in lower case was "no record for symbol aapl", nothing more; symbols keep
        // their case (aapl may be another listing), so it is not found, but the miss says where it is
        CliRun lower = CliRun.of("lookup", master.toString(), "--symbol", "aapl", "--symbol", "Msft", "--json");
        assertThat(lower.code()).isEqualTo(1);
        assertThat(lower.json()).isEmpty();
        assertThat(lower.err()).contains("no record for symbol aapl (found as AAPL: symbols keep their case), "
                + "symbol Msft (found as MSFT: symbols keep their case)");
        CliRun none = CliRun.of("lookup", master.toString(), "--symbol", "nope");
        assertThat(none.err()).contains("no record for symbol nope" + System.lineSeparator());
    }

    @Test
    void aStaleIndexWhoseFileIsNowCommaDelimitedSaysToGiveTheComma() throws Exception {
        // QA: a '|' exchange file indexed, then written again with commas: lookup read it with the
        // index's '|' and said "leave out --delimiter, or give --delimiter ','" to a user who gave none
        Path listed = Files.writeString(dir.resolve("listed.txt"), "Symbol|Security Name\nAAPL|Apple Inc.\n");
        assertThat(CliRun.of("index", listed.toString(), "--delimiter", "|").code()).isZero();
        Files.writeString(listed, "Symbol,Security Name\nAAPL,Apple Inc.\nMSFT,Microsoft\n");
        CliRun stale = CliRun.of("lookup", listed.toString(), "--symbol", "MSFT");
        assertThat(stale.code()).isEqualTo(2);
        assertThat(stale.err()).contains("was built with delimiter '|'").contains("looks split by ','")
                .contains("give --delimiter ','").doesNotContain("leave out --delimiter").doesNotContain("rebuilding");
        CliRun given = CliRun.of("lookup", listed.toString(), "--symbol", "MSFT", "--delimiter", ",", "--json");
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(given.json().get(0).get("Security Name").asText()).isEqualTo("Microsoft");
    }

    @Test
    void partialMissesAndOldMacLineBreaksAreNamed() throws Exception {
        CliRun partial = CliRun.of("lookup", master.toString(), "--symbol", "MSFT", "--cusip", "NOPE", "--symbol", "MSFT",
                "--json");
        assertThat(partial.code()).as("a key asked for and not found").isEqualTo(1);
        assertThat(partial.json()).hasSize(1);
        assertThat(partial.err()).contains("no record for cusip NOPE");
        Path mac = dir.resolve("mac.csv");
        Files.writeString(mac, "cusip,isin,symbol\r037833100,US0378331005,AAPL\r");
        CliRun cr = CliRun.of("scan", mac.toString());
        assertThat(cr.code()).isEqualTo(2);
        assertThat(cr.err()).contains("bare CR");
        // a CRLF inside quotes is data, not a classic Mac line break: this file is a header alone
        Path quoted = Files.writeString(dir.resolve("quoted-crlf.csv"), "\"A\r\nB\",C");
        CliRun header = CliRun.of("scan", quoted.toString());
        assertThat(header.code()).isEqualTo(2);
        assertThat(header.err()).doesNotContain("bare CR").contains("no data records after the header row");
    }

    @Test
    void aBinaryOrVeryWideHeaderIsNotDumpedIntoTheError() throws Exception {
        Path wide = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder("\u0001\u0002");
        for (int i = 0; i < 20_000; i++) {
            header.append(",col").append(i);
        }
        Files.writeString(wide, header + "\n");
        CliRun r = CliRun.of("index", wide.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().length()).isLessThan(600);
        assertThat(r.err()).contains("\\x01\\x02").contains("(20001 columns)").doesNotContain("\u0001");
    }
}
