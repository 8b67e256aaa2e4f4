package io.chunkwise.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values computed with SciPy (scipy.stats.t, ttest_ind(equal_var=False), linregress). */
class StatisticsTest {
    @Test
    void studentTMatchesReferenceValues() {
        assertThat(StudentT.cdf(2.0, 10)).isCloseTo(0.9633059826146299, within(1e-9));
        assertThat(StudentT.cdf(-1.3, 2.5)).isCloseTo(0.15024339463535416, within(1e-9));
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228138851986274, within(1e-8));
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736174694, within(1e-7));
        assertThat(StudentT.quantile(0.995, 3.7)).isCloseTo(4.8692522532278275, within(1e-7));
        assertThat(StudentT.cdf(0, 4)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void welchTestMatchesScipy() {
        double[] a = {19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0};
        double[] b = {28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6,
            24.3, 20.4, 23.9, 13.3};
        WelchTest w = WelchTest.of(a, b);
        assertThat(w.t()).isCloseTo(2.225512039969852, within(1e-9));
        assertThat(w.df()).isCloseTo(24.524634944257343, within(1e-9));
        assertThat(w.p()).isCloseTo(0.035484530830010394, within(1e-9));
        assertThat(w.hedgesG()).isPositive();
    }

    @Test
    void effectSizeIsHedgesG() {
        // means 10 and 12, both sds 1 (n = 5): d = 2, g = d * (1 - 3 / (4 * 10 - 9))
        double[] a = {8.5, 9.5, 10, 10.5, 11.5};
        double[] b = {10.5, 11.5, 12, 12.5, 13.5};
        double sd = Math.sqrt((1.5 * 1.5 * 2 + 0.5 * 0.5 * 2) / 4);
        assertThat(WelchTest.of(a, b).hedgesG()).isCloseTo(2 / sd * (1 - 3.0 / 31), within(1e-12));
    }

    @Test
    void identicalConstantSamplesAreNotSignificant() {
        WelchTest same = WelchTest.of(new double[] {5, 5, 5}, new double[] {5, 5, 5});
        assertThat(same.p()).isEqualTo(1);
        WelchTest different = WelchTest.of(new double[] {5, 5, 5}, new double[] {6, 6, 6});
        assertThat(different.p()).isZero();
    }

    @Test
    void welchIsTheSameInAnyUnitFromTheTinyToTheHuge() {
        // QA: scores of 1e80 ops/s overflowed the squared variances, df = inf/inf = NaN, and compare failed
        double[] a = {0.99, 1.01, 1.0, 1.005, 0.995};
        double[] b = {0.97, 0.98, 0.975, 0.985, 0.99};
        WelchTest unit = WelchTest.of(a, b);
        for (double scale : new double[] {1e80, 1e300, 1e-300}) {
            WelchTest scaled = WelchTest.of(java.util.Arrays.stream(a).map(v -> v * scale).toArray(),
                    java.util.Arrays.stream(b).map(v -> v * scale).toArray());
            assertThat(scaled.t()).as("t at %s", scale).isCloseTo(unit.t(), within(1e-9));
            assertThat(scaled.df()).as("df at %s", scale).isCloseTo(unit.df(), within(1e-9));
            assertThat(scaled.p()).as("p at %s", scale).isCloseTo(unit.p(), within(1e-9));
            assertThat(scaled.hedgesG()).as("g at %s", scale).isCloseTo(unit.hedgesG(), within(1e-9));
        }
        // a spread so small beside the other sample's level that its variance is subnormal: its square vanishes
        WelchTest tiny = WelchTest.of(new double[] {1, 1, 1}, new double[] {1e-155, 2e-155, 1.5e-155});
        assertThat(tiny.df()).isCloseTo(2, within(1e-9));
        assertThat(tiny.p()).isZero();
    }

    @Test
    void welchNeedsTwoValuesPerSample() {
        assertThatThrownBy(() -> WelchTest.of(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 values");
    }

    @Test
    void leastSquaresWithPredictionBand() {
        LinearFit fit = LinearFit.of(new double[] {1, 2, 3, 4, 5}, new double[] {2.1, 3.9, 6.2, 7.8, 10.1});
        assertThat(fit.slope()).isCloseTo(1.99, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(0.05, within(1e-12));
        assertThat(fit.slopeSe()).isCloseTo(0.059721576223897795, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(0.9986517555689656 * 0.9986517555689656, within(1e-12));
        LinearFit.Prediction p = fit.prediction(10, 0.95);
        assertThat(p.value()).isCloseTo(19.95, within(1e-9));
        assertThat(p.upper() - p.value()).isCloseTo(1.484421595551759, within(1e-7));
        assertThat(fit.slopeInterval(0.95)[1] - fit.slope()).isCloseTo(0.19006070959945842, within(1e-8));
        assertThat(fit.extrapolates(10)).isTrue();
        assertThat(fit.extrapolates(3)).isFalse();
    }

    @Test
    void twoPointsFitButHaveNoBand() {
        LinearFit fit = LinearFit.of(new double[] {1, 3}, new double[] {2, 6});
        assertThat(fit.slope()).isEqualTo(2);
        assertThat(fit.prediction(5, 0.95).hasBand()).isFalse();
        assertThatThrownBy(() -> LinearFit.of(new double[] {2, 2}, new double[] {1, 3}))
                .hasMessageContaining("at least 2 distinct x values");
    }

    @Test
    void growthIsStatedFromTheFit() {
        double mib = 1 << 20;
        double[] sizes = {64 * mib, 256 * mib, 1024 * mib, 4096 * mib};
        GrowthModel bounded = GrowthModel.fit(sizes, new double[] {80 * mib, 82 * mib, 79 * mib, 81 * mib});
        assertThat(bounded.order()).isEqualTo(GrowthModel.Order.CONSTANT);
        GrowthModel linear = GrowthModel.fit(sizes, new double[] {100 * mib, 290 * mib, 1060 * mib, 4150 * mib});
        assertThat(linear.order()).isEqualTo(GrowthModel.Order.LINEAR);
        assertThat(linear.bytesPerInputByte()).isCloseTo(1.0, within(0.05));
        assertThat(linear.statement()).startsWith("O(n): slope 1.0");
        // A significant but tiny slope (a few KiB per GiB) is still bounded memory.
        GrowthModel tiny = GrowthModel.fit(sizes, new double[] {80 * mib, 80.01 * mib, 80.05 * mib, 80.2 * mib});
        assertThat(tiny.order()).isEqualTo(GrowthModel.Order.CONSTANT);
        // Half a byte per input byte above a 500 MiB JVM, measured at 32 to 128 MiB: 9% over the
        // range, but it holds half the input (QA-9 G-1)
        double[] small = {32 * mib, 64 * mib, 128 * mib};
        GrowthModel held = GrowthModel.fit(small, new double[] {516.2 * mib, 531.9 * mib, 564.1 * mib});
        assertThat(held.growthOverRange()).isLessThan(GrowthModel.MATERIAL_GROWTH);
        assertThat(held.order()).isEqualTo(GrowthModel.Order.LINEAR);
        // the same slope from two sizes is untested: held to the share of the range
        assertThat(GrowthModel.fit(new double[] {32 * mib, 64 * mib}, new double[] {516 * mib, 532 * mib}).order())
                .isEqualTo(GrowthModel.Order.CONSTANT);
    }

    @Test
    void memoryLabelledConstantIsPredictedAtItsMeasuredLevelNotExtrapolated() {
        double mib = 1 << 20;
        double[] sizes = {64 * mib, 256 * mib, 1024 * mib, 4096 * mib};
        double target = 100e9;
        // A significant but immaterial slope: the line would reach 80.2 MiB + 4.6 MiB at 100 GB.
        GrowthModel tiny = GrowthModel.fit(sizes, new double[] {80 * mib, 80.01 * mib, 80.05 * mib, 80.2 * mib});
        assertThat(tiny.slopeSignificant()).isTrue();
        assertThat(tiny.fit().predict(target)).isGreaterThan(84 * mib);
        LinearFit.Prediction p = tiny.predict(target, 0.95);
        assertThat(p.value()).isEqualTo(80.2 * mib);
        assertThat(p.upper()).isGreaterThanOrEqualTo(p.value()).isLessThan(81 * mib);
        assertThat(p.lower()).isLessThanOrEqualTo(p.value());
        // Two sizes: any positive slope counts, but growth of 2% over the range is not material.
        GrowthModel two = GrowthModel.fit(new double[] {64 * mib, 256 * mib}, new double[] {600 * mib, 612 * mib});
        assertThat(two.order()).isEqualTo(GrowthModel.Order.CONSTANT);
        assertThat(two.fit().predict(target)).isGreaterThan(6000 * mib);
        assertThat(two.predict(target, 0.95).value()).isEqualTo(612 * mib);
        assertThat(two.predict(target, 0.95).hasBand()).isFalse();
        // O(n) keeps the line.
        GrowthModel linear = GrowthModel.fit(sizes, new double[] {100 * mib, 290 * mib, 1060 * mib, 4150 * mib});
        assertThat(linear.predict(target, 0.95).value()).isCloseTo(linear.fit().predict(target), within(1.0));
    }
}
