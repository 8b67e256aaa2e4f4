package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexException;
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
 * found, another record's symbol), without an error. Opened without that check, it fails each
 * look-up that reads a damaged block ({@code BlockChecks}).
 */
class LargeCorruptIndexTest {
    private static final int ROWS = 1_800_000;

    @TempDir
    Path dir;

    @Test
    void aDamagedIndexAboveTheOpenLimitIsRebuiltNotUsed() throws Exception {
        Path master = master();
        Path idx = damagedIndex(master);
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(master, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(reasons).singleElement().asString().contains("corrupt: the block at bytes ").contains("does not match its checksum");
            assertThat(o.rebuiltBecause()).contains("corrupt");
            assertThat(f.offsets(KeyKind.CUSIP, cusip(ROWS - 1))).hasSize(1);
        }
        try (IndexFile f = Indexer.openOrBuild(master, idx, IndexOptions.defaults()).index()) {
            f.verify(); // the rebuilt one is whole
        }
    }

    /**
     * Opened without the check before use (as an index above {@link IndexFile#VERIFY_BEFORE_USE_LIMIT}
     * is), a damaged index fails the look-ups that read its damaged block, naming it, and answers
     * the others rightly.
     */
    @Test
    void aLookUpThatReadsADamagedBlockFailsTheOthersAnswer() throws Exception {
        Path master = master();
        Path idx = damagedIndex(master);
        int failed = 0;
        int answered = 0;
        try (IndexFile f = IndexFile.open(idx, master)) {
            for (int i = 0; i < ROWS; i += 7) {
                try {
                    long[] offsets = f.offsets(KeyKind.CUSIP, cusip(i));
                    assertThat(offsets).as("cusip %s", cusip(i)).hasSize(1);
                    assertThat(f.record(offsets[0])).containsExactly(cusip(i), "S" + i);
                    answered++;
                } catch (IndexException e) {
                    assertThat(e).hasMessageStartingWith(idx + ": corrupt: the block at bytes ")
                            .hasMessageContaining("does not match its checksum");
                    failed++;
                }
            }
        }
        // the flip is in the CUSIP entries: some of their keys are in its block, most are not
        assertThat(failed).as("look-ups failed").isPositive();
        assertThat(answered).as("look-ups answered").isGreaterThan(failed * 100);
    }

    private Path master() throws Exception {
        Path master = dir.resolve("m.csv");
        try (BufferedWriter w = Files.newBufferedWriter(master)) {
            w.write("cusip,symbol\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(cusip(i) + ",S" + i + "\n");
            }
        }
        return master;
    }

    private static String cusip(int i) {
        return String.format(Locale.ROOT, "%09d", i);
    }

    /** @return the master's index, built whole, then 64 bytes in its middle flipped */
    private Path damagedIndex(Path master) throws Exception {
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
        return idx;
    }
}
