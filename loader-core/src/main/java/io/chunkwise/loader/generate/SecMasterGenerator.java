package io.chunkwise.loader.generate;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Generates a synthetic security master CSV: 21 columns ({@code cusip,isin,symbol,name,exchange,
 * currency,country,security_type,…}), about 400 bytes a row, CUSIPs unique and ISINs derived from
 * them with valid check digits, symbols shared by second listings on other exchanges, and a
 * chosen fraction of fields that need RFC 4180 quoting (commas, doubled quotes, LF and CRLF inside
 * names). Duplicate CUSIPs and wrong check digits can be planted for tests.
 *
 * <p>Deterministic: the same {@link SecMasterSpec} (seed, rows or size, rates) gives the same
 * bytes whatever the worker count. Rows end with LF; the header is the first line.
 *
 * {@snippet :
 * SecMasterSummary s = new SecMasterGenerator(SecMasterSpec.ofRows(1_000_000).withSeed(7))
 *         .generate(Path.of("secmaster.csv"), bytes -> { });
 * }
 */
public final class SecMasterGenerator {
    private final SecMasterSpec spec;

    /**
     * @param spec what to generate
     */
    public SecMasterGenerator(SecMasterSpec spec) {
        this.spec = spec;
    }

    /** @return the header line, newline included */
    public static String header() {
        return new String(Vocabulary.HEADER, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Writes the file.
     *
     * @param file created or replaced
     * @param progress receives bytes written as deltas, possibly from several threads at once
     * @return rows, bytes, time and what was planted
     * @throws UncheckedIOException when the file cannot be written
     */
    public SecMasterSummary generate(Path file, LongConsumer progress) {
        long start = System.nanoTime();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < spec.workers(); i++) {
            workers.add(new Worker(new SecMasterRows(spec)));
        }
        BlockFileWriter.Written written = new BlockFileWriter(spec.rows(), spec.maxBytes(), spec.blockRows())
                .write(file, Vocabulary.HEADER, workers, progress);
        long duplicates = 0;
        long badCusips = 0;
        long badIsins = 0;
        long quoted = 0;
        for (Worker w : workers) {
            duplicates += w.duplicates;
            badCusips += w.badCusips;
            badIsins += w.badIsins;
            quoted += w.quoted;
        }
        return new SecMasterSummary(written.records(), written.bytes(), System.nanoTime() - start, duplicates,
                badCusips, badIsins, quoted);
    }

    private static final class Worker extends BlockWorker {
        private final SecMasterRows rows;
        private long duplicates;
        private long badCusips;
        private long badIsins;
        private long quoted;

        Worker(SecMasterRows rows) {
            this.rows = rows;
        }

        @Override
        int encode(long index, ByteSink out) {
            return rows.encode(index, out);
        }

        @Override
        void count(int tag) {
            switch (tag & 0xFF) {
                case SecMasterRows.DUPLICATE -> duplicates++;
                case SecMasterRows.BAD_CUSIP -> badCusips++;
                case SecMasterRows.BAD_ISIN -> badIsins++;
                default -> { }
            }
            quoted += tag >>> SecMasterRows.QUOTED_SHIFT;
        }
    }
}
