package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): a log written through a preallocating appender (log4j2's MemoryMappedFileAppender)
 * ends in NULs, space reserved and not written yet. Its end is found, from the mapping and from
 * the file alike, and a log still being written (the NULs turning into messages, its size the same)
 * is checked to have changed only there.
 */
class UnwrittenSpaceTest {
    @TempDir
    Path dir;

    private static final String ORDER = Logs.message("FIX.4.4", "35=D|34=7|55=IBM|48=459200101|22=1|", '|') + "\n";

    private static byte[] withNuls(String text, int nuls) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(t, t.length + nuls);
    }

    @Test
    void theNulsThatEndALogAreFoundFromTheMappingAndFromTheFileAlike() throws Exception {
        String[] texts = {"", "a", "1234567", "12345678", "123456789", ORDER, ORDER + "\0\0mid" + ORDER};
        int[] tails = {0, 1, 7, 8, 9, 64 * 1024 - 1, 64 * 1024, 200_003};
        for (String text : texts) {
            for (int tail : tails) {
                byte[] bytes = withNuls(text, tail);
                Path file = Files.write(dir.resolve("t.log"), bytes);
                long written = text.length();
                assertThat(UnwrittenSpace.start(MemorySegment.ofArray(bytes))).as(text + " " + tail).isEqualTo(written);
                try (FileChannel ch = FileChannel.open(file)) {
                    assertThat(UnwrittenSpace.start(ch, ch.size())).as(text + " " + tail).isEqualTo(written);
                }
            }
        }
    }

    @Test
    void aLogWrittenIntoItsSpaceWhileReadSaysHowMuch() throws Exception {
        String first = ORDER.repeat(1000);
        Path log = Files.write(dir.resolve("mmf.log"), withNuls(first, 1 << 20));
        try (MappedFile mapped = MappedFile.open(log)) {
            long written = UnwrittenSpace.start(mapped.segment());
            assertThat(written).isEqualTo(first.length());
            UnwrittenSpaceCheck check = UnwrittenSpaceCheck.begin(mapped, written);
            assertThat(check.writtenSince()).isZero();
            // the appender writes two messages into its space: the size stays, the modification time changes
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap((ORDER + ORDER).getBytes(StandardCharsets.ISO_8859_1)), written);
            }
            assertThat(Files.size(log)).isEqualTo(first.length() + (1 << 20));
            assertThat(check.writtenSince()).isEqualTo(2L * ORDER.length());
            // it extends the file by another region, then closes, cutting it to what it wrote
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(new byte[] {0}), Files.size(log) + (1 << 20));
                assertThat(check.writtenSince()).isEqualTo(2L * ORDER.length());
                ch.truncate(written + 2L * ORDER.length());
            }
            assertThat(check.writtenSince()).isEqualTo(2L * ORDER.length());
            // cut into the part read, or rewritten there: an error
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap("X".getBytes(StandardCharsets.ISO_8859_1)), written - 3);
            }
            assertThatThrownBy(check::writtenSince).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": changed while being read (bytes among the first " + written + " were rewritten)");
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
                ch.truncate(written - 10);
            }
            assertThatThrownBy(check::writtenSince).isInstanceOf(SourceChangedException.class)
                    .hasMessage(log + ": changed while being read (its first " + written + " bytes were read, now it has "
                            + (written - 10) + ")");
        }
    }
}
