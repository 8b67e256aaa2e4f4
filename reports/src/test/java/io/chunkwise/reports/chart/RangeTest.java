package io.chunkwise.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeTest {
    @Test
    void roundsOutwardOnOneTwoFiveSteps() {
        Range r = Range.around(new double[] {3, 47}, true);
        assertThat(r.min()).isZero();
        assertThat(r.max()).isEqualTo(50);
        Range shifted = Range.around(new double[] {103, 147}, false);
        assertThat(shifted.min()).isEqualTo(100);
        assertThat(shifted.max()).isEqualTo(150);
    }

    @Test
    void aSingleValueStillGivesARange() {
        Range r = Range.around(new double[] {7}, true);
        assertThat(r.min()).isZero();
        assertThat(r.max()).isGreaterThanOrEqualTo(7);
        Range zero = Range.around(new double[] {0}, true);
        assertThat(zero.max()).isPositive();
    }

    @Test
    void logRangeSpansDecades() {
        Range r = Range.logAround(new double[] {3e6, 2e9, 0});
        assertThat(r.min()).isEqualTo(1e6, within(1e-3));
        assertThat(r.max()).isEqualTo(1e10, within(1.0));
    }

    @Test
    void niceSteps() {
        assertThat(Range.niceStep(0.7)).isEqualTo(1);
        assertThat(Range.niceStep(1.3)).isEqualTo(2);
        assertThat(Range.niceStep(3)).isEqualTo(5);
        assertThat(Range.niceStep(7)).isEqualTo(10);
    }

    @Test
    void labelsOnlyRoundSteps() {
        Range r = new Range(0, 6);
        assertThat(r.labelStep()).isEqualTo(1);
        assertThat(r.isLabelled(4.0000000001, 1)).isTrue();
        assertThat(r.isLabelled(4.2, 1)).isFalse();
    }

    @Test
    void noDataIsAnError() {
        assertThatThrownBy(() -> Range.around(new double[] {Double.NaN}, true)).isInstanceOf(NoChartDataException.class);
        assertThatThrownBy(() -> Range.logAround(new double[] {0, -1})).isInstanceOf(NoChartDataException.class);
        assertThatThrownBy(() -> new ChartSeries("mmap", new double[0], new double[0], ChartSeries.Style.LINE))
                .isInstanceOf(NoChartDataException.class).hasMessageContaining("no data for series 'mmap'");
        assertThatThrownBy(() -> ChartSpec.scaled("Throughput", "x", "y", List.of(), List.of(), false))
                .isInstanceOf(NoChartDataException.class).hasMessageContaining("no data for chart 'Throughput'");
    }
}
