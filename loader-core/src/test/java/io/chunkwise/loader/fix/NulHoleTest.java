package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): NUL bytes between messages (a crashed writer's hole, a preallocated log appended to
 * after a crash) were skipped as text between messages without a word: messages lost there went
 * unnoticed. Now they are counted, with where the first is, alike by every chunk size and worker
 * count; NULs inside a message (RawData's) are the message's, not counted.
 */
class NulHoleTest {
    private static final String ORDER = Logs.message("FIX.4.4", Logs.soh("35=D|34=1|55=IBM|"), Logs.SOH);
    /** RawData (96) holding NULs, a line break and a false start: all of it the message's. */
    private static final String RAW = Logs.message("FIX.4.4",
            Logs.soh("35=D|34=2|95=21|96=") + "\0\0\n8=FIX.4.4\u00019=5\u0001\0\0\0\0" + Logs.soh("|55=IBM|"), Logs.SOH);

    private static ScanSummary scan(String log, int workers, long chunkSize) {
        MemorySegment bytes = Logs.segment(log);
        ScanOptions options = new ScanOptions(workers, chunkSize, true, null);
        return FixScanner.scan(bytes, options, Recorder::new, (Recorder r, ChunkStats c) -> { });
    }

    @Test
    void nulsBetweenMessagesAreCountedWithTheFirstOnesLineAndByte() {
        String hole = "\0".repeat(300);
        String log = ORDER + "\n" + ORDER + "\n" + hole + ORDER + "\n" + RAW + "\n\0\0\0" + ORDER + "\n" + RAW + "\n";
        int first = log.indexOf('\0');
        for (int workers : new int[] {1, 2, 3}) {
            for (long chunk : List.of(1L, 7L, 64L, 200L, 512L, (long) log.length())) {
                ScanSummary s = scan(log, workers, chunk);
                String as = workers + " workers, " + chunk + "-byte chunks";
                assertThat(s.messages()).as(as).isEqualTo(6);
                assertThat(s.malformed()).as(as).isZero();
                assertThat(s.nulBytes()).as(as).isEqualTo(303);
                assertThat(s.firstNulAt()).as(as).isEqualTo(first);
                assertThat(s.firstNulLine()).as(as).isEqualTo(3);
            }
        }
    }

    @Test
    void nulsInsideAMessageAreItsOwnAndALogWithoutAHoleHasNone() {
        String log = (ORDER + "\n" + RAW + "\n").repeat(20);
        for (long chunk : List.of(1L, 13L, 100L, (long) log.length())) {
            ScanSummary s = scan(log, 2, chunk);
            assertThat(s.messages()).as(chunk + "-byte chunks").isEqualTo(40);
            assertThat(s.nulBytes()).as(chunk + "-byte chunks").isZero();
            assertThat(s.firstNulAt()).isEqualTo(-1);
            assertThat(s.firstNulLine()).isZero();
        }
    }

    @Test
    void aHoleThatCutsAMessageIsCountedBesideItsReject() {
        // a crash zeroed the end of a message and the next one's start: the cut message is malformed, the NULs named
        String cut = ORDER.substring(0, 20) + "\0".repeat(50) + ORDER.substring(10) + "\n" + ORDER + "\n";
        ScanSummary s = scan(cut, 1, cut.length());
        assertThat(s.malformed()).isPositive();
        assertThat(s.messages()).isEqualTo(1);
        assertThat(s.nulBytes()).isEqualTo(50);
        assertThat(s.firstNulAt()).isEqualTo(20);
        assertThat(s.firstNulLine()).isEqualTo(1);
    }

    @Test
    void aHoleInABannerBeforeTheFirstMessageIsNoBinaryFile(@TempDir Path dir) throws Exception {
        // QA: a NUL among the first 4 KiB with the first message after them was "a binary file, not a FIX log", exit 2
        String banner = "2026-03-02 13:29:59 INFO engine starting, config line\n".repeat(60);
        Path log = Files.writeString(dir.resolve("restarted.log"), banner + "\0".repeat(100) + "\n" + banner + (ORDER + "\n").repeat(3),
                StandardCharsets.ISO_8859_1);
        assertThat(FixLogFormat.requireText(log)).isEmpty();
        // with no message start after them, NULs still make a binary file
        Path binary = Files.writeString(dir.resolve("junk.bin"), banner + "\0".repeat(100) + banner.repeat(2),
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FixLogFormat.requireText(binary)).isInstanceOf(FixLogFormatException.class)
                .hasMessageContaining("junk.bin:61 (byte " + banner.length() + "): a NUL byte, and no 8=FIX in its first 4096 bytes");
    }
}
