package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lookup made from inside a visitor, on the visitor's thread (find a security's other listings,
 * then read more of the record at hand): the visitor's record stays its own, and the outer batch's
 * remaining queries are answered as if nothing had happened.
 */
class NestedLookupTest {
    @TempDir
    Path dir;

    private IndexFile index;

    @BeforeEach
    void open() throws Exception {
        Path master = Files.writeString(dir.resolve("master.csv"), """
                cusip,isin,symbol,name
                037833100,US0378331005,AAPL,Apple Inc
                594918104,US5949181045,MSFT,Microsoft Corp
                459200101,US4592001014,IBM,International Business Machines
                """);
        index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static MemorySegment bytes(String s) {
        return MemorySegment.ofArray(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aVisitorsRecordSurvivesLookupsMadeFromInsideIt() {
        List<String> seen = new ArrayList<>();
        int visited = index.forEachMatch(KeyKind.CUSIP, bytes("037833100"), 0, 9, 4, (offset, record) -> {
            seen.add(record.get(2));
            seen.add(index.record(index.offsets(KeyKind.ISIN, "US5949181045")[0]).get(2));
            seen.add(String.valueOf(index.contains(KeyKind.SYMBOL, "IBM".getBytes(StandardCharsets.US_ASCII))));
            index.forEachMatch(KeyKind.SYMBOL, bytes("IBM"), 0, 3, 4, (o, inner) -> seen.add(inner.get(3)) || true);
            seen.add(record.get(2) + " " + record.get(3));
            return true;
        });
        assertThat(visited).isEqualTo(1);
        assertThat(seen).containsExactly("AAPL", "MSFT", "true", "International Business Machines", "AAPL Apple Inc");
    }

    @Test
    void aBatchVisitorMayLookUpABatchOfItsOwn() {
        MemorySegment keys = bytes("037833100594918104");
        List<String> seen = new ArrayList<>();
        index.forEachMatch(new KeyKind[] {KeyKind.CUSIP, KeyKind.CUSIP}, keys, new long[] {0, 9}, new long[] {9, 18}, 2, 4,
                (q, offset, record) -> {
                    String symbol = record.get(2);
                    MemorySegment others = bytes("IBMAAPL");
                    index.forEachMatch(new KeyKind[] {KeyKind.SYMBOL, KeyKind.SYMBOL}, others, new long[] {0, 3}, new long[] {3, 7},
                            2, 4, (q2, o2, inner) -> true);
                    seen.add(q + " " + symbol + " " + record.get(2) + " " + record.get(3));
                    return true;
                });
        assertThat(seen).containsExactly("0 AAPL AAPL Apple Inc", "1 MSFT MSFT Microsoft Corp");
    }

    @Test
    void anIndexClosedDuringALookupIsNamed() {
        String closed = "index " + index.sourcePath() + ".cwx is closed: used after close()";
        assertThatThrownBy(() -> index.forEachMatch(KeyKind.CUSIP, bytes("037833100"), 0, 9, 0, (offset, record) -> {
            index.close(); // as another thread's close() would, between two reads of the lookup
            return true;
        })).isInstanceOf(IllegalStateException.class).hasMessage(closed);
    }

    @Test
    void aVisitorsOwnStateErrorPassesUnchanged() {
        assertThatThrownBy(() -> index.forEachMatch(KeyKind.CUSIP, bytes("037833100"), 0, 9, 0, (offset, record) -> {
            throw new IllegalStateException("the visitor's own");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the visitor's own");
    }
}
