package io.chunkwise.dataset.features;

/**
 * One feature of a spec: its kind and period (0 when it takes none).
 *
 * @param kind what to compute
 * @param period the window in bars, or 0
 */
public record Feature(FeatureKind kind, int period) {

    /** Validates the period. */
    public Feature {
        if (kind.periodic() && period < 1) {
            throw new IllegalArgumentException("feature " + kind.token() + " needs a period ≥ 1, e.g. "
                    + kind.token() + ":14");
        }
        if (!kind.periodic() && period != 0) {
            throw new IllegalArgumentException("feature " + kind.token() + " takes no period");
        }
    }

    /** @return the column name in the cache, e.g. {@code vol_20} */
    public String column() {
        return kind.periodic() ? kind.token() + "_" + period : kind.token();
    }

    /** @return leading rows whose value is undefined or still unstable, dropped from the cache */
    public int warmup() {
        return switch (kind) {
            case RET, LOGRET -> 1;
            case SMA, BB, Z -> period - 1;
            case VOL, EMA, RSI, ATR -> period;
        };
    }

    /** @return a fresh stateful kernel computing this feature */
    public FeatureKernel newKernel() {
        return switch (kind) {
            case RET -> new ReturnKernel(false);
            case LOGRET -> new ReturnKernel(true);
            case VOL -> new VolatilityKernel(period);
            case SMA -> new BandKernel(period, BandKernel.Output.SMA);
            case BB -> new BandKernel(period, BandKernel.Output.BOLLINGER_WIDTH);
            case Z -> new BandKernel(period, BandKernel.Output.ZSCORE);
            case EMA -> new EmaKernel(period);
            case RSI -> new RsiKernel(period);
            case ATR -> new AtrKernel(period);
        };
    }
}
