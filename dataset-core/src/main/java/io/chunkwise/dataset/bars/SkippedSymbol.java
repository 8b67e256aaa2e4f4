package io.chunkwise.dataset.bars;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An instrument whose rows were skipped because another symbol was chosen ({@code --symbol EURUSD}),
 * and how many. Symbols are compared as written: {@code eurusd} and {@code EUR/USD} are others than
 * {@code EURUSD}, and naming them with their counts shows such a near miss.
 *
 * @param symbol the instrument field as written in the file (stripped of surrounding spaces)
 * @param rows the rows of it skipped
 */
public record SkippedSymbol(String symbol, long rows) {

    /**
     * Names skipped symbols with their counts, for a summary: {@code GBPUSD 100, eurusd 20}, and
     * {@code … 7 more} for the rows of symbols beyond those named (only the first few are kept).
     *
     * @param named the symbols kept, in file order
     * @param skipped every row skipped, named or not
     * @return the list, e.g. {@code GBPUSD 100, eurusd 20, … 7 more}
     */
    public static String describe(List<SkippedSymbol> named, long skipped) {
        long rest = skipped - named.stream().mapToLong(SkippedSymbol::rows).sum();
        return named.stream().map(s -> String.format(Locale.ROOT, "%s %,d", s.symbol(), s.rows()))
                .collect(Collectors.joining(", "))
                + (rest > 0 ? String.format(Locale.ROOT, "%s… %,d more", named.isEmpty() ? "" : ", ", rest) : "");
    }
}
