package io.chunkwise.dataset.generate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A currency pair's simulation parameters: a typical price level, annualised volatility (in line
 * with realised vols of recent years), quote decimals, and tick volume per minute.
 *
 * @param name e.g. {@code EURUSD}
 * @param initialPrice the first open
 * @param annualVolatility annualised volatility of log returns, e.g. 0.07 for 7%
 * @param decimals price decimals (5 for most pairs, 3 for JPY crosses)
 * @param volumePerMinute mean tick volume of a one-minute bar
 */
public record FxPair(String name, double initialPrice, double annualVolatility, int decimals,
        double volumePerMinute) {

    /** The pairs {@link #of} knows. */
    public static final List<FxPair> KNOWN = List.of(
            new FxPair("EURUSD", 1.0850, 0.070, 5, 90),
            new FxPair("GBPUSD", 1.2700, 0.080, 5, 70),
            new FxPair("USDJPY", 148.50, 0.090, 3, 80),
            new FxPair("USDCHF", 0.8800, 0.075, 5, 40),
            new FxPair("AUDUSD", 0.6600, 0.100, 5, 50),
            new FxPair("USDCAD", 1.3500, 0.060, 5, 45),
            new FxPair("NZDUSD", 0.6100, 0.100, 5, 30),
            new FxPair("EURGBP", 0.8600, 0.055, 5, 35),
            new FxPair("EURJPY", 160.50, 0.090, 3, 55),
            new FxPair("GBPJPY", 188.00, 0.105, 3, 45));

    /**
     * @param name a pair, case-insensitive, e.g. {@code eurusd}
     * @return its parameters
     * @throws IllegalArgumentException naming the known pairs when the pair is not one of them
     */
    public static FxPair of(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return KNOWN.stream().filter(p -> p.name.equals(upper)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown pair '" + name + "'; known: "
                        + KNOWN.stream().map(FxPair::name).collect(Collectors.joining(", "))));
    }
}
