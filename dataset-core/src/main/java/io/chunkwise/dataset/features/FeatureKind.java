package io.chunkwise.dataset.features;

import java.util.Locale;

/** The features a spec can name, with whether they take a period and how long they warm up. */
public enum FeatureKind {
    /** Simple return of the close. */
    RET("ret", false),
    /** Log return of the close. */
    LOGRET("logret", false),
    /** Rolling volatility of log returns. */
    VOL("vol", true),
    /** Simple moving average of the close. */
    SMA("sma", true),
    /** Exponential moving average of the close. */
    EMA("ema", true),
    /** Wilder's relative strength index. */
    RSI("rsi", true),
    /** Wilder's average true range. */
    ATR("atr", true),
    /** Bollinger band width (±2σ), percent of the mean. */
    BB("bb", true),
    /** Z-score of the close in its rolling window. */
    Z("z", true);

    private final String token;
    private final boolean periodic;

    FeatureKind(String token, boolean periodic) {
        this.token = token;
        this.periodic = periodic;
    }

    /** @return the name used in specs, e.g. {@code vol} */
    public String token() {
        return token;
    }

    /** @return whether the spec must give a period ({@code vol:20}) */
    public boolean periodic() {
        return periodic;
    }

    static FeatureKind of(String token) {
        for (FeatureKind k : values()) {
            if (k.token.equals(token.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
