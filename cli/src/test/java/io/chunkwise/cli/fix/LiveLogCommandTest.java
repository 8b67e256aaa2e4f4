package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import io.chunkwise.loader.io.AppendCheck;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: {@code fixscan} of a FIX log another process was appending to failed with "changed while
 * being read" and no hint. A log that only grows is scanned as it was when the scan began, which
 * stderr says, and the message its writer was writing then is left out, not counted as malformed;
 * a log truncated or rewritten meanwhile is still an input error (exit 2), now saying what to do.
 */
class LiveLogCommandTest {
    /** Messages of one length (sequence numbers of fixed width), so the test knows where each starts. */
    private static final int LENGTH = message(0).length();
    private static final int INITIAL = 60_000;

    @TempDir
    Path dir;

    private static String message(int seq) {
        return ReconcileCommandTest.message(String.format(Locale.ROOT, "35=D|34=%07d|55=AAPL|48=037833100|22=1|58=%s|", seq, "x".repeat(80)))
                + "\n";
    }

    /**
     * Writes {@value #INITIAL} messages and half of the next, then runs {@code command} while a writer
     * appends: each write ends one message and begins the next, so the log always ends inside a
     * message, as a logger's does between its flushes.
     */
    private CliRun whileAppending(Path log, Supplier<CliRun> command) throws Exception {
        StringBuilder sb = new StringBuilder(INITIAL * LENGTH);
        for (int i = 0; i < INITIAL; i++) {
            sb.append(message(i));
        }
        int cut = LENGTH / 2;
        sb.append(message(INITIAL), 0, cut);
        Files.writeString(log, sb, StandardCharsets.ISO_8859_1);
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int seq = INITIAL;
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                while (!done.get()) {
                    String write = message(seq).substring(cut) + message(seq + 1).substring(0, cut);
                    ch.write(ByteBuffer.wrap(write.getBytes(StandardCharsets.ISO_8859_1)));
                    seq++;
                    LockSupport.parkNanos(100_000);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return seq - INITIAL;
        });
        while (Files.size(log) == sb.length()) {
            Thread.onSpinWait(); // the writer is writing before the command starts
        }
        try {
            return command.get();
        } finally {
            done.set(true);
            assertThat(writer.get(10, TimeUnit.SECONDS)).isPositive();
        }
    }

    private static void assertScannedAsItWasWhenTheScanBegan(CliRun run, String command, Path log) throws Exception {
        JsonNode json = run.json();
        long bytes = json.get("bytes").asLong();
        long whole = bytes / LENGTH;
        assertThat(bytes % LENGTH).as("the snapshot ends inside a message").isNotZero();
        assertThat(json.get("messages").asLong()).isEqualTo(whole);
        assertThat(json.get("malformed").asLong()).isZero();
        if (json.has("malformedByReason")) {
            // fixscan's count by reason leaves the message out too: not a TRUNCATED reject
            assertThat(json.get("malformedByReason").get("TRUNCATED").asLong()).isZero();
        }
        assertThat(json.get("leftOutAt").asLong()).isEqualTo(whole * LENGTH);
        assertThat(json.get("grewBy").asLong()).isPositive().isLessThanOrEqualTo(Files.size(log) - bytes);
        assertThat(run.err()).contains(command + ": " + log + " grew by ")
                .contains(" bytes while being scanned; scanned its first " + String.format(Locale.ROOT, "%,d", bytes) + " bytes, as they"
                        + " were when the scan began (a sample of them, read again after the scan, is unchanged), not the bytes"
                        + " appended; its last message there (byte " + String.format(Locale.ROOT, "%,d", whole * LENGTH)
                        + ") runs past them, as one still being written does: left out, not counted as malformed");
    }

    @Test
    void fixscanOfALogBeingAppendedToScansItAsItWasAndSaysSo() throws Exception {
        Path log = dir.resolve("live.fix");
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = whileAppending(log, () -> CliRun.of("fixscan", log.toString(), "--json", "--rejects", rejects.toString()));
        assertThat(run.code()).as(run.err()).isZero();
        assertScannedAsItWasWhenTheScanBegan(run, "fixscan", log);
        assertThat(Files.readAllLines(rejects)).containsExactly("line,offset,reason,detail");
    }

    @Test
    void reconcileOfALogBeingAppendedToReadsItAsItWasAndSaysSo() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        Path log = dir.resolve("live.fix");
        Path out = dir.resolve("found.csv");
        CliRun run = whileAppending(log, () -> CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(),
                "--json", "--out", out.toString(), "--workers", "2", "--chunk-size", "1MiB"));
        assertThat(run.code()).as(run.err()).isZero();
        assertScannedAsItWasWhenTheScanBegan(run, "reconcile", log);
        assertThat(run.json().get("checked").asLong()).isEqualTo(run.json().get("messages").asLong());
        assertThat(Files.readAllLines(dir.resolve("found.csv.rejects.csv"))).containsExactly("line,offset,reason,detail");
    }

    /** A log that did not grow says nothing of it, and a cut last message is malformed, as it always was. */
    @Test
    void aTruncatedLogThatDidNotGrowKeepsItsCutMessageMalformed() throws Exception {
        Path log = Files.writeString(dir.resolve("cut.fix"), message(1) + message(2).substring(0, 50), StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.json().get("malformed").asLong()).isOne();
        assertThat(run.json().get("grewBy").asLong()).isZero();
        assertThat(run.json().get("leftOutAt").isNull()).isTrue();
        assertThat(run.err()).doesNotContain("grew by");
    }

    /** Truncated or rewritten while read: the existing error, with what to do. */
    @Test
    void aLogThatShrankOrWasRewrittenIsAnErrorWithAHint() throws Exception {
        String hint = "; a log can be read while it is appended to, not while it is truncated, rotated or rewritten: scan the"
                + " rotated file, or a copy made when nothing writes to it (cp ";
        Path log = Files.writeString(dir.resolve("rotated.fix"), message(1).repeat(200), StandardCharsets.ISO_8859_1);
        long size = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.truncate(100);
            }
            assertThatThrownBy(() -> LogGrowth.after(check::appended, size, size, -1, log)).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": changed while being read (size was " + size + " bytes, now 100)" + hint + log + " COPY)");
            // the fault of a read past the new end, in the scan itself, gets the hint too
            assertThat(LogGrowth.hinted(mapped.changed(new InternalError("fault")), log)).hasMessageEndingWith(hint + log + " COPY)");
        }
        Files.writeString(log, message(7).repeat(300), StandardCharsets.ISO_8859_1);
        long before = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            Files.writeString(log, message(8).repeat(400), StandardCharsets.ISO_8859_1); // rotated by copytruncate, then written on
            assertThatThrownBy(() -> LogGrowth.after(check::appended, before, before, -1, log)).hasMessageContaining("were rewritten)" + hint);
        }
    }

    @Test
    void theNoticeAndJsonSayHowTheLogGrew() {
        Path log = Path.of("orders.fix");
        LogGrowth grew = new LogGrowth(1_000_000, 2_345, 999_900, 0);
        assertThat(grew.notices("fixscan", log)).containsExactly("fixscan: orders.fix grew by 2,345 bytes while being scanned;"
                + " scanned its first 1,000,000 bytes, as they were when the scan began (a sample of them, read again after the"
                + " scan, is unchanged), not the bytes appended; its last message there (byte 999,900) runs past them, as one"
                + " still being written does: left out, not counted as malformed");
        assertThat(new LogGrowth(1_000_000, 10, -1, 0).notices("reconcile", log)).singleElement().asString()
                .endsWith("not the bytes appended");
        assertThat(new LogGrowth(1_000_000, 0, -1, 0).notices("fixscan", log)).isEmpty();
        Map<String, Object> json = new LinkedHashMap<>();
        grew.putJson(json);
        assertThat(json).containsExactly(Map.entry("grewBy", 2_345L), Map.entry("leftOutAt", 999_900L),
                Map.entry("unwrittenBytes", 0L));
    }
}
