package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.UnreadableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tune} checks its input as {@code scan} does, and before its output directory and any advice:
 * an Excel {@code sep=} line is honoured when no delimiter is given, a file every scan would refuse
 * is refused once, and a tune that fails leaves no directory it made.
 */
class TuneInputTest {
    @TempDir
    Path dir;

    private static String[] tune(Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("tune", file.toString(), "--runs", "1", "--workers", "1", "--chunk-sizes",
                "256KiB,1MiB", "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void anExcelSepLineIsHonouredWithoutADelimiterAndAContradictingOneIsRefused() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "sep=;\ncusip;symbol;name\n037833100;AAPL;Apple\n594918104;MSFT;Microsoft\n");
        Path out = dir.resolve("t1");
        CliRun run = CliRun.of(tune(m, out, "--json"));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("records").asLong()).isEqualTo(2);
        assertThat(json.get("rejected").asLong()).isZero();
        assertThat(run.err()).doesNotContain("delimiter");

        Path refusedOut = dir.resolve("t2");
        CliRun comma = CliRun.of(tune(m, refusedOut, "--delimiter", ","));
        assertThat(comma.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(comma.err().strip()).as("refused before any run, in scan's words").isEqualTo("chunkwise tune: " + m
                + ":1 (byte 0): the first line 'sep=;' (Excel's delimiter line) declares the delimiter ';', but the delimiter given"
                + " is ',': leave out --delimiter, or give --delimiter ';'");
        assertThat(refusedOut).doesNotExist();
        CliRun semicolon = CliRun.of(tune(m, dir.resolve("t3"), "--delimiter", ";", "--json"));
        assertThat(semicolon.code()).as(semicolon.err()).isZero();
    }

    @Test
    void aFileEveryScanWouldRefuseIsRefusedFirstWithNoAdviceAndNoDirectory() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path headerOnly = Files.writeString(dir.resolve("headeronly.csv"), "cusip,symbol\n");
        Path out = dir.resolve("t1");
        Path nested = out.resolve("a/b");
        CliRun emptyRun = CliRun.of(tune(empty, nested));
        assertThat(emptyRun.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(emptyRun.err().strip()).as("one line, no 'fits in one chunk' advice for a file no run can read")
                .isEqualTo("chunkwise tune: " + empty + ":1 (byte 0): empty file: expected a header row on line 1");
        CliRun headerRun = CliRun.of(tune(headerOnly, nested));
        assertThat(headerRun.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(headerRun.err().strip()).isEqualTo("chunkwise tune: " + headerOnly + ":2 (byte 13): no data records after the header row");
        assertThat(out).doesNotExist();
    }

    @Test
    void aHeaderFollowedByBlankLinesOnlyIsRefusedBeforeAnyAdvice() throws IOException {
        Path blanks = Files.writeString(dir.resolve("blanks.csv"), "cusip,isin,symbol\n\n\r\n\n\r");
        Path out = dir.resolve("t1");
        CliRun run = CliRun.of(tune(blanks, out));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).as("the one error line, no 'fits in one chunk' note printed before it, no scan run")
                .isEqualTo("chunkwise tune: " + blanks + ":2 (byte 18): no data records after the header row");
        assertThat(out).doesNotExist();
        // a record after the blank lines is a file to tune for
        Path late = Files.writeString(dir.resolve("late.csv"), "cusip,isin,symbol\n\n\n037833100,US0378331005,AAPL\n");
        CliRun tuned = CliRun.of(tune(late, out, "--json"));
        assertThat(tuned.code()).as(tuned.err()).isZero();
        assertThat(tuned.json().get("records").asLong()).isEqualTo(1);
    }

    @Test
    void aSweepThatFailsOnItsInputRemovesTheDirectoriesItMadeAndLeavesOneThatWasThere() throws IOException {
        // the header reads, the scan fails on line 2: found by the first run, after the directory was made
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n\"x,1\n");
        Path out = dir.resolve("t1");
        CliRun run = CliRun.of(tune(bad, out.resolve("charts")));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("quoted field opened at byte 4 is never closed");
        assertThat(out).as("t1 and t1/charts were made by this run").doesNotExist();
        // a file read mostly as rejects is refused after its first run too
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b,c\nx\ny,z\n1,2,3\n");
        CliRun rejects = CliRun.of(tune(ragged, out));
        assertThat(rejects.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rejects.err()).contains("the scan rejected 2 of 3 records");
        assertThat(out).doesNotExist();
        Path existing = Files.createDirectory(dir.resolve("mine"));
        assertThat(CliRun.of(tune(bad, existing)).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(existing).as("a directory that was there is left").isDirectory();
    }

    @Test
    void aDirectoryOrMissingFileIsSaidAsEveryCommandSaysIt() throws IOException {
        Path adir = Files.createDirectory(dir.resolve("adir.csv"));
        CliRun run = CliRun.of(tune(adir, dir.resolve("t1")));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise tune: " + adir + ": is a directory, not a file");
        assertThat(CliRun.of("scan", adir.toString()).err().strip()).isEqualTo("chunkwise scan: " + adir + ": is a directory, not a file");
        CliRun missing = CliRun.of(tune(dir.resolve("missing.csv"), dir.resolve("t1")));
        assertThat(missing.err().strip()).isEqualTo("chunkwise tune: no such file: " + dir.resolve("missing.csv"));
        assertThat(dir.resolve("t1")).doesNotExist();
    }

    @Test
    void anUnreadableFileIsSaidBeforeTheOutputDirectory() throws IOException {
        Path writeOnly = UnreadableFiles.WRITE_ONLY;
        Path out = dir.resolve("t1");
        if (Files.isRegularFile(writeOnly) && UnreadableFiles.isUnreadable(writeOnly)) {
            CliRun run = CliRun.of(tune(writeOnly, out));
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).isEqualTo("chunkwise tune: permission denied: " + writeOnly);
            assertThat(out).doesNotExist();
        }
        // an ordinary user's case: the file unreadable, --out in a directory that cannot be written
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path master = Files.writeString(ro.resolve("noread.csv"), "cusip,symbol\n037833100,AAPL\n");
        Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-x------"));
        try {
            Assumptions.assumeTrue(UnreadableFiles.isUnreadable(master), "permissions are not checked for this user (root)");
            CliRun run = CliRun.of(tune(master, ro.resolve("t1")));
            assertThat(run.err().strip()).isEqualTo("chunkwise tune: permission denied: " + master);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
