package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.Malformation;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.fix.ScanSummary;
import io.chunkwise.loader.io.AppendCheck;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import io.chunkwise.loader.recon.Discrepancy;
import io.chunkwise.loader.recon.HeldTruncation;
import io.chunkwise.loader.recon.ReconcileListener;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIX log another process appends to while it is scanned: the scan reads the log as it was when
 * mapped, {@link AppendCheck} tells that it only grew (and by how much) from a log that shrank, was
 * rewritten or replaced, and the message its writer was writing then is the one the end of the
 * mapping cuts ({@link ScanSummary#truncatedAt()}).
 */
class AppendedLogTest {
    private static final int MESSAGES = 3_000;

    @TempDir
    Path dir;

    private Path log;
    private String half;

    private static String message(int seq) {
        return FixFrames.frame("35=D|34=" + seq + "|55=AAPL|48=037833100|22=1|58=" + "x".repeat(40) + "|") + "\n";
    }

    /** A log of whole messages, then the first half of one being written. */
    @BeforeEach
    void logBeingWritten() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= MESSAGES; i++) {
            sb.append(message(i));
        }
        String next = message(MESSAGES + 1);
        half = next.substring(0, next.length() / 2);
        log = Files.writeString(dir.resolve("live.fix"), sb + half, StandardCharsets.ISO_8859_1);
    }

    private void append(String text) throws Exception {
        Files.writeString(log, text, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    }

    private static final FixHandler IGNORING = new FixHandler() {
        @Override
        public void message(FixMessage m) {
        }

        @Override
        public void malformed(MalformedMessage m) {
        }
    };

    @Test
    void aLogAppendedToWhileScannedIsScannedAsItWasWhenMapped() throws Exception {
        long before = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            String rest = message(MESSAGES + 1).substring(half.length()) + message(MESSAGES + 2) + message(MESSAGES + 3);
            append(rest);
            for (ScanOptions options : List.of(ScanOptions.serial(), ScanOptions.parallel(3).withChunkSize(4096))) {
                ScanSummary summary = FixScanner.scan(mapped, options, () -> IGNORING, (h, chunk) -> { });
                assertThat(summary.bytes()).isEqualTo(before);
                assertThat(summary.messages()).isEqualTo(MESSAGES);
                // the message being written: cut by the mapping's end, the log's last
                assertThat(summary.malformed()).isOne();
                assertThat(summary.truncatedAt()).isEqualTo(before - half.length());
                ScanSummary leftOut = summary.leavingOutTruncated();
                assertThat(leftOut.malformed()).isZero();
                assertThat(leftOut.truncatedAt()).isEqualTo(-1);
                assertThat(leftOut.messages()).isEqualTo(MESSAGES);
            }
            assertThat(check.appended()).isEqualTo(rest.length());
        }
    }

    @Test
    void anUnchangedLogHasNothingAppendedAndAWholeLogNoCutMessage() throws Exception {
        append(message(MESSAGES + 1).substring(half.length()));
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            ScanSummary summary = FixScanner.scan(mapped, IGNORING);
            assertThat(summary.messages()).isEqualTo(MESSAGES + 1);
            assertThat(summary.truncatedAt()).isEqualTo(-1);
            assertThat(summary.leavingOutTruncated()).isSameAs(summary);
            assertThat(check.appended()).isZero();
        }
    }

    @Test
    void aLogThatShrankIsNamed() throws Exception {
        long size = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.truncate(4096); // copytruncate, or a rewrite
            }
            assertThatThrownBy(check::appended).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": changed while being read (size was " + size + " bytes, now 4096)");
        }
    }

    /** A log truncated and written again past its old size (copytruncate, then the writer goes on) is no append. */
    @Test
    void aLogRewrittenLongerIsNamed() throws Exception {
        long size = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            StringBuilder other = new StringBuilder();
            for (int i = 1; other.length() <= size; i++) {
                other.append(message(100_000 + i));
            }
            Files.writeString(log, other, StandardCharsets.ISO_8859_1, StandardOpenOption.TRUNCATE_EXISTING);
            assertThatThrownBy(check::appended).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": changed while being read (size was " + size + " bytes, now " + other.length()
                            + ", and bytes among the first " + size + " were rewritten)");
        }
    }

    @Test
    void aLogWrittenToInPlaceIsNamed() throws Exception {
        long size = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap("9".getBytes(StandardCharsets.US_ASCII)), 20);
            }
            Files.setLastModifiedTime(log, FileTime.fromMillis(mapped.modifiedMillis() + 5_000));
            assertThatThrownBy(check::appended).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": changed while being read (written to, its size still " + size + " bytes)");
        }
    }

    /** Rotated by a move: the scan read the old file whole, but the log at its path is another one. */
    @Test
    void aLogReplacedOrRemovedIsNamed() throws Exception {
        long size = Files.size(log);
        try (MappedFile mapped = MappedFile.open(log)) {
            AppendCheck check = AppendCheck.begin(mapped);
            Path fresh = Files.writeString(dir.resolve("fresh.fix"), message(1), StandardCharsets.ISO_8859_1);
            Files.move(fresh, log, StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(check::appended).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": was replaced by another file while being read (size was " + size
                            + " bytes, the new one's " + message(1).length() + ")");
            Files.delete(log);
            assertThatThrownBy(check::appended).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": disappeared while being read (moved or deleted)");
        }
    }

    /** The row of the cut message waits for the verdict; rows after it keep their order. */
    @Test
    void heldTruncationLeavesOutOrWritesTheCutMessageInItsPlace() {
        MalformedMessage early = new MalformedMessage(10, 0, Malformation.CHECKSUM_MISMATCH, 1, 2);
        MalformedMessage cut = new MalformedMessage(500, 0, Malformation.TRUNCATED, 90, -1);
        MalformedMessage trailer = new MalformedMessage(540, 0, Malformation.CHECKSUM_WITHOUT_START, 123, 545);
        for (boolean leaveOut : new boolean[] {true, false}) {
            List<String> rows = new ArrayList<>();
            HeldTruncation held = new HeldTruncation(recording(rows));
            held.malformed(early, 1);
            held.malformed(cut, 7);
            held.malformed(trailer, 8);
            assertThat(rows).containsExactly("10 CHECKSUM_MISMATCH line 1");
            held.release(leaveOut);
            assertThat(rows).as("leave out " + leaveOut).containsExactlyElementsOf(leaveOut
                    ? List.of("10 CHECKSUM_MISMATCH line 1", "540 CHECKSUM_WITHOUT_START line 8")
                    : List.of("10 CHECKSUM_MISMATCH line 1", "500 TRUNCATED line 7", "540 CHECKSUM_WITHOUT_START line 8"));
        }
    }

    private static ReconcileListener recording(List<String> rows) {
        return new ReconcileListener() {
            @Override
            public void discrepancy(Discrepancy d) {
                rows.add(d.offset() + " " + d.type());
            }

            @Override
            public void malformed(MalformedMessage m, long line) {
                rows.add(m.offset() + " " + m.reason() + " line " + line);
            }
        };
    }
}
