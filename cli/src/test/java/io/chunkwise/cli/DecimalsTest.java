package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void groupsAsFormatterDoes() {
        long[] edges = {0, 1, -1, 12, 123, 999, 1000, -1000, 999_999, 1_000_000, 2_846_141, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : edges) {
            assertThat(Decimals.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertThat(Decimals.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    @Test
    void roundsAsFormatterDoes() {
        double[] edges = {0, -0.0, 0.005, 0.015, 0.125, 1.005, 2.675, 0.995, 9.995, 99.5, 999.9996, 1e-7, -1e-7, 123456.789,
            1e15 + 0.3, 0.951, -2.5, 9.5, 0.05, 1e20, 4.9e-324, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY};
        for (double v : edges) {
            for (int places = 0; places <= 6; places++) {
                assertThat(Decimals.fixed(v, places)).as("%s to %d places", v, places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
            int places = random.nextInt(7);
            assertThat(Decimals.fixed(v, places)).isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
        }
    }

    @Test
    void refusesPlacesItCannotWrite() {
        assertThatThrownBy(() -> Decimals.fixed(1, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decimals.fixed(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
