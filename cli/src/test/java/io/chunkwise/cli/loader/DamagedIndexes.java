package io.chunkwise.cli.loader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A master whose index is larger than {@link io.chunkwise.loader.index.IndexFile#open} checks whole,
 * and the damage that its look-ups find only as they read it.
 */
public final class DamagedIndexes {
    /** Enough rows for an index above the size {@code IndexFile.open} checks whole. */
    public static final int ROWS = 1_800_000;

    private DamagedIndexes() {
    }

    /** Writes {@code cusip,symbol} rows: row {@code i} is CUSIP {@code %09d} of {@code i}, symbol {@code S<i>}. */
    public static void writeMaster(Path master) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(master)) {
            w.write("cusip,symbol\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(String.format(Locale.ROOT, "%09d,S%d%n", i, i));
            }
        }
    }

    /** Damages the body past its header: whatever block a look-up reads first fails its checksum. */
    public static void flipAByteOfEveryBlock(Path idx) throws IOException {
        try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            for (long at = 4096; at < ch.size(); at += 32 * 1024) {
                ch.read(b.clear(), at);
                b.put(0, (byte) ~b.get(0));
                ch.write(b.flip(), at);
            }
        }
    }
}
