package io.chunkwise.cli;

/** A count and its noun for people: {@code 1 message}, {@code 2,000 messages}. */
public final class Counted {
    private Counted() {
    }

    /**
     * @param n the count
     * @param noun the noun in the singular, whose plural adds an {@code s}
     * @return e.g. {@code 1 record}, {@code 0 records}, {@code 2,846,141 records}
     */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /**
     * @param n the count
     * @param noun the noun in the singular
     * @param plural its plural, e.g. {@code batches}
     * @return e.g. {@code 1 batch}, {@code 0 batches}, {@code 2,846 batches}
     */
    public static String of(long n, String noun, String plural) {
        return Decimals.grouped(n) + " " + (n == 1 ? noun : plural);
    }
}
