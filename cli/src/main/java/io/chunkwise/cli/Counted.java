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
        return Decimals.grouped(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
