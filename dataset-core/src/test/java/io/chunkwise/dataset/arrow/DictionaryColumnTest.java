package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.sample.SampleSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file from another writer with a dictionary-encoded column (pyarrow writes string columns so
 * after {@code dictionary_encode()}): no feature reads it, so both readers open the file.
 */
class DictionaryColumnTest {
    private static final int ROWS = 300;

    @TempDir
    Path dir;

    @Test
    void bothReadersOpenAFileWithADictionaryColumnAndReadItsFloats() throws IOException {
        Path file = write(dir.resolve("dict.arrow"));
        for (ReadMode mode : ReadMode.values()) {
            try (CacheTable t = mode.open(file); RowReader r = t.reader()) {
                assertThat(t.rows()).as(mode.name()).isEqualTo(ROWS);
                assertThat(t.columns().stream().map(CacheColumn::name)).containsExactly("close", "sym");
                assertThat(t.columns().get(1).type()).isEqualTo(ColumnType.OTHER);
                float[] close = new float[ROWS];
                r.read(0, ROWS, new int[] {0}, close, 0);
                for (int row = 0; row < ROWS; row++) {
                    assertThat(close[row]).as("%s close@%d", mode, row).isEqualTo((float) (1 + row / 1000.0));
                }
                assertThat(new SampleSpec(List.of("close"), "close", 10, 1).bind(t).samples()).isEqualTo(ROWS - 10);
                assertThatThrownBy(() -> new SampleSpec(List.of("sym"), "close", 10, 1).bind(t))
                        .isInstanceOf(CacheFormatException.class).hasMessageContaining("feature column 'sym' has type");
            }
        }
    }

    /** Two record batches; {@code sym} dictionary-encoded over three values. */
    private static Path write(Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             VarCharVector values = new VarCharVector("sym-dictionary", allocator)) {
            String[] symbols = {"EURUSD", "GBPUSD", "USDJPY"};
            values.allocateNew();
            for (int i = 0; i < symbols.length; i++) {
                values.setSafe(i, symbols[i].getBytes(StandardCharsets.UTF_8));
            }
            values.setValueCount(symbols.length);
            DictionaryEncoding encoding = new DictionaryEncoding(1L, false, new ArrowType.Int(32, true));
            Dictionary dictionary = new Dictionary(values, encoding);
            DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider(dictionary);
            try (Float8Vector close = new Float8Vector("close", allocator);
                 VarCharVector plain = new VarCharVector("sym", FieldType.nullable(new ArrowType.Utf8()), allocator)) {
                int half = ROWS / 2;
                close.allocateNew(half);
                plain.allocateNew();
                try (FieldVector encoded = (FieldVector) DictionaryEncoder.encode(fill(plain, symbols, half), dictionary);
                     VectorSchemaRoot root = new VectorSchemaRoot(List.of(close.getField(), encoded.getField()),
                             List.of(close, encoded), 0);
                     FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     ArrowFileWriter writer = new ArrowFileWriter(root, provider, channel)) {
                    writer.start();
                    for (int batch = 0; batch < 2; batch++) {
                        for (int i = 0; i < half; i++) {
                            close.setSafe(i, 1 + (batch * half + i) / 1000.0);
                        }
                        close.setValueCount(half);
                        root.setRowCount(half);
                        writer.writeBatch();
                    }
                    writer.end();
                }
            }
        }
        return file;
    }

    private static VarCharVector fill(VarCharVector v, String[] symbols, int rows) {
        for (int i = 0; i < rows; i++) {
            v.setSafe(i, symbols[i % symbols.length].getBytes(StandardCharsets.UTF_8));
        }
        v.setValueCount(rows);
        return v;
    }
}
