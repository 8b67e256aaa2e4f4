package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trading-ops pass (session 53): a master with SEDOL and RIC columns, and orders identified by
 * SEDOL (22=2), RIC (22=5), exchange symbol (22=8) or a 48 without 22. Those with a 55 were checked
 * by it, unsaid; those without were in no count at all ("13 messages, 8 checked", the rest
 * unexplained). Every message is now checked or counted under one reason ({@code notChecked}), and
 * the ids reconcile cannot look up are named.
 */
class OtherIdSourcesCommandTest {
    @TempDir
    Path dir;

    private Path master() throws Exception {
        // BP on two exchanges; SEDOL and RIC columns a user may expect to be keys
        return Files.writeString(dir.resolve("m.csv"), """
                cusip,isin,symbol,exchange,Ticker,RIC,Bloomberg,SEDOL
                037833100,US0378331005,AAPL,NASDAQ,AAPL,AAPL.OQ,AAPL US Equity,2046251
                055622104,US0556221044,BP,NYSE,BP,BP.N,BP US Equity,
                ,GB0007980591,BP,LSE,BP.,BP.L,BP/ LN Equity,0798059
                """);
    }

    private Path log(String... bodies) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String body : bodies) {
            text.append(ReconcileCommandTest.message(body)).append('\n');
        }
        return Files.writeString(dir.resolve("o.log"), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void everyMessageIsInOneBucketAndOtherIdSourcesAreNamed() throws Exception {
        Path log = log(
                "35=D|34=1|55=BP|48=GB0007980591|22=4|",   // ISIN of the LSE row: matched
                "35=D|34=2|55=BP|48=0798059|22=2|",        // SEDOL, 55 in the master: matched by 55
                "35=D|34=3|55=XXX|48=0798059|22=2|",       // SEDOL, 55 unknown: UNKNOWN_SYMBOL
                "35=D|34=4|48=0798059|22=2|",              // SEDOL alone: not checked
                "35=D|34=5|48=BP.L|22=5|",                 // RIC alone: not checked
                "35=D|34=6|48=BP|22=8|",                   // exchange symbol alone: checked as a 55, matched
                "35=D|34=7|48=037833100|",                 // 48 without 22: not checked
                "35=0|34=8|");                             // heartbeat
        Path out = dir.resolve("found.csv");
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.get("messages").asLong()).isEqualTo(8);
        assertThat(json.get("checked").asLong()).isEqualTo(4);
        assertThat(json.get("matched").asLong()).isEqualTo(3);
        assertThat(json.get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);
        assertThat(json.get("notChecked").toString()).isEqualTo(
                "{\"noInstrument\":1,\"instrumentsInGroupsOnly\":0,\"otherIdSource\":3,\"idWithoutColumn\":0}");
        assertThat(json.get("otherIds").asLong()).isEqualTo(6);
        assertThat(json.get("exchangeSymbols").asLong()).isEqualTo(1);
        // the buckets add up to the messages
        long notChecked = 0;
        for (JsonNode n : json.get("notChecked")) {
            notChecked += n.asLong();
        }
        long discrepancies = 0;
        for (JsonNode n : json.get("discrepancies")) {
            discrepancies += n.asLong();
        }
        assertThat(json.get("matched").asLong() + discrepancies + notChecked).isEqualTo(json.get("messages").asLong());
        assertThat(run.err()).contains("reconcile: 6 messages of " + log + " are identified by a SecurityID (48) whose"
                + " source reconcile cannot look up (the first: 22=2 (SEDOL), 35=D at line 2, byte "
                + (ReconcileCommandTest.message("35=D|34=1|55=BP|48=GB0007980591|22=4|").length() + 1)
                + "); only 22=1 (CUSIP) and 22=4 (ISIN) are looked up: 2 checked by the symbol (55) alone, 1 by its exchange symbol (48 with 22=8, no 55)"
                + " as a 55, 3 not checked (no 55)");
        assertThat(Files.readAllLines(out)).hasSize(2).last().asString().contains(",3,3,D,2,0798059,XXX,,UNKNOWN_SYMBOL,,");

        CliRun human = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString());
        // without --out (no rows kept, lines not counted) the notice names the line all the same
        assertThat(human.err()).contains("(the first: 22=2 (SEDOL), 35=D at line 2, byte "
                + (ReconcileCommandTest.message("35=D|34=1|55=BP|48=GB0007980591|22=4|").length() + 1) + ")");
        assertThat(human.err()).contains("8 messages, 0 malformed, 4 checked in ")
                .contains("not checked:   4 (1 names no instrument; 3 only a 48 that cannot be looked up, no 55)");
    }

    @Test
    void aLogOfSedolOnlyOrdersIsNotSaidToNameNoInstrument() throws Exception {
        Path log = log("35=D|34=1|48=0798059|22=2|", "35=D|34=2|48=0798059|22=2|");
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json");
        // nothing disagrees, as for a log of heartbeats: exit 0, and the notice says why nothing was checked
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("checked").asLong()).isZero();
        assertThat(run.json().get("notChecked").get("otherIdSource").asLong()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("names an instrument at its top level")
                .contains("2 messages of " + log + " are identified by a SecurityID (48) whose source reconcile cannot look up"
                        + " (the first: 22=2 (SEDOL), 35=D at line 1, byte 0)")
                .contains("0 checked by the symbol (55) alone, 2 not checked (no 55)");
    }

    @Test
    void aCusipWithoutAColumnAndWithoutASymbolIsCountedAsNotChecked() throws Exception {
        Path isinOnly = Files.writeString(dir.resolve("isin.csv"), "isin,symbol\nUS0378331005,AAPL\n");
        Path log = log("35=D|34=1|48=037833100|22=1|", "35=D|34=2|55=AAPL|48=037833100|22=1|");
        CliRun run = CliRun.of("reconcile", "--master", isinOnly.toString(), "--fix", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("checked").asLong()).isEqualTo(1);
        assertThat(run.json().get("idsWithoutColumn").asLong()).isEqualTo(2);
        assertThat(run.json().get("notChecked").get("idWithoutColumn").asLong()).isEqualTo(1);
        assertThat(run.json().get("otherIds").asLong()).isZero();
    }

    @Test
    void anIsinInTheSecurityAltIdGroupIsLookedUpAndSaid() throws Exception {
        // SEDOL-identified orders that carry the ISIN in 454: the ISIN is what is looked up
        Path log = log(
                "35=D|34=1|55=BP|48=0798059|22=2|454=1|455=GB0007980591|456=4|",     // matched by the ISIN
                "35=D|34=2|55=AAPL|48=0798059|22=2|454=1|455=GB0007980591|456=4|",   // SYMBOL_MISMATCH
                "35=D|34=3|55=BP|48=0798059|22=2|");                                 // by 55 alone
        Path out = dir.resolve("alt.csv");
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.json().get("altIds").asLong()).isEqualTo(2);
        assertThat(run.json().get("checked").asLong()).isEqualTo(3);
        assertThat(run.json().get("discrepancies").get("SYMBOL_MISMATCH").asLong()).isEqualTo(1);
        assertThat(run.err()).contains("only 22=1 (CUSIP) and 22=4 (ISIN) are looked up: 1 checked by the symbol (55)"
                + " alone, 2 by their SecurityAltID (455 with 456=1 or 4), 0 not checked (no 55)");
        assertThat(Files.readAllLines(out)).hasSize(2).last().asString()
                .contains(",2,2,D,4,GB0007980591,AAPL,BP,SYMBOL_MISMATCH,,");
    }

    @Test
    void aMultilegOrderWithOnlyLegsIsNotSaidToNameNoInstrument() throws Exception {
        Path log = log("35=AB|34=1|11=X|555=2|600=AAPL|602=037833100|603=1|600=BP|624=2|54=1|",
                "35=D|34=2|55=AAPL|48=037833100|22=1|");
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("notChecked").get("noInstrument").asLong()).isZero();
        assertThat(run.json().get("notChecked").get("instrumentsInGroupsOnly").asLong()).isEqualTo(1);
        assertThat(run.err()).contains("1 message of " + log + " (the first: 35=AB at line 1, byte 0) names instruments"
                + " only inside repeating groups");
    }
}
