package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset cache} says how many rows it rejected and why, and writes them all when asked. */
class DatasetRejectsTest {
    @TempDir
    Path dir;

    @Test
    void whenEveryRowIsRejectedTheErrorCountsThemAndGivesTheCommonestReason() {
        List<String> lines = new ArrayList<>();
        for (String l : Bars.lines(30)) {
            lines.add(l.replaceFirst("^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d:\\d\\d):00Z", "$2/$3/$1 $4"));
        }
        Path csv = Bars.write(dir.resolve("us.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("x.arrow").toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("0 accepted rows and 30 rejected")
                .contains("30 × bad timestamp '…'").contains("us.csv:2 (byte 37): bad timestamp '01/01/2024 00:00'")
                .contains("write yyyy-MM-dd").contains(": nothing to cache").doesNotContain("warm-up");
    }

    @Test
    void oneRowIsTooFewForAReturnsWarmUpOfOneRow() {
        Path csv = Bars.write(dir.resolve("one.csv"), Bars.lines(1));
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("x.arrow").toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("1 accepted row, but features 'ret' need more than 1 row of warm-up");
    }

    @Test
    void whenTooFewRowsAreAcceptedTheRejectsFileIsStillWritten() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Bars.lines(30)) {
            lines.add(l.replaceFirst("^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d:\\d\\d):00Z", "$2/$3/$1 $4"));
        }
        Path csv = Bars.write(dir.resolve("us.csv"), lines);
        Path rejects = dir.resolve("us.rejects.csv");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("x.arrow").toString(), "--features", "ret",
                "--rejects", rejects.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("0 accepted rows and 30 rejected")
                .endsWith("; every reject is in " + rejects);
        assertThat(Files.readAllLines(rejects)).hasSize(1 + 30).first().isEqualTo("line,offset,reason");
        assertThat(dir.resolve("x.arrow")).doesNotExist();
    }

    @Test
    void everyRejectGoesToTheRejectsFileWhenAsked() throws IOException {
        List<String> lines = new ArrayList<>(Bars.lines(200));
        for (int i = 10; i < 40; i += 2) {
            lines.set(i, lines.get(i).replaceFirst(",1\\.", ",x1."));
        }
        lines.set(100, lines.get(100).replaceFirst("2024", "2042"));
        Path csv = Bars.write(dir.resolve("bad.csv"), lines);
        Path rejects = dir.resolve("bad.rejects.csv");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("bad.arrow").toString(), "--features",
                "ret", "--rejects", rejects.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("rejected").asLong()).isEqualTo(16);
        assertThat(j.get("accepted").asLong()).isEqualTo(184);
        assertThat(j.get("rejectsFile").asText()).isEqualTo(rejects.toString());
        assertThat(j.get("commonestReject").asText()).startsWith("15 × bad open '…'");
        List<String> written = Files.readAllLines(rejects);
        assertThat(written).hasSize(1 + 16).first().isEqualTo("line,offset,reason");
        assertThat(written).anySatisfy(l -> assertThat(l).startsWith("102,").contains("2042").contains("out of order"));
        assertThat(written).anySatisfy(l -> assertThat(l).startsWith("40,").contains("bad open 'x1."));

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("bad.arrow").toString(), "--features", "ret");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("… 6 more rejected; write them all with --rejects PATH")
                .contains("commonest reject: 15 × bad open '…'");
    }

    @Test
    void theRejectsFileMayNotBeTheInput() {
        Path csv = Bars.write(dir.resolve("g.csv"), Bars.lines(50));
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("g.arrow").toString(), "--rejects",
                csv.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--rejects").contains("is the input file");
    }

    @Test
    void theRejectsFileMayNotBeTheCache() {
        Path csv = Bars.write(dir.resolve("g.csv"), Bars.lines(50));
        Path cache = dir.resolve("g.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--rejects", cache.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("-o").contains("--rejects").contains("are the same file");
        assertThat(cache).doesNotExist();

        // a re-run, the cache there from the first: still the two outputs, not "the input" (QA-9 D-5)
        assertThat(CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString()).code()).isZero();
        CliRun again = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--rejects", cache.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("are the same file").doesNotContain("input");
    }

    @Test
    void aNewestFirstFileIsNamedAsSuch() {
        List<String> lines = new ArrayList<>(Bars.lines(60));
        java.util.Collections.reverse(lines);
        Path csv = Bars.write(dir.resolve("desc.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("d.arrow").toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        // the question ends the message: it was spliced with the warm-up ("sort it oldest-first, but features…")
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("1 accepted row, but features 'ret' need more than 1 row of warm-up; 59 rejected, most as")
                .endsWith("is the file newest-first or not sorted by time? sort it oldest-first");
    }

    @Test
    void aFileNotSortedByTimeIsNamedAsSuch() {
        List<String> lines = new ArrayList<>(Bars.lines(400));
        java.util.Collections.shuffle(lines, new java.util.Random(3));
        Path csv = Bars.write(dir.resolve("shuffled.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("s.arrow").toString(), "--features", "ret",
                "--json");
        assertThat(r.err()).as("exit " + r.code()).contains("most rows were rejected").contains("not sorted by time? sort it");
    }

    @Test
    void vendorTimestampFormsAreAccepted() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Bars.lines(30)) {
            lines.add(l.replaceFirst("T", " ").replaceFirst(":00Z,", ":00+0000,"));
        }
        Path csv = Bars.write(dir.resolve("off.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("o.arrow").toString(), "--features", "ret",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asLong()).isEqualTo(30);
    }
}
