package io.chunkwise.dataset.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.bars.BarChunk;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandWidthIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/** Our column-wise kernels, fed in odd-sized chunks, against ta4j 0.17 as an independent oracle. */
class FeaturesTa4jTest {
    private static final int ROWS = 600;

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, ROWS})
    void everyFeatureMatchesTa4jForAnyChunking(int chunk) {
        BarChunk all = TestBars.series(ROWS, 42);
        FeatureSpec spec = FeatureSpec.parse("ret,logret,vol:20,sma:10,ema:12,rsi:14,atr:14,bb:20,z:20");
        double[][] ours = compute(spec, all, chunk);

        BarSeries series = series(all, false);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        BarSeries logReturns = series(all, true);
        Indicator<Num> vol = new StandardDeviationIndicator(new ClosePriceIndicator(logReturns), 20);
        SMAIndicator sma10 = new SMAIndicator(close, 10);
        EMAIndicator ema = new EMAIndicator(close, 12);
        RSIIndicator rsi = new RSIIndicator(close, 14);
        ATRIndicator atr = new ATRIndicator(series, 14);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator sd20 = new StandardDeviationIndicator(close, 20);
        Num two = DoubleNum.valueOf(2);
        BollingerBandWidthIndicator bb = new BollingerBandWidthIndicator(
                new BollingerBandsUpperIndicator(middle, sd20, two), middle,
                new BollingerBandsLowerIndicator(middle, sd20, two));
        SMAIndicator sma20 = new SMAIndicator(close, 20);

        double[] c = all.close();
        for (int i = spec.warmup(); i < ROWS; i++) {
            assertThat(ours[0][i]).as("ret@%d", i).isCloseTo(c[i] / c[i - 1] - 1, within(1e-12));
            assertThat(ours[1][i]).as("logret@%d", i).isCloseTo(Math.log(c[i] / c[i - 1]), within(1e-12));
            assertThat(ours[2][i]).as("vol@%d", i).isCloseTo(vol.getValue(i - 1).doubleValue(), within(1e-10));
            assertThat(ours[3][i]).as("sma@%d", i).isCloseTo(sma10.getValue(i).doubleValue(), within(1e-10));
            assertThat(ours[4][i]).as("ema@%d", i).isCloseTo(ema.getValue(i).doubleValue(), within(1e-10));
            assertThat(ours[5][i]).as("rsi@%d", i).isCloseTo(rsi.getValue(i).doubleValue(), within(1e-7));
            assertThat(ours[6][i]).as("atr@%d", i).isCloseTo(atr.getValue(i).doubleValue(), within(1e-10));
            assertThat(ours[7][i]).as("bb@%d", i).isCloseTo(bb.getValue(i).doubleValue(), within(1e-7));
            double z = (c[i] - sma20.getValue(i).doubleValue()) / sd20.getValue(i).doubleValue();
            assertThat(ours[8][i]).as("z@%d", i).isCloseTo(z, within(1e-7));
        }
    }

    private static double[][] compute(FeatureSpec spec, BarChunk all, int chunk) {
        int n = spec.features().size();
        double[][] out = new double[n][all.size()];
        FeatureComputer fc = new FeatureComputer(spec, chunk);
        BarChunk part = new BarChunk(chunk);
        for (int from = 0; from < all.size(); from += chunk) {
            part.clear();
            for (int i = from; i < Math.min(all.size(), from + chunk); i++) {
                part.add(all.time()[i], all.open()[i], all.high()[i], all.low()[i], all.close()[i], all.volume()[i]);
            }
            fc.compute(part);
            for (int f = 0; f < n; f++) {
                System.arraycopy(fc.column(f), 0, out[f], from, part.size());
            }
        }
        return out;
    }

    /** The bars as a ta4j series; with {@code logReturns}, a series whose close is the log return (from row 1). */
    private static BarSeries series(BarChunk c, boolean logReturns) {
        BarSeries s = new BaseBarSeriesBuilder().withName("t").withNumTypeOf(DoubleNum::valueOf).build();
        for (int i = logReturns ? 1 : 0; i < c.size(); i++) {
            ZonedDateTime end = ZonedDateTime.ofInstant(Instant.ofEpochMilli(c.time()[i]), ZoneOffset.UTC);
            if (logReturns) {
                double r = Math.log(c.close()[i] / c.close()[i - 1]);
                s.addBar(end, r, r, r, r, 0);
            } else {
                s.addBar(end, c.open()[i], c.high()[i], c.low()[i], c.close()[i], c.volume()[i]);
            }
        }
        return s;
    }
}
