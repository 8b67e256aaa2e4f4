package io.chunkwise.loader.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * What identifies a source file's content cheaply: size, modification time, inode change time
 * and a CRC32C of a sample (the first and last 64 KiB and 16 blocks of 4 KiB spread in between).
 * The change time catches an edit in place that keeps the size and restores the modification
 * time ({@code touch -r}, {@code cp -p} over it), which no one can set back; it also changes on
 * {@code chmod} or a move, which costs a rebuild, never a wrong answer.
 *
 * @param size bytes
 * @param modifiedMillis modification time
 * @param changedNanos inode change time (ns since the epoch), or 0 where the file system has none
 * @param sample CRC32C of the sampled bytes
 */
public record SourceFingerprint(long size, long modifiedMillis, long changedNanos, long sample) {
    private static final int EDGE = 64 * 1024;
    private static final int BLOCK = 4096;
    private static final int BLOCKS = 16;

    /**
     * @param file the source
     * @return its fingerprint now
     */
    public static SourceFingerprint of(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long mtime = Files.getLastModifiedTime(file).toMillis();
            CRC32C crc = new CRC32C();
            ByteBuffer buf = ByteBuffer.allocate(EDGE);
            sample(ch, 0, (int) Math.min(EDGE, size), buf, crc);
            for (int i = 1; i <= BLOCKS; i++) {
                long at = size / (BLOCKS + 1) * i;
                sample(ch, at, (int) Math.min(BLOCK, size - at), buf, crc);
            }
            sample(ch, Math.max(0, size - EDGE), (int) Math.min(EDGE, size), buf, crc);
            return new SourceFingerprint(size, mtime, changedNanos(file), crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long changedNanos(Path file) {
        try {
            FileTime ctime = (FileTime) Files.getAttribute(file, "unix:ctime");
            Instant t = ctime.toInstant();
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 0; // no such attribute here: size, mtime and the sample decide
        }
    }

    private static void sample(FileChannel ch, long at, int length, ByteBuffer buf, CRC32C crc) throws IOException {
        buf.clear().limit(Math.max(0, length));
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                break;
            }
        }
        buf.flip();
        crc.update(buf);
    }

    /**
     * @param other the fingerprint recorded in an index
     * @return what differs, or {@code null} when nothing does
     */
    public String difference(SourceFingerprint other) {
        if (size != other.size) {
            return "source size changed (" + other.size + " -> " + size + " bytes)";
        }
        // the content first: a file written again changes both, and its content is what matters
        if (sample != other.sample) {
            return "source content changed (sample checksum differs)";
        }
        if (modifiedMillis != other.modifiedMillis) {
            return "source modification time changed";
        }
        if (changedNanos != other.changedNanos && changedNanos != 0 && other.changedNanos != 0) {
            return "source changed in place (its inode change time moved; also after chmod or a move)";
        }
        return null;
    }
}
