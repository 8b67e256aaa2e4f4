package io.chunkwise.loader.generate;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.KeyHash;
import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;
import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.KeyKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a FIX log generator needs from a security master, read in two sequential passes with the
 * loader's CSV reader (so memory depends on the sample size, not on the master):
 *
 * <ol>
 *   <li>a reservoir sample of records (CUSIP, ISIN, symbol);</li>
 *   <li>for each sampled identifier, every symbol the master gives it (duplicates included), and
 *       which generated "unknown" identifiers and symbols the master happens to contain.</li>
 * </ol>
 *
 * <p>Only identifiers with exactly one distinct, non-empty symbol are offered as references, so
 * "the master's symbol" is never ambiguous; unknown values are absent from their whole column.
 * Columns are found as the index finds them ({@link KeyColumns}); values compare as exact bytes.
 */
final class MasterSample {
    /** How many records the reservoir keeps. */
    static final int SAMPLE = 1 << 16;
    private static final int UNKNOWN_CANDIDATES = 512;
    private static final byte[] LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);

    /** An identifier usable as a reference, and its one master symbol. */
    record IdRef(byte[] id, byte[] symbol) {
    }

    final List<IdRef> cusips;
    final List<IdRef> isins;
    final List<byte[]> symbols;
    final List<byte[]> unknownCusips;
    final List<byte[]> unknownIsins;
    final List<byte[]> unknownSymbols;
    final long masterRecords;

    private MasterSample(List<IdRef> cusips, List<IdRef> isins, List<byte[]> symbols, List<byte[]> unknownCusips,
            List<byte[]> unknownIsins, List<byte[]> unknownSymbols, long masterRecords) {
        this.cusips = cusips;
        this.isins = isins;
        this.symbols = symbols;
        this.unknownCusips = unknownCusips;
        this.unknownIsins = unknownIsins;
        this.unknownSymbols = unknownSymbols;
        this.masterRecords = masterRecords;
    }

    /**
     * Reads a master.
     *
     * @param master the security master CSV
     * @param format its dialect
     * @param names key columns named explicitly (absent keys: found by their usual header names)
     * @param seed drives the sample and the unknown values
     * @return the sample
     * @throws IllegalArgumentException when the master has no symbol column or no usable symbol
     * @throws io.chunkwise.loader.csv.CsvParseException when a named column is missing, or the master
     *     has no data records after its header
     */
    static MasterSample read(Path master, CsvFormat format, Map<KeyKind, String> names, long seed) {
        try (CsvReader reader = CsvReader.open(master, format)) {
            // a symbol column is needed even when an identifier column would do for an index
            if (!names.containsKey(KeyKind.SYMBOL)
                    && reader.header().find(KeyKind.SYMBOL.headerNames().toArray(String[]::new)).isEmpty()) {
                // a FIX log given as the master has a message for a header: naming a column would not help
                throw new IllegalArgumentException(master + ": the security master has no symbol column (looked for "
                        + KeyKind.SYMBOL.headerNames() + " in " + reader.header().describe() + "): "
                        + (reader.header().looksLikeFixMessage() ? "the first line holds a FIX message (8=FIX): a FIX log, not a"
                                + " security master" : reader.delimiterHint().orElse("name the symbol column explicitly")));
            }
            KeyColumns columns = KeyColumns.resolve(master.toString(), reader.header(), names);
            int symbolColumn = columns.column(KeyKind.SYMBOL);
            byte[][][] sample = new byte[SAMPLE][][];
            SplitMix64 random = new SplitMix64(0).reset(seed, 0x5A_4D_50L);
            long[] seen = new long[1];
            CsvReader.Counts counts = reader.forEach(r -> {
                long k = seen[0]++;
                int slot = k < SAMPLE ? (int) k : (int) Math.min(random.nextLong(k + 1), SAMPLE);
                if (slot < SAMPLE) {
                    sample[slot] = new byte[][] {
                        idKey(r, columns.column(KeyKind.CUSIP)), idKey(r, columns.column(KeyKind.ISIN)),
                        symbolKey(r, symbolColumn)};
                }
            }, reject -> { });
            if (counts.records() + counts.rejected() == 0) {
                // in the loaders' words, at the line where the records would start
                throw new CsvParseException(master.toString(), reader.header().dataLine(), reader.header().dataStart(),
                        "no data records after the header row");
            }
            return resolve(reader, columns, sample, (int) Math.min(seen[0], SAMPLE), seen[0], random, master);
        }
    }

    private static MasterSample resolve(CsvReader reader, KeyColumns columns, byte[][][] sample, int size,
            long records, SplitMix64 random, Path master) {
        Candidates cusipIds = new Candidates();
        Candidates isinIds = new Candidates();
        List<byte[]> symbols = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            byte[][] s = sample[i];
            if (s[2] != null && fixSafe(s[2])) {
                symbols.add(s[2]);
                if (s[0] != null && fixSafe(s[0])) {
                    cusipIds.add(s[0]);
                }
                if (s[1] != null && fixSafe(s[1])) {
                    isinIds.add(s[1]);
                }
            }
        }
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException(master + ": the security master has no record with a usable symbol ("
                    + records + " records)");
        }
        Candidates unknownCusips = new Candidates();
        Candidates unknownIsins = new Candidates();
        Candidates unknownSymbols = new Candidates();
        byte[] base = new byte[Isin.BASE_LENGTH];
        for (int i = 0; i < UNKNOWN_CANDIDATES; i++) {
            for (int j = 0; j < Cusip.BASE_LENGTH; j++) {
                base[j] = ALPHANUMERIC[random.nextInt(j < 3 ? 10 : 36)];
            }
            byte[] cusip = Arrays.copyOf(base, Cusip.LENGTH);
            cusip[Cusip.BASE_LENGTH] = Cusip.checkDigit(cusip, 0);
            unknownCusips.add(cusip);
            base[0] = 'U';
            base[1] = 'S';
            for (int j = 2; j < Isin.BASE_LENGTH; j++) {
                base[j] = ALPHANUMERIC[random.nextInt(j < 5 ? 10 : 36)];
            }
            byte[] isin = Arrays.copyOf(base, Isin.LENGTH);
            isin[Isin.BASE_LENGTH] = Isin.checkDigit(isin, 0);
            unknownIsins.add(isin);
            byte[] symbol = new byte[4 + random.nextInt(3)];
            for (int j = 0; j < symbol.length; j++) {
                symbol[j] = LETTERS[random.nextInt(26)];
            }
            unknownSymbols.add(symbol);
        }

        int cusipColumn = columns.column(KeyKind.CUSIP);
        int isinColumn = columns.column(KeyKind.ISIN);
        int symbolColumn = columns.column(KeyKind.SYMBOL);
        reader.forEach(r -> {
            byte[] symbol = null;
            byte[] cusip = idKey(r, cusipColumn);
            if (cusip != null) {
                long h = KeyHash.of(cusip);
                symbol = cusipIds.observe(cusip, h, r, symbol, symbolColumn);
                unknownCusips.observe(cusip, h, r, null, -1);
            }
            byte[] isin = idKey(r, isinColumn);
            if (isin != null) {
                long h = KeyHash.of(isin);
                isinIds.observe(isin, h, r, symbol, symbolColumn);
                unknownIsins.observe(isin, h, r, null, -1);
            }
            if (!r.isEmpty(symbolColumn)) {
                byte[] key = r.keyBytes(symbolColumn);
                unknownSymbols.observe(key, KeyHash.of(key), r, null, -1);
            }
        }, reject -> { });
        // an id the master has no column for is not unknown to reconcile (it checks the symbol instead)
        return new MasterSample(cusipIds.unambiguous(), isinIds.unambiguous(), symbols,
                cusipColumn < 0 ? List.of() : unknownCusips.absent(), isinColumn < 0 ? List.of() : unknownIsins.absent(),
                unknownSymbols.absent(), records);
    }

    /**
     * A symbol in the normal form reconcile compares ({@code AAPL } is {@code AAPL}): one of only
     * blanks ({@code 55=   } in a log) is absent to reconcile, so it is no usable symbol either.
     *
     * @return the key, or null when the value is blank
     */
    private static byte[] symbolKey(CsvRecord r, int column) {
        if (column < 0 || r.isEmpty(column)) {
            return null;
        }
        byte[] key = r.keyBytes(column);
        return key.length == 0 ? null : key;
    }

    /**
     * A CUSIP or ISIN in the normal form reconcile looks it up in (trimmed, {@code ="…"} unwrapped,
     * upper case), so that spellings of one identifier ({@code 38259p508}, {@code  38259P508 }) are
     * one candidate and its symbols across them are seen: else a planted mismatch could name a
     * symbol another spelling's record holds, which reconcile rightly finds no mismatch.
     *
     * @return the key, or null when the column is absent or the value blank
     */
    private static byte[] idKey(CsvRecord r, int column) {
        if (column < 0 || r.isEmpty(column)) {
            return null;
        }
        byte[] key = r.keyBytes(column);
        for (int i = 0; i < key.length; i++) {
            key[i] = KeyHash.upperCase(key[i]);
        }
        return key.length == 0 ? null : key;
    }

    /** A value can go into a FIX field as is: no control characters, no {@code |} (a log delimiter). */
    private static boolean fixSafe(byte[] value) {
        for (byte b : value) {
            if ((b & 0xFF) < 0x20 || b == 0x7F || b == '|') {
                return false;
            }
        }
        return true;
    }

    /**
     * Values looked for in the master by hash then exact bytes, each collecting the symbols of the
     * records that hold it (for identifiers) or whether any record holds it (for unknowns).
     */
    private static final class Candidates {
        private final Map<Long, List<Candidate>> byHash = new HashMap<>();
        private final List<Candidate> all = new ArrayList<>();

        void add(byte[] value) {
            List<Candidate> bucket = byHash.computeIfAbsent(KeyHash.of(value), h -> new ArrayList<>(1));
            for (Candidate c : bucket) {
                if (Arrays.equals(c.value, value)) {
                    return;
                }
            }
            Candidate c = new Candidate(value);
            bucket.add(c);
            all.add(c);
        }

        /**
         * Notes that record {@code r} holds {@code key} (hash {@code h}), a value in its normal form.
         *
         * @return the record's symbol bytes when they were decoded here (else {@code known})
         */
        byte[] observe(byte[] key, long h, CsvRecord r, byte[] known, int symbolColumn) {
            List<Candidate> bucket = byHash.get(h);
            if (bucket == null) {
                return known;
            }
            byte[] symbol = known;
            for (Candidate c : bucket) {
                if (!Arrays.equals(key, c.value)) {
                    continue;
                }
                c.present = true;
                if (symbolColumn >= 0) {
                    if (symbol == null) {
                        symbol = r.isEmpty(symbolColumn) ? new byte[0] : r.keyBytes(symbolColumn);
                    }
                    if (c.symbol == null) {
                        c.symbol = symbol;
                    } else if (!Arrays.equals(c.symbol, symbol)) {
                        c.ambiguous = true;
                    }
                }
            }
            return symbol;
        }

        List<IdRef> unambiguous() {
            List<IdRef> out = new ArrayList<>();
            for (Candidate c : all) {
                if (c.present && !c.ambiguous && c.symbol != null && c.symbol.length > 0 && fixSafe(c.symbol)) {
                    out.add(new IdRef(c.value, c.symbol));
                }
            }
            return List.copyOf(out);
        }

        List<byte[]> absent() {
            List<byte[]> out = new ArrayList<>();
            for (Candidate c : all) {
                if (!c.present) {
                    out.add(c.value);
                }
            }
            return List.copyOf(out);
        }
    }

    private static final class Candidate {
        final byte[] value;
        boolean present;
        boolean ambiguous;
        byte[] symbol;

        Candidate(byte[] value) {
            this.value = value;
        }
    }
}
