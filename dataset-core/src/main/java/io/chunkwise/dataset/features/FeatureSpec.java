package io.chunkwise.dataset.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed feature spec such as {@code ret,logret,vol:20,ema:12,rsi:14,atr:14}.
 *
 * @param features the features, in spec order (the cache's column order)
 */
public record FeatureSpec(List<Feature> features) {
    /** The spec used when none is given. */
    public static final String DEFAULT = "ret,logret,vol:20,ema:12,rsi:14,atr:14";

    /** Copies the list. */
    public FeatureSpec {
        features = List.copyOf(features);
    }

    /**
     * Parses a spec.
     *
     * @param spec comma-separated {@code name} or {@code name:period}
     * @return the spec
     * @throws IllegalArgumentException naming the bad item
     */
    public static FeatureSpec parse(String spec) {
        List<Feature> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : spec.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("empty item in feature spec '" + spec + "'");
            }
            int colon = item.indexOf(':');
            String name = colon < 0 ? item : item.substring(0, colon);
            FeatureKind kind = FeatureKind.of(name);
            if (kind == null) {
                throw new IllegalArgumentException("unknown feature '" + name + "' in spec '" + spec
                        + "' (known: ret, logret, vol:N, sma:N, ema:N, rsi:N, atr:N, bb:N, z:N)");
            }
            int period = 0;
            if (colon >= 0) {
                try {
                    period = Integer.parseInt(item.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad period in feature '" + item + "'", e);
                }
                if (period < 1 || period > 100_000) {
                    throw new IllegalArgumentException("period out of range 1..100000 in feature '" + item + "'");
                }
            }
            Feature f = new Feature(kind, period);
            if (!seen.add(f.column())) {
                throw new IllegalArgumentException("feature '" + item + "' given twice in spec '" + spec + "'");
            }
            out.add(f);
        }
        return new FeatureSpec(out);
    }

    /** @return rows to drop at the start so that every feature is defined and stable */
    public int warmup() {
        return features.stream().mapToInt(Feature::warmup).max().orElse(0);
    }

    /** @return the feature column names, in order */
    public List<String> columns() {
        return features.stream().map(Feature::column).toList();
    }

    @Override
    public String toString() {
        return String.join(",", features.stream()
                .map(f -> f.kind().periodic() ? f.kind().token() + ":" + f.period() : f.kind().token())
                .toList());
    }
}
