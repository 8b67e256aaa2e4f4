package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): logs as a preallocating appender (log4j2's MemoryMappedFileAppender) leaves them,
 * ending in a region of NULs it has not written yet. A log still being written through such an appender (its size the
 * same, its NULs turning into messages) failed with "changed while being read (written to, its
 * size still N bytes)", exit 2; a message cut by the NULs was a CHECKSUM_MISSING reject; the NULs
 * were counted as scanned bytes without a word. Now the NULs are named once, not scanned, counted
 * in {@code unwrittenBytes}; a message they cut is a TRUNCATED one, and a log written into while read
 * is read as it was when the scan began.
 */
class PreallocatedLogCommandTest {
    private static final int LENGTH = message(0).length();
    private static final int REGION = 4 << 20;
    private static final int INITIAL = 20_000;

    @TempDir
    Path dir;

    private static String message(int seq) {
        return ReconcileCommandTest.message(String.format(Locale.ROOT, "35=D|34=%07d|55=AAPL|48=037833100|22=1|58=%s|", seq,
                "x".repeat(40))) + "\n";
    }

    private static byte[] withNuls(String text, int length) {
        return Arrays.copyOf(text.getBytes(StandardCharsets.ISO_8859_1), length);
    }

    @Test
    void theNulsThatEndALogAreNamedOnceAndNotScanned() throws Exception {
        String text = message(1).repeat(100);
        Path log = Files.write(dir.resolve("mmf.log"), withNuls(text, REGION));
        CliRun run = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("messages").asLong()).isEqualTo(100);
        assertThat(json.get("malformed").asLong()).isZero();
        assertThat(json.get("bytes").asLong()).isEqualTo(text.length());
        assertThat(json.get("unwrittenBytes").asLong()).isEqualTo(REGION - text.length());
        assertThat(json.get("grewBy").asLong()).isZero();
        assertThat(run.err()).isEqualTo(String.format(Locale.ROOT, "fixscan: %s: its last %,d bytes (from byte %,d) are NUL:"
                + " space reserved and not written yet, as a preallocating appender (log4j2's MemoryMappedFileAppender) leaves"
                + " it; not scanned%n", log, REGION - text.length(), text.length()));

        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun reconciled = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(reconciled.code()).as(reconciled.err()).isZero();
        assertThat(reconciled.json().get("checked").asLong()).isEqualTo(100);
        assertThat(reconciled.json().get("unwrittenBytes").asLong()).isEqualTo(REGION - text.length());
        assertThat(reconciled.err()).contains("reconcile: " + log + ": its last ");
    }

    @Test
    void aMessageTheNulsCutIsTruncatedNotMissingItsCheckSum() throws Exception {
        String text = message(1).repeat(3) + message(4).substring(0, 50);
        Path log = Files.write(dir.resolve("crashed.log"), withNuls(text, REGION));
        Path rejects = dir.resolve("bad.csv");
        CliRun run = CliRun.of("fixscan", log.toString(), "--rejects", rejects.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(Files.readAllLines(rejects)).containsExactly("line,offset,reason,detail",
                "4," + 3 * LENGTH + ",TRUNCATED,BodyLength " + (LENGTH - 23) + " runs past the end of the input"); // 8=FIX.4.4|9=86| and |10=NNN|\n
    }

    @Test
    void aLogWrittenIntoItsSpaceWhileScannedIsReadAsItWas() throws Exception {
        Path log = dir.resolve("live.log");
        StringBuilder sb = new StringBuilder(INITIAL * LENGTH);
        for (int i = 0; i < INITIAL; i++) {
            sb.append(message(i));
        }
        int cut = LENGTH / 2;
        sb.append(message(INITIAL), 0, cut);
        Files.write(log, withNuls(sb.toString(), REGION));
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        // as the appender does: into the mapped region, each write ending one message and beginning the next
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int seq = INITIAL;
            long at = sb.length();
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                while (!done.get() && at + 2L * LENGTH < REGION) {
                    byte[] write = (message(seq).substring(cut) + message(seq + 1).substring(0, cut))
                            .getBytes(StandardCharsets.ISO_8859_1);
                    ch.write(ByteBuffer.wrap(write), at);
                    at += write.length;
                    seq++;
                    started.set(true);
                    LockSupport.parkNanos(100_000);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return seq - INITIAL;
        });
        while (!started.get()) {
            Thread.onSpinWait();
        }
        CliRun run;
        try {
            run = CliRun.of("fixscan", log.toString(), "--json");
        } finally {
            done.set(true);
            assertThat(writer.get(10, TimeUnit.SECONDS)).isPositive();
        }
        assertThat(Files.size(log)).isEqualTo(REGION);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        long bytes = json.get("bytes").asLong();
        long whole = bytes / LENGTH;
        assertThat(bytes % LENGTH).as("the snapshot ends inside a message").isNotZero();
        assertThat(json.get("messages").asLong()).isEqualTo(whole);
        assertThat(json.get("malformed").asLong()).isZero();
        assertThat(json.get("leftOutAt").asLong()).isEqualTo(whole * LENGTH);
        assertThat(json.get("unwrittenBytes").asLong()).isEqualTo(REGION - bytes);
        assertThat(json.get("grewBy").asLong()).isPositive();
        assertThat(run.err()).contains(" bytes were written into that space while it was being scanned; scanned its first "
                + String.format(Locale.ROOT, "%,d", bytes) + " bytes, as they were when the scan began");
    }
}
