package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A file truncated while mapped or read fails cleanly (no JVM crash) and publishes no index. */
class FaultInjectionTest {
    @TempDir
    Path dir;

    @Test
    void readingATruncatedMappingIsACleanError() throws Exception {
        Path file = dir.resolve("f.bin");
        Files.write(file, new byte[4 << 20]);
        try (MappedFile m = MappedFile.open(file)) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(4096);
            }
            assertThatThrownBy(() -> m.guard(() -> {
                long sum = 0;
                for (long i = 0; i < m.size(); i += 4096) {
                    sum += m.segment().get(ValueLayout.JAVA_BYTE, i);
                }
                assertThat(sum).isZero();
            })).isInstanceOf(SourceChangedException.class).hasMessageContaining("changed while being read");
        }
    }

    @Test
    void aClosedMappingCannotBeRead() throws Exception {
        Path file = dir.resolve("f.bin");
        Files.write(file, new byte[100]);
        MappedFile m = MappedFile.open(file);
        m.close();
        m.close();
        assertThatThrownBy(() -> m.segment().get(ValueLayout.JAVA_BYTE, 0)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void truncatedDuringTheBuildPublishesNoIndex(LoaderStrategy s) throws Exception {
        Path file = dir.resolve("m.csv");
        StringBuilder b = new StringBuilder("cusip,name\n");
        for (int i = 0; i < 200_000; i++) {
            b.append("037833100,name number ").append(i).append('\n');
        }
        Files.writeString(file, b);
        long size = Files.size(file);
        AtomicBoolean cut = new AtomicBoolean();
        LoadOptions load = LoadOptions.defaults().withChunkSize(64 * 1024).withWorkers(2).withProgress(done -> {
            if (cut.compareAndSet(false, true)) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(size / 3);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        Path idx = dir.resolve("m.cwx");
        assertThatThrownBy(() -> Indexer.build(file, idx, IndexOptions.defaults().withStrategy(s).withLoad(load)))
                .isInstanceOf(SourceChangedException.class).hasMessageContaining("no index was published");
        assertThat(idx).doesNotExist();
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("m.csv");
        }
    }

    @Test
    void lookupsOnAnOpenIndexWhoseSourceWasTruncatedAreCleanErrors() throws Exception {
        Path file = dir.resolve("m.csv");
        Path idx = indexed(file, dir.resolve("m.cwx"));
        try (IndexFile index = IndexFile.open(idx, file)) {
            long last = index.offsets(KeyKind.CUSIP, "000099999")[0];
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(4096);
            }
            // a lookup reading the record's page past the new end: an exception naming the source, not an InternalError
            assertThatThrownBy(() -> index.offsets(KeyKind.CUSIP, "000099999")).isInstanceOf(SourceChangedException.class)
                    .hasMessageContaining("m.csv").hasMessageContaining("changed while being read");
            assertThatThrownBy(() -> index.record(last)).isInstanceOf(SourceChangedException.class);
            byte[] key = "000099998".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> index.forEachMatch(new KeyKind[] {KeyKind.CUSIP}, java.lang.foreign.MemorySegment.ofArray(key),
                    new long[] {0}, new long[] {key.length}, 1, 0, (q, offset, record) -> true))
                    .isInstanceOf(SourceChangedException.class);
        }
    }

    @Test
    void verifyingAnIndexTruncatedWhileOpenIsACleanError() throws Exception {
        Path file = dir.resolve("m.csv");
        Path idx = indexed(file, dir.resolve("m.cwx"));
        try (IndexFile index = IndexFile.open(idx, file)) {
            try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.WRITE)) {
                ch.truncate(4096);
            }
            // the checksum reads the mapping past the new end: an exception naming the index, not a SIGBUS
            assertThatThrownBy(index::verify).isInstanceOf(SourceChangedException.class)
                    .hasMessageContaining("m.cwx").hasMessageContaining("changed while being read");
        }
    }

    @Test
    void aFileWrittenToInPlaceIsNamedAsChangedInWords() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,symbol\n037833100,AAPL\n");
        try (MappedFile mapped = MappedFile.open(file)) {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
            assertThatThrownBy(mapped::checkUnchanged).isInstanceOf(SourceChangedException.class)
                    .hasMessage(file + ": changed while being read (written to, its size still 28 bytes)");
        }
    }

    /** Writes a master of 100,000 records (an index of a few MiB) and indexes it. */
    private static Path indexed(Path file, Path idx) throws Exception {
        StringBuilder b = new StringBuilder("cusip,symbol\n");
        for (int i = 0; i < 100_000; i++) {
            b.append(String.format(java.util.Locale.ROOT, "%09d,S%d%n", i, i));
        }
        Files.writeString(file, b);
        Indexer.build(file, idx, IndexOptions.defaults());
        return idx;
    }
}
