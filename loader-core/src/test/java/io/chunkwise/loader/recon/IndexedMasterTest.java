package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master's answers read in place from the mapped CSV, with the scanner's quoting rules. */
class IndexedMasterTest {
    @TempDir
    Path dir;

    private IndexFile index() throws IOException {
        Path csv = dir.resolve("master.csv");
        Files.writeString(csv, """
                cusip,name,symbol,isin
                037833100,"Apple,
                Inc","AA""PL",US0378331005
                594918104,"MS" Corp,"MS"FT,US5949181045
                459200101,IBM,,US4592001014
                459200101,IBM on NYSE,IBM.N,US4592001014
                """, StandardCharsets.UTF_8);
        return Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
    }

    private static List<String> symbols(SecurityMaster master, KeyKind kind, String id) {
        return Arrays.stream(master.symbolsOf(kind, id.getBytes(StandardCharsets.UTF_8)))
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void readsSymbolsAsTheScannerDoes() throws IOException {
        try (IndexFile index = index()) {
            SecurityMaster master = new IndexedMaster(index);
            assertThat(symbols(master, KeyKind.CUSIP, "037833100")).as("doubled quote, after a quoted line break")
                    .containsExactly("AA\"PL");
            assertThat(symbols(master, KeyKind.CUSIP, "594918104")).as("literal bytes after the closing quote")
                    .containsExactly("MSFT");
            assertThat(symbols(master, KeyKind.ISIN, "US4592001014")).as("every record, in file order")
                    .containsExactly("", "IBM.N");
            assertThat(symbols(master, KeyKind.CUSIP, "000000000")).isEmpty();
            assertThat(symbols(master, KeyKind.CUSIP, "")).isEmpty();
            assertThat(master.hasSymbol("AA\"PL".getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(master.hasSymbol("MSFT".getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(master.hasSymbol("MS".getBytes(StandardCharsets.UTF_8))).isFalse();
        }
    }

    @Test
    void readsKeysInPlaceFromAnyPartOfASegment() throws IOException {
        MemorySegment log = MemorySegment.ofArray("55=IBM.N\u000148=594918104\u0001".getBytes(StandardCharsets.US_ASCII));
        try (IndexFile index = index()) {
            SecurityMaster master = new IndexedMaster(index);
            assertThat(master.hasSymbol(log, 3, 8)).isTrue();
            assertThat(master.hasSymbol(log, 3, 6)).as("IBM alone is no symbol here").isFalse();
            byte[][] found = master.symbolsOf(KeyKind.CUSIP, log, 12, 21);
            assertThat(found).hasDimensions(1, 4);
            assertThat(new String(found[0], StandardCharsets.UTF_8)).isEqualTo("MSFT");
            assertThat(index.forEachMatch(KeyKind.CUSIP, log, 12, 21, 0, (offset, record) -> true)).isOne();
        }
    }

    @Test
    void refusesAMasterWithoutSymbols() throws IOException {
        Path csv = dir.resolve("ids.csv");
        Files.writeString(csv, "cusip,isin\n037833100,US0378331005\n", StandardCharsets.UTF_8);
        try (IndexFile index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index()) {
            assertThatIllegalArgumentException().isThrownBy(() -> new IndexedMaster(index))
                    .withMessageContaining(csv + " has no symbol column");
        }
    }
}
