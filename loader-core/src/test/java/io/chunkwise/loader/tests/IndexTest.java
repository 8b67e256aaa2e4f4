package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;
import io.chunkwise.loader.index.IndexException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indexes: same bytes from every strategy, exact lookups, duplicates, invalid ids, staleness, faults. */
class IndexTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106})
    void everyStrategyWritesTheSameIndexAndLookupsMatchTheOracle(long seed) throws Exception {
        byte[] data = new HostileCsv(seed).generate(300);
        Path file = dir.resolve("m.csv");
        Files.write(file, data);
        List<SimpleReader.Row> rows = dataRows(data);

        byte[] reference = null;
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {5, 333, 1 << 20}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 4 : 1); workers += 3) {
                    Path idx = dir.resolve(s + "-" + chunk + "-" + workers + ".cwx");
                    IndexOptions o = IndexOptions.defaults().withStrategy(s)
                            .withLoad(LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers));
                    IndexSummary summary = Indexer.build(file, idx, o);
                    byte[] bytes = Files.readAllBytes(idx);
                    if (reference == null) {
                        reference = bytes;
                        checkCounts(summary, rows);
                    }
                    assertThat(bytes).as(s + " chunk " + chunk + " workers " + workers).isEqualTo(reference);
                }
            }
        }
        try (IndexFile index = IndexFile.open(dir.resolve("FULL-5-1.cwx"), file)) {
            for (KeyKind kind : KeyKind.values()) {
                int col = switch (kind) {
                    case CUSIP -> 1;
                    case ISIN -> 2;
                    case SYMBOL -> 3;
                };
                Map<String, List<Long>> expected = new LinkedHashMap<>();
                for (SimpleReader.Row r : rows) {
                    if (!r.values().get(col).isEmpty()) {
                        expected.computeIfAbsent(r.values().get(col), k -> new ArrayList<>()).add(r.offset());
                    }
                }
                for (Map.Entry<String, List<Long>> e : expected.entrySet()) {
                    long[] got = index.offsets(kind, e.getKey());
                    assertThat(got).as(kind + " " + e.getKey()).containsExactly(e.getValue().stream().mapToLong(x -> x).toArray());
                    assertThat(index.record(got[0])).isEqualTo(rowAt(rows, got[0]).values());
                }
                assertThat(index.offsets(kind, "NOT-A-KEY")).isEmpty();
            }
        }
    }

    private static void checkCounts(IndexSummary s, List<SimpleReader.Row> rows) {
        long invalidCusips = 0;
        long invalidIsins = 0;
        Set<String> cusips = new HashSet<>();
        Set<String> isins = new HashSet<>();
        Set<String> symbols = new HashSet<>();
        long dupC = 0;
        long dupI = 0;
        long dupS = 0;
        for (SimpleReader.Row r : rows) {
            String c = r.values().get(1);
            String i = r.values().get(2);
            String sym = r.values().get(3);
            if (!c.isEmpty()) {
                invalidCusips += Cusip.isValid(c) ? 0 : 1;
                dupC += cusips.add(c) ? 0 : 1;
            }
            if (!i.isEmpty()) {
                invalidIsins += Isin.isValid(i) ? 0 : 1;
                dupI += isins.add(i) ? 0 : 1;
            }
            if (!sym.isEmpty()) {
                dupS += symbols.add(sym) ? 0 : 1;
            }
        }
        assertThat(s.load().records()).isEqualTo(rows.size());
        assertThat(s.invalidCusips()).isEqualTo(invalidCusips).isPositive();
        assertThat(s.invalidIsins()).isEqualTo(invalidIsins).isPositive();
        assertThat(s.duplicateCusips()).isEqualTo(dupC).isPositive();
        assertThat(s.duplicateIsins()).isEqualTo(dupI);
        assertThat(s.sharedSymbols()).isEqualTo(dupS);
    }

    @Test
    void aSmallMemoryBudgetSpillsRunsAndGivesTheSameIndex() throws Exception {
        Path file = dir.resolve("big.csv");
        StringBuilder b = new StringBuilder("cusip,isin,symbol\n");
        for (int i = 0; i < 80_000; i++) {
            String c = Cusip.withCheckDigit(String.format("%08d", (i * 7919L) % 100_000_000));
            b.append(c).append(',').append(Isin.fromCusip("US", c)).append(",S").append(i % 5000).append('\n');
        }
        Files.writeString(file, b);
        IndexSummary small = Indexer.build(file, dir.resolve("small.cwx"), IndexOptions.defaults().withMemoryBudget(1 << 20));
        IndexSummary large = Indexer.build(file, dir.resolve("large.cwx"), IndexOptions.defaults());
        assertThat(small.spilledRuns()).isGreaterThan(3);
        assertThat(large.spilledRuns()).isZero();
        assertThat(Files.readAllBytes(small.index())).isEqualTo(Files.readAllBytes(large.index()));
        assertThat(small.sharedSymbols()).isEqualTo(80_000 - 5000);
        try (IndexFile idx = IndexFile.open(small.index(), file)) {
            assertThat(idx.offsets(KeyKind.SYMBOL, "S42")).hasSize(16);
        }
    }

    @Test
    void moreRunsThanOneMergeReadsAreCascadedAndGiveTheSameIndex() throws Exception {
        // 1 MiB holds 8,192 entries a kind: 600,000 rows make 73 runs of symbols, over the fan-in of 64
        Path file = dir.resolve("many-runs.csv");
        StringBuilder b = new StringBuilder("symbol,name\n");
        for (int i = 0; i < 600_000; i++) {
            b.append('S').append((i * 7919L) % 450_000).append(",n\n");
        }
        Files.writeString(file, b);
        IndexSummary small = Indexer.build(file, dir.resolve("small.cwx"), IndexOptions.defaults().withMemoryBudget(1 << 20));
        IndexSummary large = Indexer.build(file, dir.resolve("large.cwx"), IndexOptions.defaults().withMemoryBudget(128 << 20));
        assertThat(small.spilledRuns()).isGreaterThan(64);
        assertThat(large.spilledRuns()).isZero();
        assertThat(Files.readAllBytes(small.index())).isEqualTo(Files.readAllBytes(large.index()));
        assertThat(small.sharedSymbols()).isEqualTo(600_000 - 450_000);
    }

    @Test
    void duplicatesOfLongKeysAreCountedExactly() throws Exception {
        Path file = dir.resolve("long.csv");
        StringBuilder b = new StringBuilder("symbol,name\n");
        for (int i = 0; i < 3000; i++) {
            b.append("A-SYMBOL-LONGER-THAN-15-").append(i % 7).append(",n").append(i).append('\n');
            b.append("\"short,").append(i % 11).append("\",m").append(i).append('\n');
        }
        Files.writeString(file, b);
        IndexSummary s = Indexer.build(file, dir.resolve("long.cwx"), IndexOptions.defaults().withMemoryBudget(1 << 20));
        assertThat(s.sharedSymbols()).isEqualTo(6000 - 7 - 11);
        try (IndexFile idx = IndexFile.open(s.index(), file)) {
            assertThat(idx.offsets(KeyKind.SYMBOL, "A-SYMBOL-LONGER-THAN-15-3")).hasSize(3000 / 7 + 1);
            assertThat(idx.offsets(KeyKind.SYMBOL, "short,10")).hasSize(3000 / 11);
        }
    }

    @Test
    void aStaleIndexIsNeverUsedAndIsRebuilt() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,name\n037833100,Apple\n594918104,Microsoft\n");
        Path idx = Indexer.defaultPath(file);
        Indexer.build(file, idx, IndexOptions.defaults());
        FileTime mtime = Files.getLastModifiedTime(file);

        // same size and modification time, other content: the sample catches it
        Files.writeString(file, "cusip,name\n037833100,Apple\n594918104,Macrosoft\n");
        Files.setLastModifiedTime(file, mtime);
        assertThatThrownBy(() -> IndexFile.open(idx, file)).isInstanceOf(IndexException.class)
                .hasMessageContaining("stale").hasMessageContaining("content");

        Indexer.Opened opened = Indexer.openOrBuild(file, idx, IndexOptions.defaults());
        try (IndexFile f = opened.index()) {
            assertThat(opened.rebuiltBecause()).contains("content");
            assertThat(f.record(f.offsets(KeyKind.CUSIP, "594918104")[0])).containsExactly("594918104", "Macrosoft");
        }
        Files.writeString(file, "cusip,name\n037833100,Apple\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> IndexFile.open(idx, file)).isInstanceOf(IndexException.class).hasMessageContaining("size");
        Path missing = dir.resolve("missing.cwx");
        assertThatThrownBy(() -> IndexFile.open(missing, file)).isInstanceOf(IndexException.class)
                .hasMessageEndingWith(": cannot read: no such file or directory");
        Indexer.Opened again = Indexer.openOrBuild(file, idx, IndexOptions.defaults());
        try (IndexFile f = again.index()) {
            assertThat(f.offsets(KeyKind.CUSIP, "037833100")).hasSize(2);
        }
        Indexer.Opened reused = Indexer.openOrBuild(file, idx, IndexOptions.defaults());
        try (IndexFile f = reused.index()) {
            assertThat(reused.rebuiltBecause()).isNull();
            assertThat(f.duplicates(KeyKind.CUSIP)).isEqualTo(1);
        }
    }

    @Test
    void aCorruptIndexIsDetectedAndRebuilt() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,name\n037833100,Apple\n594918104,Microsoft\n");
        Path idx = Indexer.defaultPath(file);
        Indexer.build(file, idx, IndexOptions.defaults());
        byte[] bytes = Files.readAllBytes(idx);
        bytes[bytes.length - 20] ^= 0x40;
        Files.write(idx, bytes);
        assertThatThrownBy(() -> IndexFile.open(idx, file)).isInstanceOf(IndexException.class)
                .hasMessageContaining("corrupt: the block at bytes ").hasMessageEndingWith(" does not match its checksum");
        bytes[bytes.length - 20] ^= 0x40;
        bytes[bytes.length - 1] ^= 0x40; // the blocks' checksums themselves
        Files.write(idx, bytes);
        assertThatThrownBy(() -> IndexFile.open(idx, file)).isInstanceOf(IndexException.class)
                .hasMessageEndingWith("corrupt: body checksum mismatch");
        bytes[bytes.length - 1] ^= 0x40;
        bytes[100] ^= 1;
        Files.write(idx, bytes);
        assertThatThrownBy(() -> IndexFile.open(idx, file)).hasMessageContaining("header checksum");
        Files.write(idx, java.util.Arrays.copyOf(bytes, 3)); // an index cut short
        assertThatThrownBy(() -> IndexFile.open(idx, file)).hasMessageContaining("not a chunkwise index");
        Indexer.Opened opened = Indexer.openOrBuild(file, idx, IndexOptions.defaults());
        try (IndexFile f = opened.index()) {
            assertThat(opened.rebuiltBecause()).contains("not a chunkwise index");
            assertThat(f.offsets(KeyKind.CUSIP, "037833100")).hasSize(1);
        }
    }

    @Test
    void aFailingWriteLeavesTheOldIndexAndNoTempFiles() throws Exception {
        Path file = dir.resolve("m.csv");
        StringBuilder b = new StringBuilder("cusip,symbol\n");
        for (int i = 0; i < 100_000; i++) {
            b.append(Cusip.withCheckDigit(String.format("%08d", i))).append(",S").append(i).append('\n');
        }
        Files.writeString(file, b);
        Path idx = Indexer.defaultPath(file);
        Indexer.build(file, idx, IndexOptions.defaults());
        byte[] before = Files.readAllBytes(idx);
        for (long failAt : new long[] {0, 1 << 20, 3L << 20}) {
            IndexOptions failing = IndexOptions.defaults().withWriteHook(written -> {
                if (written >= failAt) {
                    throw new IOException("No space left on device (injected)");
                }
            });
            assertThatThrownBy(() -> Indexer.build(file, idx, failing))
                    .hasMessage("index file " + idx + ": No space left on device (injected)");
            assertThat(Files.readAllBytes(idx)).isEqualTo(before);
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString()).toList())
                        .containsExactlyInAnyOrder("m.csv", "m.csv.cwx");
            }
        }
    }

    @Test
    void aBuildRefusesWhatWouldLoseDataBeforeWritingAByte() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,symbol\n037833100,AAPL\nragged\n");
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "precious,data\n1,2\n");
        assertThatThrownBy(() -> Indexer.build(file, notes, IndexOptions.defaults()))
                .isInstanceOf(IndexException.class).hasMessageContaining("not a chunkwise index");
        assertThat(Files.readString(notes)).isEqualTo("precious,data\n1,2\n");

        Path idx = dir.resolve("m.cwx");
        // one path twice, spelled two ways, whether or not the file exists yet
        for (int round = 0; round < 2; round++) {
            assertThatThrownBy(() -> Indexer.build(file, idx, IndexOptions.defaults().withRejects(dir.resolve("./m.cwx"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("are the same file");
            Files.writeString(idx, "");
        }

        long beyondTheHeap = Runtime.getRuntime().maxMemory() + (1L << 20);
        Path fresh = dir.resolve("fresh.cwx");
        assertThatThrownBy(() -> Indexer.build(file, fresh, IndexOptions.defaults().withMemoryBudget(beyondTheHeap)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit in this JVM's heap")
                .hasMessageEndingWith("lower the memory budget, or raise the maximum heap")
                .satisfies(e -> assertThat(e.getMessage()).as("a library user has no command-line options").doesNotContain("--", "-Xmx"));
        // the loader's chunks in flight come on top of the budget: 256 workers of 1 GiB chunks fit no test
        // heap, so the chunks are made smaller (the index is the same at any chunk size)
        IndexOptions wide = IndexOptions.defaults().withMemoryBudget(1L << 20).withLoad(
                io.chunkwise.loader.load.LoadOptions.defaults().withWorkers(256).withChunkSize(1L << 30));
        IndexSummary fitted = Indexer.build(file, fresh, wide);
        assertThat(fitted.chunkSize()).isLessThan(1L << 30);
        Files.delete(fresh);
        assertThat(IndexOptions.defaultMemoryBudget()).isBetween(1L << 20, IndexOptions.DEFAULT_MEMORY_BUDGET);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("m.csv", "notes.csv", "m.cwx");
        }
    }

    @Test
    void aRecordIsParsedOnlyWhereOneCanStart() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,symbol,name\n037833100,AAPL,\"Apple\nInc.\"\n594918104,MSFT,Microsoft\n");
        Path idx = dir.resolve("m.cwx");
        Indexer.build(file, idx, IndexOptions.defaults());
        try (IndexFile index = IndexFile.open(idx, file)) {
            long apple = index.offsets(KeyKind.SYMBOL, "AAPL")[0];
            long msft = index.offsets(KeyKind.SYMBOL, "MSFT")[0];
            assertThat(index.record(apple)).containsExactly("037833100", "AAPL", "Apple\nInc.");
            assertThat(index.record(msft)).containsExactly("594918104", "MSFT", "Microsoft");
            for (long bad : new long[] {1, apple + 1, msft - 1, -1, Files.size(file)}) {
                assertThatThrownBy(() -> index.record(bad)).as("offset " + bad).isInstanceOf(IndexException.class)
                        .hasMessageContaining("no record starts at byte " + bad);
            }
        }
    }

    private static List<SimpleReader.Row> dataRows(byte[] data) {
        List<SimpleReader.Row> all = SimpleReader.read(data, ',');
        return all.subList(1, all.size()).stream().filter(r -> r.values().size() == 6 && r.strayQuote() < 0).toList();
    }

    private static SimpleReader.Row rowAt(List<SimpleReader.Row> rows, long offset) {
        return rows.stream().filter(r -> r.offset() == offset).findFirst().orElseThrow();
    }
}
