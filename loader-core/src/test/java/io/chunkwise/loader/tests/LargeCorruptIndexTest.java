package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.io.BufferedWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index too large to be checksummed by {@link IndexFile#open} is checksummed by {@link
 * Indexer#openOrBuild} before use: a damaged entry would otherwise answer wrongly (a record not
 * found, another record's symbol), without an error.
 */
class LargeCorruptIndexTest {
    private static final int ROWS = 1_800_000;

    @TempDir
    Path dir;

    @Test
    void aDamagedIndexAboveTheOpenLimitIsRebuiltNotUsed() throws Exception {
        Path master = dir.resolve("m.csv");
        try (BufferedWriter w = Files.newBufferedWriter(master)) {
            w.write("cusip,symbol\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(String.format(Locale.ROOT, "%09d,S%d%n", i, i));
            }
        }
        Path idx = dir.resolve("m.cwx");
        Indexer.build(master, idx, IndexOptions.defaults());
        long size = Files.size(idx);
        assertThat(size).as("index size").isGreaterThan(IndexFile.VERIFY_ON_OPEN_LIMIT + 4096);
        try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(64);
            ch.read(b, size / 2);
            for (int i = 0; i < 64; i++) {
                b.put(i, (byte) ~b.get(i));
            }
            ch.write(b.flip(), size / 2);
        }
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(master, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(reasons).singleElement().asString().contains("corrupt: body checksum mismatch");
            assertThat(o.rebuiltBecause()).contains("corrupt");
            assertThat(f.offsets(KeyKind.CUSIP, String.format(Locale.ROOT, "%09d", ROWS - 1))).hasSize(1);
        }
        try (IndexFile f = Indexer.openOrBuild(master, idx, IndexOptions.defaults()).index()) {
            f.verify(); // the rebuilt one is whole
        }
    }
}
