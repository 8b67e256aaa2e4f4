package io.chunkwise.dataset.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FxBarsGeneratorTest {
    @TempDir
    Path dir;

    record Bar(Instant time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURUSD", "USDJPY", "GBPJPY"})
    void barsKeepTheirInvariantsAndSkipWeekends(String name) throws IOException {
        FxPair pair = FxPair.of(name);
        Path file = dir.resolve(name + ".csv");
        FxBarsSummary s = new FxBarsGenerator(FxBarsSpec.of(pair, Duration.ofMinutes(1), 30_000)).generate(file, d -> { });
        List<Bar> bars = read(file);
        assertThat(bars).hasSize(30_000);
        assertThat(s.rows()).isEqualTo(30_000);
        assertThat(s.bytes()).isEqualTo(Files.size(file));
        int gaps = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            assertThat(b.high()).isGreaterThanOrEqualTo(b.open().max(b.close()));
            assertThat(b.low()).isLessThanOrEqualTo(b.open().min(b.close())).isPositive();
            assertThat(b.volume()).isPositive();
            assertThat(b.open().scale()).isEqualTo(pair.decimals());
            ZonedDateTime t = b.time().atZone(ZoneOffset.UTC);
            assertThat(isWeekend(t)).as("bar at %s", t).isFalse();
            if (i > 0) {
                Bar p = bars.get(i - 1);
                long step = Duration.between(p.time(), b.time()).toSeconds();
                if (step == 60) {
                    assertThat(b.open()).isEqualTo(p.close());
                } else {
                    gaps++;
                    assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
                    assertThat(t.getHour()).isEqualTo(22);
                    assertThat(Duration.between(p.time(), b.time())).isEqualTo(Duration.ofHours(48).plusMinutes(1));
                }
            }
        }
        assertThat(gaps).as("30,000 minutes span several weekends").isEqualTo(4);
        assertThat(s.first()).isEqualTo(bars.getFirst().time());
        assertThat(s.last()).isEqualTo(bars.getLast().time());
    }

    @Test
    void realisedVolatilityIsNearThePairs() throws IOException {
        FxPair pair = FxPair.of("eurusd");
        Path file = dir.resolve("vol.csv");
        new FxBarsGenerator(FxBarsSpec.of(pair, Duration.ofHours(1), 20_000).withSeed(5)).generate(file, d -> { });
        List<Bar> bars = read(file);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (Bar b : bars) {
            double r = Math.log(b.close().doubleValue() / b.open().doubleValue());
            sum += r;
            sumSq += r * r;
            n++;
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        double annualised = Math.sqrt(variance * 24 * 260);
        assertThat(annualised).isBetween(pair.annualVolatility() * 0.7, pair.annualVolatility() * 1.4);
        // intraday seasonality: London-New York hours are busier than late New York
        double busy = bars.stream().filter(b -> hour(b) == 14).mapToLong(Bar::volume).average().orElseThrow();
        double quiet = bars.stream().filter(b -> hour(b) == 22).mapToLong(Bar::volume).average().orElseThrow();
        assertThat(busy).isGreaterThan(quiet * 2);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        FxBarsSpec spec = FxBarsSpec.of(FxPair.of("GBPUSD"), Duration.ofMinutes(5), 5_000).withSeed(9);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        new FxBarsGenerator(spec).generate(a, d -> { });
        new FxBarsGenerator(spec).generate(b, d -> { });
        new FxBarsGenerator(spec.withSeed(10)).generate(c, d -> { });
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(Files.readAllLines(a).getFirst()).isEqualTo("timestamp,open,high,low,close,volume");
        assertThat(Files.readAllLines(a).get(1)).startsWith("2024-01-07T22:00:00Z,1.27000,");
    }

    @Test
    void dailyBarsAreFiveAWeek() throws IOException {
        Path file = dir.resolve("daily.csv");
        new FxBarsGenerator(FxBarsSpec.of(FxPair.of("USDJPY"), Duration.ofDays(1), 10)).generate(file, d -> { });
        assertThat(read(file).stream().map(b -> b.time().atZone(ZoneOffset.UTC).getDayOfWeek()).toList())
                .containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void zeroRowsIsTheHeader() throws IOException {
        Path file = dir.resolve("none.csv");
        FxBarsSummary s = new FxBarsGenerator(FxBarsSpec.of(FxPair.of("EURUSD"), Duration.ofMinutes(1), 0))
                .generate(file, d -> { });
        assertThat(Files.readString(file)).isEqualTo(FxBarsGenerator.HEADER);
        assertThat(s.first()).isNull();
    }

    @Test
    void badSpecsAreRefusedWithTheReason() {
        FxPair eur = FxPair.of("EURUSD");
        assertThatThrownBy(() -> FxPair.of("EURXYZ")).hasMessageContaining("unknown pair").hasMessageContaining("EURUSD");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofMinutes(1), -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofMillis(500), 1))
                .hasMessage("a bar interval is whole seconds from 1s to 1d: 500ms");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofDays(2), 1))
                .hasMessage("a bar interval is whole seconds from 1s to 1d: 2d");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofHours(25), 1))
                .hasMessage("a bar interval is whole seconds from 1s to 1d: 25h");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofMillis(1500), 1))
                .hasMessage("a bar interval is whole seconds from 1s to 1d: 1500ms");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofMinutes(1), 1)
                .withStart(Instant.parse("2024-01-06T12:00:00Z"))).hasMessageContaining("weekend");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofHours(1), 5000)
                .withStart(Instant.parse("9999-12-26T22:00:00Z"))).hasMessageStartingWith("5,000 bars of 1h from ")
                .hasMessageContaining("past the year 9999");
        assertThatThrownBy(() -> FxBarsSpec.of(eur, Duration.ofDays(1), Long.MAX_VALUE / 2))
                .hasMessageContaining("past the year 9999");
    }

    private static boolean isWeekend(ZonedDateTime t) {
        return switch (t.getDayOfWeek()) {
            case FRIDAY -> t.getHour() >= 22;
            case SATURDAY -> true;
            case SUNDAY -> t.getHour() < 22;
            default -> false;
        };
    }

    private static int hour(Bar b) {
        return b.time().atZone(ZoneOffset.UTC).getHour();
    }

    private static List<Bar> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(6);
            return new Bar(Instant.parse(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]), new BigDecimal(f[3]),
                    new BigDecimal(f[4]), Long.parseLong(f[5]));
        }).toList();
    }
}
