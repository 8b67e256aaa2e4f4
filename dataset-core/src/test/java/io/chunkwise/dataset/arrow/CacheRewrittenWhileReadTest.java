package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.sample.BatchLoader;
import io.chunkwise.dataset.sample.EpochResult;
import io.chunkwise.dataset.sample.IterableDataset;
import io.chunkwise.dataset.sample.LoaderOptions;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleOrder;
import io.chunkwise.dataset.sample.SampleSpec;
import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cache rewritten in place at its own size while it is read ({@code cp other.arrow cache.arrow}
 * between two reads) faults nothing: an epoch over it ran to its end, exit 0, with samples of both
 * files. The table's check at the end says the file changed.
 */
class CacheRewrittenWhileReadTest {
    @TempDir
    Path dir;

    private Path cache(String name, long seed) {
        Path csv = TestBars.csv(dir.resolve(name + ".csv"), 3000, seed);
        Path cache = dir.resolve(name + ".arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), 500).build(csv, cache, d -> { }, r -> { });
        return cache;
    }

    /** Writes the other file's bytes over the cache, without truncating it first, and moves its time on. */
    private static void overwrite(Path cache, Path other) throws IOException {
        try (FileChannel ch = FileChannel.open(cache, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(Files.readAllBytes(other)), 0);
        }
        Files.setLastModifiedTime(cache, FileTime.fromMillis(Files.getLastModifiedTime(cache).toMillis() + 2_000));
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void anEpochOverACacheRewrittenAtItsSizeEndsInTheChangeNotInAChecksum(ReadMode mode) throws IOException {
        Path cache = cache("a", 3);
        Path other = cache("b", 4);
        assertThat(Files.size(other)).isEqualTo(Files.size(cache));
        try (CacheTable t = mode.open(cache)) {
            t.checkUnchanged();
            SampleLayout layout = new SampleSpec(List.of(), "close", 8, 1).bind(t);
            try (IterableDataset store = new IterableDataset(t, layout, 100);
                 BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
                         new LoaderOptions(10, 2, 1, 0))) {
                overwrite(cache, other);
                EpochResult.drain(loader, n -> { }); // reads on: the mapping's pages are the new file's now
            }
            assertThatThrownBy(t::checkUnchanged).isInstanceOf(SourceChangedException.class)
                    .hasMessage(cache + ": changed while being read (written to, its size still " + Files.size(cache)
                            + " bytes): what was read may mix two files; read it again");
        }
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void aCacheReplacedWholeIsNotTheOneOpened(ReadMode mode) throws IOException {
        Path cache = cache("a", 3);
        try (CacheTable t = mode.open(cache)) {
            Files.writeString(cache, "short");
            assertThatThrownBy(t::checkUnchanged).isInstanceOf(SourceChangedException.class)
                    .hasMessageContaining("changed while being read (size was ").hasMessageEndingWith("now 5)");
            Files.delete(cache);
            assertThatThrownBy(t::checkUnchanged).isInstanceOf(SourceChangedException.class)
                    .hasMessage(cache + ": disappeared while being read");
        }
    }
}
