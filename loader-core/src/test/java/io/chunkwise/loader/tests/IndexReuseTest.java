package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index built with custom options is reused by a caller that asks for none, and rebuilt only when asked otherwise. */
class IndexReuseTest {
    @TempDir
    Path dir;

    private static final IndexOptions PIPES = IndexOptions.defaults()
            .withLoad(LoadOptions.defaults().withFormat(CsvFormat.RFC4180.withDelimiter('|')));

    private Path master(String delimiter) throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, String.join(delimiter, "cusip", "isin", "symbol", "name") + "\n"
                + String.join(delimiter, "037833100", "US0378331005", "AAPL", "Apple") + "\n");
        return m;
    }

    @Test
    void unnamedColumnsAndAnUngivenDelimiterAreTheIndexs() throws Exception {
        Path m = master("|");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, PIPES.withColumns(Map.of(KeyKind.SYMBOL, "name")));
        byte[] before = Files.readAllBytes(idx);
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).isNull();
            assertThat(reasons).isEmpty();
            assertThat(f.format().delimiter()).isEqualTo((byte) '|');
            assertThat(f.columns().symbol()).isEqualTo(3);
            assertThat(f.offsets(KeyKind.SYMBOL, "Apple")).hasSize(1);
        }
        assertThat(Files.readAllBytes(idx)).isEqualTo(before);
    }

    @Test
    void aGivenDelimiterOtherThanTheIndexsRebuildsSayingSoFirst() throws Exception {
        Path m = master(",");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, IndexOptions.defaults().withColumns(Map.of(KeyKind.SYMBOL, "name")));
        byte[] before = Files.readAllBytes(idx);
        List<String> reasons = new ArrayList<>();
        // the 3-argument form: the options' dialect is the one asked for, and unnamed columns are the index's
        Indexer.Opened same = Indexer.openOrBuild(m, idx, IndexOptions.defaults());
        try (IndexFile f = same.index()) {
            assertThat(same.rebuiltBecause()).isNull();
            assertThat(f.columns().symbol()).isEqualTo(3);
        }
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, PIPES, Indexer.Dialect.GIVEN, reason -> {
            reasons.add(reason);
            try {
                assertThat(Files.readAllBytes(idx)).as("told before the build starts").isEqualTo(before);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isInstanceOf(CsvParseException.class).hasMessageContaining("no key column");
        assertThat(reasons).containsExactly("the index was built with delimiter ',' and quote '\"', not '|' and '\"' as asked");
        assertThat(Files.readAllBytes(idx)).as("a failed build publishes nothing").isEqualTo(before);
    }

    @Test
    void aNamedColumnOtherThanTheIndexsRebuildsWithTheIndexsDelimiter() throws Exception {
        Path m = master("|");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, PIPES.withColumns(Map.of(KeyKind.SYMBOL, "name")));
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults().withColumns(Map.of(KeyKind.SYMBOL, "symbol")),
                Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(reasons).containsExactly("the index was built with symbol column 'name', not 'symbol' as asked");
            assertThat(o.rebuiltBecause()).isEqualTo(reasons.getFirst());
            assertThat(f.format().delimiter()).isEqualTo((byte) '|');
            assertThat(f.columns().symbol()).isEqualTo(2);
            assertThat(f.offsets(KeyKind.SYMBOL, "AAPL")).hasSize(1);
        }
    }

    @Test
    void aNamedColumnTheHeaderLacksIsAnErrorAndKeepsTheIndex() throws Exception {
        Path m = master(",");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, IndexOptions.defaults());
        byte[] before = Files.readAllBytes(idx);
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, IndexOptions.defaults().withColumns(Map.of(KeyKind.ISIN, "nope")),
                Indexer.Dialect.FROM_INDEX, r -> { throw new AssertionError("no rebuild: " + r); }))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("no column named 'nope'");
        assertThat(Arrays.equals(Files.readAllBytes(idx), before)).isTrue();
    }
}
