package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index answers CUSIPs and ISINs with their symbols, and whether a symbol exists, without
 * reading the master when it can (keys with a code, short symbols): those answers must be the ones
 * parsing every candidate record gives, for ids and symbols of every shape.
 */
class InlineAnswersTest {
    private static final String CUSIP_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*@#";
    private static final String[] SYMBOLS = {"", " ", "A", "IBM", " IBM ", "BRK.A", "\"MS\"\"FT\"", "ABCDEFG", "ABCDEFGH",
        "A VERY LONG SYMBOL", "ÄÖÜ", "=\"T\"", "abc", "X\tY"};

    @TempDir
    Path dir;

    @Test
    void answersFromTheIndexEqualAnswersFromTheRecords() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        List<String> cusips = new ArrayList<>();
        List<String> isins = new ArrayList<>();
        List<String> symbols = new ArrayList<>(Arrays.asList(SYMBOLS));
        StringBuilder csv = new StringBuilder("cusip,isin,symbol,name\n");
        for (int i = 0; i < 3_000; i++) {
            // a new id, or one seen before: duplicates with other symbols
            String cusip = !cusips.isEmpty() && random.nextInt(5) == 0 ? cusips.get(random.nextInt(cusips.size())) : cusip(random);
            String isin = !isins.isEmpty() && random.nextInt(5) == 0 ? isins.get(random.nextInt(isins.size())) : isin(random);
            String symbol = SYMBOLS[random.nextInt(SYMBOLS.length)] + (random.nextInt(3) == 0 ? random.nextInt(100) : "");
            cusips.add(cusip);
            isins.add(isin);
            symbols.add(symbol.trim());
            csv.append(cusip).append(',').append(isin).append(',').append(symbol.contains(",") ? '"' + symbol + '"' : symbol)
                    .append(",name ").append(i).append('\n');
        }
        Path master = dir.resolve("master.csv");
        Files.writeString(master, csv, StandardCharsets.UTF_8);
        for (int i = 0; i < 200; i++) {
            cusips.add(cusip(random)); // mostly absent
            isins.add(isin(random));
            cusips.add(cusips.get(i).toLowerCase(java.util.Locale.ROOT));
            isins.add(" " + isins.get(i) + " ");
        }
        try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index()) {
            SecurityMaster fromIndex = new IndexedMaster(index);
            int symbolColumn = index.columns().column(KeyKind.SYMBOL);
            checkIds(index, fromIndex, KeyKind.CUSIP, cusips, symbolColumn);
            checkIds(index, fromIndex, KeyKind.ISIN, isins, symbolColumn);
            checkSymbols(index, fromIndex, symbols);
        }
    }

    private static void checkIds(IndexFile index, SecurityMaster master, KeyKind kind, List<String> ids, int symbolColumn) {
        Keys keys = new Keys(ids);
        KeyKind[] kinds = new KeyKind[ids.size()];
        Arrays.fill(kinds, kind);
        byte[][][] batch = new byte[ids.size()][][];
        master.symbolsOf(kinds, keys.segment, keys.from, keys.to, ids.size(), batch);
        int found = 0;
        for (int q = 0; q < ids.size(); q++) {
            List<String> parsed = new ArrayList<>();
            index.forEachMatch(kind, keys.segment, keys.from[q], keys.to[q], symbolColumn + 1, (offset, record) -> {
                parsed.add(new String(record.keyBytes(symbolColumn), StandardCharsets.UTF_8));
                return true;
            });
            found += parsed.isEmpty() ? 0 : 1;
            assertThat(texts(batch[q])).as("%s %s in a batch", kind, ids.get(q)).isEqualTo(parsed);
            assertThat(texts(master.symbolsOf(kind, keys.segment, keys.from[q], keys.to[q]))).as("%s %s alone", kind, ids.get(q))
                    .isEqualTo(parsed);
        }
        assertThat(found).as("ids found").isGreaterThan(3_000);
    }

    private static void checkSymbols(IndexFile index, SecurityMaster master, List<String> symbols) {
        List<String> asked = new ArrayList<>(symbols);
        asked.addAll(List.of("ibm", "IBM ", "ZZZZ", "ABCDEFGHI", "A VERY LONG SYMBOL NAME"));
        Keys keys = new Keys(asked);
        boolean[] present = new boolean[asked.size()];
        master.hasSymbols(keys.segment, keys.from, keys.to, asked.size(), present);
        int found = 0;
        for (int q = 0; q < asked.size(); q++) {
            boolean parsed = index.forEachMatch(KeyKind.SYMBOL, keys.segment, keys.from[q], keys.to[q], 0, (o, r) -> false) > 0;
            found += parsed ? 1 : 0;
            assertThat(present[q]).as("symbol '%s' in a batch", asked.get(q)).isEqualTo(parsed);
            assertThat(master.hasSymbol(keys.segment, keys.from[q], keys.to[q])).as("symbol '%s' alone", asked.get(q))
                    .isEqualTo(parsed);
        }
        assertThat(found).as("symbols found").isGreaterThan(1_000);
        assertThat(found).as("and some not").isLessThan(asked.size());
    }

    private static List<String> texts(byte[][] symbols) {
        return Arrays.stream(symbols).map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private static String cusip(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> randomOf(random, CUSIP_CHARACTERS, 8) + "-"; // no code: read from the record
            case 1 -> randomOf(random, "0123456789", 8);
            default -> randomOf(random, CUSIP_CHARACTERS, 9);
        };
    }

    private static String isin(SplittableRandom random) {
        return random.nextInt(4) == 0 ? randomOf(random, "0123456789", 12)
                : randomOf(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + randomOf(random, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10);
    }

    private static String randomOf(SplittableRandom random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Keys side by side in one segment, as a log holds them. */
    private static final class Keys {
        final MemorySegment segment;
        final long[] from;
        final long[] to;

        Keys(List<String> keys) {
            from = new long[keys.size()];
            to = new long[keys.size()];
            StringBuilder all = new StringBuilder();
            int at = 0;
            for (int i = 0; i < keys.size(); i++) {
                byte[] b = keys.get(i).getBytes(StandardCharsets.UTF_8);
                from[i] = at;
                to[i] = at + b.length;
                at += b.length + 1;
                all.append(keys.get(i)).append('\u0001');
            }
            segment = MemorySegment.ofArray(all.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
