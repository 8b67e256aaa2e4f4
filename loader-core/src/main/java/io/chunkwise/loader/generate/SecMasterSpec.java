package io.chunkwise.loader.generate;

/**
 * What {@link SecMasterGenerator} makes: a row count or a size, a seed, and how many quoted
 * fields, duplicate CUSIPs, invalid check digits and shared symbols to plant. The bytes depend on
 * the rows, the seed and the rates only — never on {@code workers} or {@code blockRows}.
 *
 * @param rows the number of data rows, or {@code -1} when {@code maxBytes} decides
 * @param maxBytes the file size not to exceed (rows are added while they fit), or {@code -1}
 * @param seed the seed: same seed, same bytes
 * @param workers threads generating blocks of rows in parallel, at least 1
 * @param blockRows rows per unit of parallel work, at least 1
 * @param quoteRate fraction of all fields that need quoting (embedded commas, doubled quotes,
 *     LF and CRLF line breaks in names), in [0, 1]
 * @param duplicateRate fraction of rows repeating an earlier row's CUSIP and ISIN, in [0, 1]
 * @param invalidCheckDigitRate fraction of rows with a wrong CUSIP or ISIN check digit, in [0, 1]
 * @param sharedSymbolRate fraction of rows that are another issuer's listing on a second
 *     exchange (same symbol and name, new CUSIP), in [0, 1]
 */
public record SecMasterSpec(long rows, long maxBytes, long seed, int workers, int blockRows, double quoteRate,
        double duplicateRate, double invalidCheckDigitRate, double sharedSymbolRate) {
    /** The highest quote rate: 2 of the 21 fields (name, description) can need quoting. */
    public static final double MAX_QUOTE_RATE = 2.0 / 21;
    /** The most rows one file can hold with unique CUSIPs (the generator's CUSIP space is 2^35). */
    public static final long MAX_ROWS = 1L << 35;
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The default fraction of fields that need quoting. */
    public static final double DEFAULT_QUOTE_RATE = 0.01;
    /** The default fraction of rows listed on a second exchange under the same symbol. */
    public static final double DEFAULT_SHARED_SYMBOL_RATE = 0.05;
    private static final int DEFAULT_BLOCK_ROWS = 4096;
    private static final int MAX_BLOCK_ROWS = 1 << 20;

    /** Checks every parameter, naming the bad one. */
    public SecMasterSpec {
        if ((rows < 0) == (maxBytes < 0)) {
            throw new IllegalArgumentException("give either a row count or a size (rows=" + rows + ", size=" + maxBytes + ")");
        }
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows can have unique CUSIPs: " + rows);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (blockRows < 1 || blockRows > MAX_BLOCK_ROWS) {
            throw new IllegalArgumentException("block rows must be between 1 and " + MAX_BLOCK_ROWS + ": " + blockRows);
        }
        rate("quote rate", quoteRate);
        if (quoteRate > MAX_QUOTE_RATE) {
            throw new IllegalArgumentException("quote rate " + quoteRate + ": only 2 of a row's 21 fields (name, "
                    + "description) can need quoting, so the rate is at most 2/21 (" + MAX_QUOTE_RATE + ")");
        }
        rate("duplicate rate", duplicateRate);
        rate("invalid check digit rate", invalidCheckDigitRate);
        rate("shared symbol rate", sharedSymbolRate);
        if (duplicateRate + invalidCheckDigitRate > 1) {
            throw new IllegalArgumentException("duplicate rate + invalid check digit rate exceed 1");
        }
    }

    /**
     * @param rows the number of data rows, at least 0
     * @return a spec with the defaults
     * @throws IllegalArgumentException when rows is negative
     */
    public static SecMasterSpec ofRows(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows cannot be negative: " + rows);
        }
        return new SecMasterSpec(rows, -1, DEFAULT_SEED, defaultWorkers(), DEFAULT_BLOCK_ROWS, DEFAULT_QUOTE_RATE,
                0, 0, DEFAULT_SHARED_SYMBOL_RATE);
    }

    /**
     * @param maxBytes the size not to exceed (the header is always written)
     * @return a spec with the defaults
     * @throws IllegalArgumentException when the size is negative
     */
    public static SecMasterSpec ofSize(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + maxBytes);
        }
        return new SecMasterSpec(-1, maxBytes, DEFAULT_SEED, defaultWorkers(), DEFAULT_BLOCK_ROWS, DEFAULT_QUOTE_RATE,
                0, 0, DEFAULT_SHARED_SYMBOL_RATE);
    }

    /**
     * @param s the seed
     * @return a copy with this seed
     */
    public SecMasterSpec withSeed(long s) {
        return new SecMasterSpec(rows, maxBytes, s, workers, blockRows, quoteRate, duplicateRate,
                invalidCheckDigitRate, sharedSymbolRate);
    }

    /**
     * @param n worker threads
     * @return a copy with this many workers
     */
    public SecMasterSpec withWorkers(int n) {
        return new SecMasterSpec(rows, maxBytes, seed, n, blockRows, quoteRate, duplicateRate,
                invalidCheckDigitRate, sharedSymbolRate);
    }

    /**
     * @param n rows per block
     * @return a copy with this block size
     */
    public SecMasterSpec withBlockRows(int n) {
        return new SecMasterSpec(rows, maxBytes, seed, workers, n, quoteRate, duplicateRate,
                invalidCheckDigitRate, sharedSymbolRate);
    }

    /**
     * @param r fraction of fields needing quotes
     * @return a copy with this rate
     */
    public SecMasterSpec withQuoteRate(double r) {
        return new SecMasterSpec(rows, maxBytes, seed, workers, blockRows, r, duplicateRate,
                invalidCheckDigitRate, sharedSymbolRate);
    }

    /**
     * @param r fraction of duplicate rows
     * @return a copy with this rate
     */
    public SecMasterSpec withDuplicateRate(double r) {
        return new SecMasterSpec(rows, maxBytes, seed, workers, blockRows, quoteRate, r,
                invalidCheckDigitRate, sharedSymbolRate);
    }

    /**
     * @param r fraction of rows with a wrong check digit
     * @return a copy with this rate
     */
    public SecMasterSpec withInvalidCheckDigitRate(double r) {
        return new SecMasterSpec(rows, maxBytes, seed, workers, blockRows, quoteRate, duplicateRate, r,
                sharedSymbolRate);
    }

    /**
     * @param r fraction of second listings
     * @return a copy with this rate
     */
    public SecMasterSpec withSharedSymbolRate(double r) {
        return new SecMasterSpec(rows, maxBytes, seed, workers, blockRows, quoteRate, duplicateRate,
                invalidCheckDigitRate, r);
    }

    /** @return the number of processors, the default worker count */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
        }
    }
}
