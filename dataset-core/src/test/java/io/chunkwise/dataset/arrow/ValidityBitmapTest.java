package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.flatbuf.Block;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.RecordBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value a validity bitmap marks null is a null to both readers, whatever the batch's null count
 * says (QA-9 D-2: the mapped reader used the count alone, so one flipped bit went into the samples
 * in mapped mode and was refused in buffered mode); a bitmap too short for its rows, or nulls
 * counted without one, are refused alike when the file is opened.
 */
class ValidityBitmapTest {
    private static final int ROWS = 50;
    /** Schema order: timestamp, open, high, low, close, volume, ret. */
    private static final int OPEN = 1;
    private static final int HIGH = 2;
    private static final int CLOSE = 4;

    @TempDir
    Path dir;
    byte[] bytes;
    Batch0 batch;

    /** Where batch 0's metadata and body lie. */
    private record Batch0(int metadata, int body, RecordBatch rb) {
        int validity(int column) {
            return body + (int) rb.buffers(2 * column).offset();
        }
    }

    @BeforeEach
    void cache() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 3 * ROWS + 1, 5);
        Path good = dir.resolve("good.arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), ROWS).build(csv, good, d -> { }, r -> { });
        bytes = Files.readAllBytes(good);
        batch = batch0(bytes);
        assertThat(batch.rb().length()).isEqualTo(ROWS);
        assertThat(batch.rb().buffers(2 * OPEN).length()).as("a Chunkwise cache writes bitmaps").isPositive();
    }

    private static Batch0 batch0(byte[] file) {
        ByteBuffer bb = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int footerLength = bb.getInt(file.length - 10);
        Footer footer = Footer.getRootAsFooter(slice(bb, file.length - 10 - footerLength, footerLength));
        Block block = footer.recordBatches(0);
        int at = (int) block.offset();
        if (bb.getInt(at) == -1) {
            at += 4;
        }
        Message m = Message.getRootAsMessage(slice(bb, at + 4, bb.getInt(at)));
        RecordBatch rb = (RecordBatch) m.header(new RecordBatch());
        return new Batch0((int) block.offset(), (int) (block.offset() + block.metaDataLength()), rb);
    }

    private static ByteBuffer slice(ByteBuffer bb, int at, int length) {
        return bb.slice(at, length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return the position in batch 0's metadata of the only 16 bytes that hold these two longs (a buffer) */
    private int buffer(long offset, long length) {
        List<Integer> at = find(offset, length);
        assertThat(at).as("buffer %d,%d in the metadata", offset, length).hasSize(1);
        return at.getFirst();
    }

    /** @return the position of a column's field node: the nodes (rows, 0 nulls) lie side by side, one a column */
    private int node(int column) {
        int columns = batch.rb().nodesLength();
        List<Integer> at = find(ROWS, 0);
        for (int p : at) {
            if (at.contains(p + 16 * (columns - 1)) && java.util.stream.IntStream.range(0, columns)
                    .allMatch(c -> at.contains(p + 16 * c))) {
                return p + 16 * column;
            }
        }
        throw new AssertionError("no field nodes found");
    }

    private List<Integer> find(long first, long second) {
        byte[] pattern = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(first).putLong(second).array();
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = batch.metadata(); i + 16 <= batch.body(); i++) {
            if (Arrays.equals(bytes, i, i + 16, pattern, 0, 16)) {
                at.add(i);
            }
        }
        return at;
    }

    private static void putLong(byte[] b, int at, long v) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(at, v);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** @return the message each reader gives on binding these columns, null when it binds; mapped first */
    private static String[] bind(Path file, List<String> features, String target) {
        return Arrays.stream(ReadMode.values()).map(mode -> {
            try (CacheTable t = mode.open(file)) {
                CacheFormatException e = catchThrowableOfType(CacheFormatException.class,
                        () -> new SampleSpec(features, target, 4, 1).bind(t));
                return e == null ? null : e.getMessage();
            }
        }).toArray(String[]::new);
    }

    /** @return the message each reader gives on opening the file; mapped first */
    private static String[] open(Path file) {
        return Arrays.stream(ReadMode.values()).map(mode -> {
            CacheFormatException e = catchThrowableOfType(CacheFormatException.class, () -> mode.open(file).close());
            assertThat(e).as("%s refuses %s", mode, file.getFileName()).isNotNull();
            return e.getMessage();
        }).toArray(String[]::new);
    }

    @Test
    void aValueTheBitmapMarksNullIsRefusedByBothReadersThoughTheNullCountSaysNone() throws IOException {
        byte[] broken = bytes.clone();
        broken[batch.validity(OPEN) + 2] &= (byte) ~0x08; // row 19 of 'open'
        broken[batch.validity(CLOSE)] &= (byte) ~0x05;    // rows 0 and 2 of 'close'
        Path f = write("bitmap.arrow", broken);

        String[] feature = bind(f, List.of("open", "high"), "high");
        assertThat(feature[0]).isEqualTo(f + ": feature column 'open' has 1 null; samples need every value");
        assertThat(feature[1]).isEqualTo(feature[0]);
        String[] target = bind(f, List.of("high"), "close");
        assertThat(target[0]).isEqualTo(f + ": target column 'close' has 2 nulls; samples need every value");
        assertThat(target[1]).isEqualTo(target[0]);
        // a column no sample reads is not refused for its nulls
        assertThat(bind(f, List.of("high", "low"), "high")).containsExactly(null, null);
    }

    @Test
    void bitsPastTheBatchsRowsAndANullCountTheBitmapDoesNotBearOutAreNotNulls() throws IOException {
        byte[] broken = bytes.clone();
        broken[batch.validity(OPEN) + ROWS / 8] &= (byte) ((1 << ROWS % 8) - 1); // padding bits of 50 rows' bitmap
        putLong(broken, node(OPEN) + 8, 1);                          // 'open': "1 null"
        Path f = write("padding.arrow", broken);
        assertThat(bind(f, List.of("open"), "close")).containsExactly(null, null);
        try (CacheTable t = ReadMode.MAPPED.open(f)) {
            SampleLayout layout = new SampleSpec(List.of("open"), "close", 4, 1).bind(t);
            assertThat(layout.samples()).isEqualTo(3 * ROWS - 4);
        }
    }

    @Test
    void nullsCountedWithoutABitmapAreRefusedAlikeWhenOpened() throws IOException {
        byte[] broken = bytes.clone();
        long bitmapAt = batch.rb().buffers(2 * HIGH).offset();
        long bitmapLength = batch.rb().buffers(2 * HIGH).length();
        putLong(broken, buffer(bitmapAt, bitmapLength) + 8, 0); // 'high' has no bitmap
        putLong(broken, node(HIGH) + 8, 3);             // but "3 nulls"
        Path f = write("nobitmap.arrow", broken);
        String[] r = open(f);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).isEqualTo(f + " (byte " + batch.metadata() + "): record batch 0 column 'high': its field node"
                + " says 3 nulls in 50 rows, but it has no validity bitmap");

        // none or all of them without a bitmap is how Arrow Java reads an absent one
        putLong(broken, node(HIGH) + 8, 0);
        Path none = write("nonull.arrow", broken);
        assertThat(bind(none, List.of("high"), "close")).containsExactly(null, null);
        putLong(broken, node(HIGH) + 8, ROWS);
        Path all = write("allnull.arrow", broken);
        assertThat(bind(all, List.of("high"), "close")).containsExactly(
                all + ": feature column 'high' has 50 nulls; samples need every value",
                all + ": feature column 'high' has 50 nulls; samples need every value");
    }

    @Test
    void aBitmapTooShortForItsRowsIsRefusedAlikeWhenOpened() throws IOException {
        byte[] broken = bytes.clone();
        long bitmapAt = batch.rb().buffers(2 * OPEN).offset();
        long bitmapLength = batch.rb().buffers(2 * OPEN).length();
        putLong(broken, buffer(bitmapAt, bitmapLength) + 8, 2);
        Path f = write("short.arrow", broken);
        String[] r = open(f);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).isEqualTo(f + " (byte " + batch.metadata() + "): record batch 0 column 'open': validity bitmap"
                + " (2 bytes at body offset " + bitmapAt + ") does not hold 50 rows");
    }
}
