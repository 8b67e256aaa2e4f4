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
 * QA (qa-fix): a run of NULs between messages (a crashed writer's hole, where messages may have
 * been lost) was skipped by fixscan as text between messages: exit 0, nothing said. Now it is
 * named once with its first byte (and line, when lines are counted), and {@code --json} gives
 * {@code nulBytes}; the NULs that end a preallocated log stay {@code unwrittenBytes}.
 */
class NulHoleCommandTest {
    @TempDir
    Path dir;

    private static String message(int seq) {
        return ReconcileCommandTest.message("35=D|34=" + seq + "|55=AAPL|48=037833100|22=1|") + "\n";
    }

    @Test
    void aHoleBetweenMessagesIsNamedWithItsLineAndByte() throws Exception {
        String head = message(1) + message(2);
        Path log = Files.writeString(dir.resolve("crashed.log"), head + "\0".repeat(4096) + message(3) + "\0\0" + "\0".repeat(10),
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("fixscan", log.toString(), "--json", "--rejects", dir.resolve("bad.csv").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("messages").asLong()).isEqualTo(3);
        assertThat(json.get("nulBytes").asLong()).isEqualTo(4096);
        // the NULs that end it are space not written yet, said apart
        assertThat(json.get("unwrittenBytes").asLong()).isEqualTo(12);
        assertThat(run.err()).contains("fixscan: " + log + ": 4,096 NUL bytes outside its messages (the first at line 3, byte "
                + String.format("%,d", head.length()) + "): no logger writes NUL as text, so a hole");
        assertThat(run.err()).contains("where messages may have been lost; not scanned as messages");
    }

    @Test
    void reconcileNamesAHoleAndAnUnwrittenTailAsFixscanDoes() throws Exception {
        // QA: reconcile said nothing of the hole (exit 0), and its --json had no nulBytes
        String head = message(1) + message(2);
        Path log = Files.writeString(dir.resolve("crashed.log"), head + "\0".repeat(4096) + message(3) + "\0".repeat(12),
                StandardCharsets.ISO_8859_1);
        CliRun json = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json",
                "--out", dir.resolve("found.csv").toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().get("messages").asLong()).isEqualTo(3);
        assertThat(json.json().get("nulBytes").asLong()).isEqualTo(4096);
        assertThat(json.json().get("unwrittenBytes").asLong()).isEqualTo(12);
        assertThat(json.err()).contains("reconcile: " + log + ": 4,096 NUL bytes outside its messages (the first at line 3, byte "
                + String.format("%,d", head.length()) + "): no logger writes NUL as text, so a hole");
        CliRun human = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString());
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.err()).contains("reconcile: " + log + ": 4,096 NUL bytes outside its messages (the first at byte "
                + String.format("%,d", head.length()) + ")");
        assertThat(human.err()).contains("reconcile: " + log + ": its last 12 bytes (from byte ");
        assertThat(human.err()).contains("NUL bytes:     4,096 outside messages (nulBytes), 12 unwritten at the end, not read"
                + " (unwrittenBytes)");
        CliRun clean = CliRun.of("reconcile", "--master", master().toString(), "--fix",
                Files.writeString(dir.resolve("clean.log"), head, StandardCharsets.ISO_8859_1).toString(), "--json");
        assertThat(clean.json().get("nulBytes").asLong()).isZero();
        assertThat(clean.err()).doesNotContain("NUL");
    }

    @Test
    void oneNulWithoutLineCountingIsNamedByItsByte() throws Exception {
        Path log = Files.writeString(dir.resolve("one.log"), message(1) + "\0" + message(2), StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("fixscan", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("fixscan: " + log + ": 1 NUL byte outside its messages (the first at byte "
                + message(1).length() + "): ");
    }

    @Test
    void aLogWithoutNulsSaysNothingOfThem() throws Exception {
        Path log = Files.writeString(dir.resolve("clean.log"), message(1) + message(2), StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(run.code()).isZero();
        assertThat(run.json().get("nulBytes").asLong()).isZero();
        assertThat(run.err()).doesNotContain("NUL");
    }

    @Test
    void oneNulThatEndsALogIsNamedInTheSingular() throws Exception {
        // QA: "its last 1 bytes (from byte N) are NUL"
        String text = message(1);
        Path log = Files.writeString(dir.resolve("tail.log"), text + "\0", StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("unwrittenBytes").asLong()).isEqualTo(1);
        assertThat(run.json().get("nulBytes").asLong()).isZero();
        assertThat(run.err()).contains("fixscan: " + log + ": its last byte (byte " + text.length() + ") is NUL: space reserved");
    }

    @Test
    void aHoleInABannerIsNamedAndItsMessagesScanned() throws Exception {
        // QA: refused as "a binary file, not a FIX log" (exit 2) for a NUL in its first 4 KiB before any 8=FIX
        String banner = "2026-03-02 13:29:59 INFO engine starting, config line\n".repeat(60);
        Path log = Files.writeString(dir.resolve("restarted.log"), banner + "\0".repeat(100) + "\n" + banner + message(1) + message(2),
                StandardCharsets.ISO_8859_1);
        for (String command : new String[] {"fixscan", "reconcile"}) {
            CliRun run = command.equals("fixscan")
                    ? CliRun.of("fixscan", log.toString(), "--json", "--rejects", dir.resolve("r.csv").toString())
                    : CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json");
            assertThat(run.code()).as(command + ": " + run.err()).isZero();
            assertThat(run.json().get("messages").asLong()).as(command).isEqualTo(2);
        }
        CliRun scan = CliRun.of("fixscan", log.toString(), "--rejects", dir.resolve("r.csv").toString());
        assertThat(scan.err()).contains(": 100 NUL bytes outside its messages (the first at line 61, byte "
                + String.format("%,d", banner.length()) + ")");
    }

    private Path master() throws Exception {
        return Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
    }
}
