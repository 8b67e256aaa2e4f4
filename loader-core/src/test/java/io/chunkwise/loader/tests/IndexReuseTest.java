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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
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
        })).isInstanceOf(CsvParseException.class)
                // the symbol column the index was given is kept: read with '|', the header has no such column,
                // which is the delimiter's doing, not an edit of the file (QA: "no longer has")
                .hasMessage(m + ":1 (byte 0): the index " + idx + " was built with delimiter ',' and symbol column 'name';"
                        + " read with delimiter '|' as asked, the header [cusip,isin,symbol,name] has no column"
                        + " 'name': leave the delimiter unset to read the file with ',' as the index was built, or name the"
                        + " symbol column explicitly");
        assertThat(reasons).as("no rebuild is announced that cannot happen").isEmpty();
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, PIPES.withColumns(Map.of(KeyKind.SYMBOL, "name")),
                Indexer.Dialect.GIVEN, reasons::add)).isInstanceOf(CsvParseException.class);
        assertThat(reasons).containsExactly("the index was built with delimiter ',' and quote '\"', not '|' and '\"' as asked");
        assertThat(Files.readAllBytes(idx)).as("a failed build publishes nothing").isEqualTo(before);
    }

    /** The reverse: a '|' master's index, and a comma asked for. */
    @Test
    void aGivenCommaOtherThanAPipeIndexsIsNamedAsTheCause() throws Exception {
        Path m = pipedMasterIndexed();
        Path idx = Indexer.defaultPath(m);
        byte[] before = Files.readAllBytes(idx);
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.GIVEN,
                r -> { throw new AssertionError("no rebuild: " + r); }))
                .isInstanceOf(CsvParseException.class)
                .hasMessageStartingWith(m + ":1 (byte 0): the index " + idx + " was built with delimiter '|' and symbol column"
                        + " 'Name'; read with delimiter ',' as asked, the header [cusip|Name|Exchange] has no column")
                .hasMessageEndingWith(": leave the delimiter unset to read the file with '|' as the index was built, or name the"
                        + " symbol column explicitly");
        assertThat(Files.readAllBytes(idx)).isEqualTo(before);
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

    /** A {@code |} master whose symbol column has no usual name, indexed as it must be read. */
    private Path pipedMasterIndexed() throws Exception {
        Path m = dir.resolve("nasdaq.txt");
        Files.writeString(m, "cusip|Name|Exchange\n037833100|Apple|XNAS\n");
        Indexer.build(m, Indexer.defaultPath(m), PIPES.withColumns(Map.of(KeyKind.SYMBOL, "Name")));
        return m;
    }

    private static void edit(Path m, String from, String to) throws Exception {
        FileTime t = Files.getLastModifiedTime(m);
        Files.writeString(m, Files.readString(m).replace(from, to));
        Files.setLastModifiedTime(m, FileTime.fromMillis(t.toMillis() + 2000));
    }

    @Test
    void aStaleIndexIsRebuiltReadingTheFileAsItWasBuilt() throws Exception {
        Path m = pipedMasterIndexed();
        Path idx = Indexer.defaultPath(m);
        edit(m, "XNAS\n", "XNAS\n594918104|Microsoft|XNAS\n");
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(reasons).singleElement().asString().contains("stale");
            assertThat(f.format().delimiter()).isEqualTo((byte) '|');
            assertThat(f.columns().symbol()).isEqualTo(1);
            assertThat(f.offsets(KeyKind.SYMBOL, "Microsoft")).hasSize(1);
            assertThat(o.builtWith()).isEqualTo("delimiter '|' and quote '\"' as the index was built, "
                    + "symbol column 'Name' as the index was built, other key columns by their usual names");
        }
        // the rebuilt index records them again: the next edit keeps them too
        edit(m, "Apple", "Apple Inc.");
        Indexer.Opened again = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, r -> { });
        try (IndexFile f = again.index()) {
            assertThat(again.rebuiltBecause()).contains("stale");
            assertThat(f.offsets(KeyKind.SYMBOL, "Apple Inc.")).hasSize(1);
        }
    }

    @Test
    void whatTheCallerAsksForWinsOverTheStaleIndexs() throws Exception {
        Path m = pipedMasterIndexed();
        Path idx = Indexer.defaultPath(m);
        edit(m, "Name|Exchange", "Title|Exchange");
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults().withColumns(Map.of(KeyKind.SYMBOL, "title")),
                Indexer.Dialect.FROM_INDEX, r -> { });
        try (IndexFile f = o.index()) {
            assertThat(f.format().delimiter()).isEqualTo((byte) '|');
            assertThat(f.offsets(KeyKind.SYMBOL, "Apple")).hasSize(1);
            assertThat(o.builtWith()).contains("symbol column 'title' as asked");
        }
    }

    @Test
    void aKeptColumnTheChangedHeaderLacksIsAnErrorNamingItAndKeepsTheIndex() throws Exception {
        Path m = pipedMasterIndexed();
        Path idx = Indexer.defaultPath(m);
        byte[] before = Files.readAllBytes(idx);
        edit(m, "Name|Exchange", "Title|Exchange");
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX,
                r -> { throw new AssertionError("no rebuild: " + r); }))
                .isInstanceOf(CsvParseException.class)
                .hasMessageStartingWith(m + ":1 (byte 0): the index " + idx + " was built with symbol column 'Name',"
                        + " which the header")
                .hasMessageContaining("no longer has: name the symbol column explicitly");
        assertThat(Files.readAllBytes(idx)).isEqualTo(before);
    }

    @Test
    void aStaleIndexWhoseFileIsNowDelimitedOtherwiseIsAnErrorNamingBothAndKeepsTheIndex() throws Exception {
        // QA: an exchange file indexed with '|' and written again with commas (or another file's
        // index given for it) was read with the index's '|', one column, and the error said to
        // leave out a --delimiter the user never gave
        Path m = master("|");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, PIPES);
        byte[] before = Files.readAllBytes(idx);
        Files.writeString(m, Files.readString(m).replace('|', ',') + "594918104,US5949181045,MSFT,Microsoft\n");
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX,
                r -> { throw new AssertionError("no rebuild: " + r); }))
                .isInstanceOf(CsvParseException.class)
                .hasMessage(m + ":1 (byte 0): the index " + idx + " was built with delimiter '|'; read with it, the header"
                        + " [cusip,isin,symbol,name] is one column, which looks split by ',': the file was written again"
                        + " with another delimiter? set the delimiter explicitly to ','");
        assertThat(Files.readAllBytes(idx)).isEqualTo(before);
        // asked for, the comma is read, and the index rebuilt
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.GIVEN, r -> { });
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).isNotNull();
            assertThat(f.offsets(KeyKind.SYMBOL, "MSFT")).hasSize(1);
        }
    }

    @Test
    void aDamagedIndexGivesNothingToKeep() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "cusip,symbol,Name\n037833100,AAPL,Apple\n");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, IndexOptions.defaults().withColumns(Map.of(KeyKind.SYMBOL, "Name")));
        byte[] bytes = Files.readAllBytes(idx);
        bytes[260]++; // in the recorded column names: the header's checksum no longer matches
        Files.write(idx, bytes);
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(reasons).singleElement().asString().contains("header checksum");
            assertThat(f.columns().symbol()).isEqualTo(1);
            assertThat(o.builtWith()).isEqualTo("delimiter ',' and quote '\"' (the defaults), key columns by their usual names");
        }
    }

    @Test
    void anIndexOfAnUnknownFormatVersionGivesNothingToKeep() throws Exception {
        Path m = pipedMasterIndexed();
        Path idx = Indexer.defaultPath(m);
        byte[] bytes = Files.readAllBytes(idx);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 99);
        Files.write(idx, bytes);
        List<String> reasons = new ArrayList<>();
        // read with the defaults, the '|' master has no key column: the caller must say how to read it
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX,
                reasons::add)).isInstanceOf(CsvParseException.class).hasMessageContaining("no key column");
        assertThat(reasons).singleElement().asString().contains("index format version 99");
        Indexer.Opened o = Indexer.openOrBuild(m, idx, PIPES.withColumns(Map.of(KeyKind.SYMBOL, "Name")),
                Indexer.Dialect.GIVEN, r -> { });
        try (IndexFile f = o.index()) {
            assertThat(f.offsets(KeyKind.SYMBOL, "Apple")).hasSize(1);
            assertThat(o.builtWith()).startsWith("delimiter '|' and quote '\"' as asked, symbol column 'Name' as asked");
        }
    }

    /**
     * An index of the format before names were recorded (5) still records its dialect: a {@code |}
     * master's index is rebuilt reading {@code |} after an upgrade (its columns' names are not known).
     */
    @Test
    void anOlderFormatsIndexIsRebuiltWithItsDelimiter() throws Exception {
        Path m = dir.resolve("nasdaq.txt");
        Files.writeString(m, "cusip|Symbol|Exchange\n037833100|AAPL|XNAS\n");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, PIPES);
        byte[] bytes = Files.readAllBytes(idx);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(8, 5);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, 248); // a format-5 header's checksum: its fixed part only
        b.putLong(248, crc.getValue());
        Files.write(idx, bytes);
        List<String> reasons = new ArrayList<>();
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reasons::add);
        try (IndexFile f = o.index()) {
            assertThat(reasons).singleElement().asString().contains("index format version 5");
            assertThat(f.format().delimiter()).isEqualTo((byte) '|');
            assertThat(f.offsets(KeyKind.SYMBOL, "AAPL")).hasSize(1);
            assertThat(o.builtWith()).startsWith("delimiter '|' and quote '\"' as the index was built");
        }
        // a damaged format-5 header gives nothing: read with the defaults, the '|' master has no key column
        bytes = Files.readAllBytes(idx);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 5).put(40, (byte) ';');
        Files.write(idx, bytes);
        assertThatThrownBy(() -> Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, r -> { }))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("no key column");
    }

    /**
     * A delimiter the index had from the file's {@code sep=} line is the file's to decide again: a
     * new {@code sep=} line wins, and without one the default is read, never the old line's.
     */
    @Test
    void aDelimiterFromASepLineIsTheFilesNotTheIndexs() throws Exception {
        Path m = dir.resolve("excel.csv");
        Files.writeString(m, "sep=;\ncusip;isin;symbol\n037833100;US0378331005;AAPL\n");
        Path idx = Indexer.defaultPath(m);
        Indexer.build(m, idx, IndexOptions.defaults());
        Files.writeString(m, "sep=,\ncusip,isin,symbol\n037833100,US0378331005,AAPL\n594918104,US5949181045,MSFT\n");
        Indexer.Opened o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, r -> { });
        try (IndexFile f = o.index()) {
            assertThat(f.format().delimiter()).isEqualTo((byte) ',');
            assertThat(f.offsets(KeyKind.SYMBOL, "MSFT")).hasSize(1);
            assertThat(o.builtWith()).startsWith("delimiter ',' and quote '\"' (the file's sep= line)");
        }
        Files.writeString(m, "sep=;\ncusip;isin;symbol\n037833100;US0378331005;AAPL\n");
        Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, r -> { }).index().close();
        Files.writeString(m, "cusip,isin,symbol\n594918104,US5949181045,MSFT\n");
        o = Indexer.openOrBuild(m, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, r -> { });
        try (IndexFile f = o.index()) {
            assertThat(f.format().delimiter()).isEqualTo((byte) ',');
            assertThat(f.offsets(KeyKind.SYMBOL, "MSFT")).hasSize(1);
            assertThat(o.builtWith()).startsWith("delimiter ',' and quote '\"' (the defaults)");
        }
    }
}
