package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyChecksTest {
    private static final int BLOCK = IndexLayout.CHECK_BLOCK_BYTES;
    private static final int BODY_START = 264;

    @TempDir
    Path dir;

    @Test
    void everyBlockGetsTheChecksumOfItsBytesWhereverTheRegionsEndAndHoweverTheyAreWritten() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            // regions of any size: empty, inside one block, ending on a block's boundary, spanning many
            long[] bounds = new long[7];
            bounds[0] = BODY_START;
            for (int i = 1; i < bounds.length; i++) {
                long size = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(BLOCK / 2);
                    case 2 -> BLOCK - (bounds[i - 1] - BODY_START) % BLOCK;
                    default -> random.nextInt(4 * BLOCK);
                };
                bounds[i] = bounds[i - 1] + size;
            }
            byte[] body = new byte[(int) (bounds[bounds.length - 1] - BODY_START)];
            random.nextBytes(body);
            Path file = dir.resolve("index" + trial);
            BodyChecks checks = new BodyChecks(BODY_START, bounds[bounds.length - 1]);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                // the regions written in an order of their own, each in pieces of any size, as the writers do
                for (int r = bounds.length - 2; r >= 0; r--) {
                    BodyChecks.Region region = checks.region(bounds[r], bounds[r + 1]);
                    for (long at = bounds[r]; at < bounds[r + 1]; ) {
                        int n = (int) Math.min(bounds[r + 1] - at, 1 + random.nextInt(BLOCK / 3));
                        ByteBuffer piece = ByteBuffer.wrap(body, (int) (at - BODY_START), n);
                        region.wrote(piece, at);
                        assertThat(piece.remaining()).as("the bytes are left to be written").isEqualTo(n);
                        while (piece.hasRemaining()) {
                            at += ch.write(piece, at);
                        }
                    }
                }
                checks.readBackStraddling(ch);
            }
            assertThat(checks.blocks()).isEqualTo((body.length + BLOCK - 1) / BLOCK);
            for (int b = 0; b < checks.blocks(); b++) {
                CRC32C crc = new CRC32C();
                crc.update(body, b * BLOCK, Math.min(BLOCK, body.length - b * BLOCK));
                assertThat(checks.crc(b)).as("trial %d block %d", trial, b).isEqualTo((int) crc.getValue());
            }
        }
    }

    @Test
    void aBlockWhollyInOneRegionIsSummedAsWrittenAndOnlyTheStraddlingOnesAreReadBack() throws Exception {
        long end = BODY_START + 3L * BLOCK;
        long boundary = BODY_START + BLOCK + 100; // the second block straddles the two regions
        byte[] body = new byte[3 * BLOCK];
        new SplittableRandom(3).nextBytes(body);
        BodyChecks checks = new BodyChecks(BODY_START, end);
        checks.region(BODY_START, boundary).wrote(ByteBuffer.wrap(body, 0, (int) (boundary - BODY_START)), BODY_START);
        checks.region(boundary, end).wrote(ByteBuffer.wrap(body, (int) (boundary - BODY_START),
                (int) (end - boundary)), boundary);
        assertThatThrownBy(() -> checks.crc(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never summed");
        // the file holds other bytes: what is read back shows in the straddling block only
        Path file = dir.resolve("index");
        Files.write(file, new byte[(int) end]);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            checks.readBackStraddling(ch);
        }
        CRC32C zeros = new CRC32C();
        zeros.update(new byte[BLOCK]);
        assertThat(checks.crc(1)).isEqualTo((int) zeros.getValue());
        for (int b : new int[] {0, 2}) {
            CRC32C crc = new CRC32C();
            crc.update(body, b * BLOCK, BLOCK);
            assertThat(checks.crc(b)).isEqualTo((int) crc.getValue());
        }
    }

    @Test
    void bytesOutOfOrderOrOutsideTheRegionAreRefused() {
        BodyChecks checks = new BodyChecks(BODY_START, BODY_START + 1000);
        BodyChecks.Region region = checks.region(BODY_START, BODY_START + 500);
        assertThatThrownBy(() -> region.wrote(ByteBuffer.allocate(10), BODY_START + 8))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
        assertThatThrownBy(() -> region.wrote(ByteBuffer.allocate(501), BODY_START))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
        assertThatThrownBy(() -> checks.region(BODY_START, BODY_START + 1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the body");
    }

    @Test
    void aShortReadBackIsAnError() throws Exception {
        BodyChecks checks = new BodyChecks(BODY_START, BODY_START + 2L * BLOCK);
        Path file = dir.resolve("short");
        Files.write(file, new byte[BODY_START + BLOCK]);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThatThrownBy(() -> checks.readBackStraddling(ch)).hasMessageContaining("index ended at " + (BODY_START + BLOCK));
        }
    }
}
