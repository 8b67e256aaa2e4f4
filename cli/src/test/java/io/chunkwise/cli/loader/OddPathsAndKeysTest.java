package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths and keys as a new user gives them: each a one-line error naming the file, or a hint that finds the key. */
class OddPathsAndKeysTest {
    private static final String MASTER = "cusip,isin,symbol\n037833100,US0378331005,AAPL\n594918104,US5949181045,MSFT\n";

    @TempDir
    Path dir;

    @Test
    void aMissingInputIsTheNewsNotWhereItsDefaultOutputsWouldGo() {
        // scan said "--rejects nodir/m.csv.rejects.csv: directory nodir does not exist", an option never given
        String missing = dir.resolve("nodir/m.csv").toString();
        for (String command : new String[] {"scan", "index"}) {
            assertOneLine(CliRun.of(command, missing), ExitCodes.USAGE, "no such file: " + missing);
        }
        assertOneLine(CliRun.of("lookup", missing, "--cusip", "037833100"), ExitCodes.USAGE, "no such file: " + missing);
        // a process path: not "give --rejects PATH", after which the file would be found missing all the same
        assertOneLine(CliRun.of("scan", "/proc/self/no-such.csv"), ExitCodes.USAGE, "no such file: /proc/self/no-such.csv");
    }

    @Test
    void aMissingInputIsNamedAsTypedAndANameUnderAFileSaysSo() throws IOException {
        // "no such file: nope.csv" of nope.csv/ named a name never typed; m.csv/x was "no such file", not why
        String typed = dir.resolve("nope.csv") + "/";
        Path master = Files.writeString(dir.resolve("m.csv"), MASTER);
        for (String command : new String[] {"scan", "index"}) {
            assertOneLine(CliRun.of(command, typed), ExitCodes.USAGE, "no such file: " + typed);
            assertOneLine(CliRun.of(command, master + "/x"), ExitCodes.USAGE, master + "/x: " + master + " is a file, not a directory");
        }
        assertOneLine(CliRun.of("lookup", typed, "--cusip", "037833100"), ExitCodes.USAGE, "no such file: " + typed);
        assertOneLine(CliRun.of("lookup", master + "/x", "--cusip", "037833100"), ExitCodes.USAGE, master + " is a file, not a directory");
    }

    @Test
    void everyCommandNamesAMissingInputAsTyped() throws IOException {
        String typed = dir.resolve("nope.csv") + "/";
        Path master = Files.writeString(dir.resolve("m.csv"), MASTER);
        String out = dir.resolve("out").toString();
        assertOneLine(CliRun.of("fixscan", typed), ExitCodes.USAGE, "no such file: " + typed);
        assertOneLine(CliRun.of("reconcile", "--master", typed, "--fix", master.toString()), ExitCodes.USAGE, "no such file: " + typed);
        assertOneLine(CliRun.of("reconcile", "--master", master.toString(), "--fix", typed), ExitCodes.USAGE, "no such file: " + typed);
        assertOneLine(CliRun.of("dataset", "cache", typed, "-o", out), ExitCodes.USAGE, "no such file: " + typed);
        assertOneLine(CliRun.of("tune", typed, "--out", out), ExitCodes.USAGE, "no such file: " + typed);
        assertOneLine(CliRun.of("generate", "fixlog", "--master", typed, "--messages", "1", "-o", out), ExitCodes.USAGE,
                "no such file: " + typed);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenLinkAndAQuotedTildeAreNamed() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("m.csv"), Path.of("gone.csv"));
        assertOneLine(CliRun.of("scan", link.toString()), ExitCodes.USAGE, link + ": a symbolic link to gone.csv, which does not exist");
        assertOneLine(CliRun.of("index", "~/no-such-master.csv"), ExitCodes.USAGE, "a '~' the shell did not expand");
    }

    @Test
    void anOutputNamedAsADirectoryIsNotWrittenAsAFileOfItsName() throws IOException {
        // --index out/ wrote the index as a file named out: a path drops the slash
        Path master = Files.writeString(dir.resolve("m.csv"), MASTER);
        String out = dir.resolve("out") + "/";
        assertOneLine(CliRun.of("index", master.toString(), "--index", out), ExitCodes.USAGE,
                "Invalid value for option '--index': " + out + " ends with '/', a directory's name: name the file in it");
        assertOneLine(CliRun.of("scan", master.toString(), "--rejects", out), ExitCodes.USAGE, "option '--rejects'");
        assertOneLine(CliRun.of("lookup", master.toString(), "--cusip", "037833100", "--index", out), ExitCodes.USAGE,
                "option '--index'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFileOfAFileSystemThatMapsNothingIsAnInputErrorNamingIt() {
        Path sysfs = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        assumeTrue(Files.isRegularFile(sysfs) && Files.isReadable(sysfs), "a Linux sysfs file");
        // was exit 4, "internal error: java.io.IOException: No such device", naming no file
        CliRun run = CliRun.of("scan", sysfs.toString(), "--rejects", dir.resolve("r.csv").toString());
        assertOneLine(run, ExitCodes.USAGE, sysfs + ": cannot be mapped (No such device): its file system does not map files");
    }

    @Test
    void aProcFileIsNotCalledEmpty() {
        assumeTrue(Files.isRegularFile(Path.of("/proc/self/status")), "Linux /proc");
        CliRun run = CliRun.of("scan", "/proc/self/status", "--rejects", dir.resolve("r.csv").toString());
        assertOneLine(run, ExitCodes.USAGE, "the file's size is 0, yet it holds text");
    }

    @Test
    void aGroupedIdentifierIsFoundWithoutItsSeparators() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), MASTER);
        assertOneLine(CliRun.of("lookup", master.toString(), "--cusip", "037 833 100"), ExitCodes.NOT_FOUND,
                "lookup: no record for cusip 037 833 100 (found as 037833100: a CUSIP holds no spaces, dashes or dots)");
        assertOneLine(CliRun.of("lookup", master.toString(), "--isin", "us-0378331005"), ExitCodes.NOT_FOUND,
                "lookup: no record for isin US-0378331005 (found as US0378331005: an ISIN holds no spaces, dashes or dots)");
        assertOneLine(CliRun.of("lookup", master.toString(), "--cusip", "1.2.3"), ExitCodes.NOT_FOUND,
                "lookup: no record for cusip 1.2.3");
        assertThat(CliRun.of("lookup", master.toString(), "--cusip", "1.2.3").err().strip()).endsWith("1.2.3");
    }

    @Test
    void aListInOneWordIsNamedAsOne() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), MASTER);
        assertOneLine(CliRun.of("lookup", master.toString(), "--cusip", "037833100,594918104"), ExitCodes.NOT_FOUND,
                "(a list? give each key as a word of its own: --cusip 037833100 594918104)");
        assertOneLine(CliRun.of("lookup", master.toString(), "--symbol", "AAPL, MSFT"), ExitCodes.NOT_FOUND,
                "(a list? give each key as a word of its own: --symbol AAPL MSFT)");
        // a key with a trailing CR (a line of a Windows file) is its key without it: found
        CliRun cr = CliRun.of("lookup", master.toString(), "--cusip", "037833100\r", "--json");
        assertThat(cr.code()).as(cr.err()).isEqualTo(ExitCodes.OK);
        assertThat(cr.out()).contains("\"_key\" : \"cusip:037833100\"");
    }

    @Test
    void aKeyWithControlCharactersIsShownEscaped() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), MASTER);
        // a pasted escape sequence or tab was written to the terminal as it was
        CliRun run = CliRun.of("lookup", master.toString(), "--symbol", "AB\tC\u001b[31m");
        assertOneLine(run, ExitCodes.NOT_FOUND, "lookup: no record for symbol AB\\x09C\\x1b[31m");
        assertThat(run.err()).doesNotContain("\u001b");
    }

    @Test
    void aMasterAppendedToDuringAScanSaysWhatBecameOfItsRejects() throws Exception {
        StringBuilder rows = new StringBuilder("cusip,isin,symbol\n");
        for (int i = 0; i < 60_000; i++) {
            rows.append("037833100,US0378331005,AAPL").append(i).append('\n');
        }
        Path master = Files.writeString(dir.resolve("m.csv"), rows);
        AtomicBoolean stop = new AtomicBoolean();
        // a writer appending all through the scan (a feed still being written)
        Thread writer = Thread.ofPlatform().start(() -> {
            try (FileChannel ch = FileChannel.open(master, StandardOpenOption.APPEND)) {
                // without a pause: a scan, however short on a fast machine or late on a loaded one, sees one
                while (!stop.get()) {
                    ch.write(ByteBuffer.wrap("594918104,US5949181045,MSFT\n".getBytes(StandardCharsets.US_ASCII)));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CliRun run;
        try {
            Thread.sleep(20);
            run = CliRun.of("scan", master.toString());
        } finally {
            stop.set(true);
            writer.join();
        }
        assertOneLine(run, ExitCodes.USAGE, "changed while being read");
        assertThat(run.err()).contains("; no rejects file was written (" + master + ".rejects.csv was left as it was)");
        assertThat(dir.resolve("m.csv.rejects.csv")).doesNotExist();
    }

    private static void assertOneLine(CliRun run, int code, String mention) {
        assertThat(run.code()).as(run.err()).isEqualTo(code);
        String err = run.err().lines().filter(l -> !l.startsWith("lookup: built index")).reduce("", (a, b) -> a + b + "\n").strip();
        assertThat(err).doesNotContain("\n").doesNotContain("Exception").contains(mention);
    }
}
