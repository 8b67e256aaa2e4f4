package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NUL bytes in a master (a crashed writer's padding at the end or over a line, binary data in a
 * field) reject their record, named, by every strategy at every chunk size, when they are in a
 * field the loader reads (up to the last key column): before, a NUL run before a row was indexed
 * as part of its CUSIP (found by no look-up) and a NUL inside a key was accepted silently.
 */
class NulBytesTest {
    private static final String HEADER = "cusip,isin,symbol,name\n";
    private static final String APPLE = "037833100,US0378331005,AAPL,Apple Inc\n";
    private static final String MSFT = "594918104,US5949181045,MSFT,\"Micro\nsoft\"\n";
    private static final String GOOG = "38259P508,US38259P5089,GOOG,Alphabet\n";
    private static final long[] CHUNK_SIZES = {1, 3, 7, 16, 61, 4093, 8 << 20};

    @TempDir
    Path dir;

    @Test
    void paddingAtTheEndIsOneRejectOfNulsAlone() throws Exception {
        byte[] data = concat(HEADER, APPLE, MSFT, GOOG, new byte[5000]);
        long at = (HEADER + APPLE + MSFT + GOOG).length();
        everyStrategyGives(data, 3, List.of(new Reject(6, at, "5000 NUL bytes from byte " + at
                + " and nothing else: space a writer reserved and never filled (a crash?); NUL is not text")));
    }

    @Test
    void aNulRunOverTheStartOfARowRejectsThatRow() throws Exception {
        byte[] data = concat(HEADER, APPLE, new byte[300], GOOG, MSFT);
        long at = (HEADER + APPLE).length();
        everyStrategyGives(data, 2, List.of(new Reject(3, at, "holds 300 NUL bytes from byte " + at
                + ": NUL is not text (a crashed writer's padding over this line, or binary data?)")));
    }

    @Test
    void aSingleNulInAKeyOrAQuotedFieldRejectsItsRow() throws Exception {
        String key = "5949\0" + "104,US5949181045,MSFT,Microsoft\n";
        String quoted = "38259P508,US38259P5089,\"GO\nO\0G\",Alphabet\n";
        // past the last key column fields are only counted, never read: a NUL there misplaces no key
        String name = "88160R101,US88160R1014,TSLA,\"Tes\0la\"\n";
        byte[] data = concat(HEADER, APPLE, key, quoted, name, APPLE.replace("037833100", "037833109"));
        long keyAt = (HEADER + APPLE).length();
        long quotedAt = keyAt + key.length();
        everyStrategyGives(data, 3, List.of(
                new Reject(3, keyAt, "holds a NUL byte at byte " + (keyAt + 4)
                        + ": NUL is not text (a crashed writer's padding over this line, or binary data?)"),
                new Reject(4, quotedAt, "holds a NUL byte at byte " + (quotedAt + quoted.indexOf('\0'))
                        + ": NUL is not text (a crashed writer's padding over this line, or binary data?)")));
    }

    @Test
    void aNulWithTheWrongFieldCountGivesBothReasons() throws Exception {
        String row = "594918104,US5949181045\0\0\0\0\0\0\0\0\0\0\0\0,MSFT\n";
        byte[] data = concat(HEADER, APPLE, row, GOOG);
        long at = (HEADER + APPLE).length();
        everyStrategyGives(data, 2, List.of(new Reject(3, at, "expected 4 fields, found 3; holds 12 NUL bytes from byte "
                + (at + row.indexOf('\0')) + ": NUL is not text (a crashed writer's padding over this line, or binary data?)",
                4, 3)));
    }

    @Test
    void theIndexLeavesOutTheRowsWithNuls() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.write(file, concat(HEADER, APPLE, new byte[300], GOOG, MSFT));
        for (LoaderStrategy s : LoaderStrategy.values()) {
            Path idx = dir.resolve(s + ".cwx");
            IndexSummary summary = Indexer.build(file, idx, IndexOptions.defaults().withStrategy(s)
                    .withLoad(LoadOptions.defaults().withChunkSize(16).withWorkers(2)));
            assertThat(summary.load().records()).as(s.toString()).isEqualTo(2);
            assertThat(summary.load().rejected()).as(s.toString()).isEqualTo(1);
            try (IndexFile index = IndexFile.open(idx, file)) {
                assertThat(index.offsets(KeyKind.SYMBOL, "GOOG")).as(s.toString()).isEmpty();
                assertThat(index.offsets(KeyKind.SYMBOL, "MSFT")).as(s.toString()).hasSize(1);
                assertThat(index.entries(KeyKind.CUSIP)).as(s.toString()).isEqualTo(2);
            }
        }
    }

    private void everyStrategyGives(byte[] data, long records, List<Reject> rejects) throws Exception {
        Path file = dir.resolve("nul.csv");
        Files.write(file, data);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : CHUNK_SIZES) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 3 : 1); workers++) {
                    // the fields up to the last key column read, the rest counted (an index's way), with and without lines
                    for (boolean everything : new boolean[] {true, false}) {
                        Collect sink = new Collect(3, everything);
                        LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers))
                                .load(file, sink);
                        String what = s + " chunk=" + chunk + " workers=" + workers + " everything=" + everything;
                        assertThat(sink.rejects).as(what).isEqualTo(rejects);
                        assertThat(summary.records()).as(what).isEqualTo(records);
                        assertThat(summary.rejected()).as(what).isEqualTo(rejects.size());
                        assertThat(sink.rows).as(what).allSatisfy(r -> assertThat(String.join(",", r.values())).doesNotContain("\0"));
                    }
                }
            }
        }
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p);
        }
        return out.toByteArray();
    }
}
