package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
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
            assertThat(j.get("bytes").asLong()).isEqualTo(Files.size(master));
            assertThat(j.has("seconds")).isTrue();
            assertThat(j.get("index").asText()).isEqualTo(master + ".cwx");
            assertThat(Files.readAllLines(Path.of(j.get("rejectsFile").asText())))
                    .containsExactly("line,offset,reason", "7,232,\"expected 5 fields, found 2\"");
        }
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
        assertThat(r.err()).contains("built index");

        CliRun again = CliRun.of("lookup", master.toString(), "--symbol", "MSFT", "--json");
        assertThat(again.err()).doesNotContain("built index");
        assertThat(again.json().get(0).get("Name").asText()).isEqualTo("Microsoft\nCorp");

        CliRun isin = CliRun.of("lookup", master.toString(), "--isin", "US5949181045");
        assertThat(isin.code()).isZero();
        assertThat(isin.out()).contains("Exchange: XNAS");
    }

    @Test
    void lookupWithNoMatchExitsOne() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", "999999999", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json()).isEmpty();
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
    void scanCountsAndWritesRejects() throws Exception {
        Path rejects = dir.resolve("r.csv");
        CliRun r = CliRun.of("scan", master.toString(), "--rejects", rejects.toString(), "--json");
        assertThat(r.code()).isZero();
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
        assertThat(CliRun.of("index", bad.toString()).err()).contains("empty file");
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
}
