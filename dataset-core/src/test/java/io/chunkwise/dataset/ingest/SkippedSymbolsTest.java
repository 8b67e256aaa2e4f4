package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.bars.BarsLayout;
import io.chunkwise.dataset.bars.LocalClock;
import io.chunkwise.dataset.bars.SkippedSymbol;
import io.chunkwise.dataset.features.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows {@code --symbol} skips are named with their counts, not only counted: an {@code eurusd} or
 * {@code EUR/USD} skipped by {@code EURUSD} (symbols are compared as written) shows in the summary.
 */
class SkippedSymbolsTest {
    @TempDir
    Path dir;

    private static BarsLayout choosing(String symbol) {
        return new BarsLayout(',', Map.of(), LocalClock.UTC, BarsLayout.Header.AUTO, false, symbol);
    }

    /** The bars of a generated file, each prefixed with a symbol chosen by its 0-based bar number. */
    private Path withSymbols(String name, int bars, IntFunction<String> symbol) throws IOException {
        List<String> lines = Files.readAllLines(TestBars.csv(dir.resolve("plain-" + name), bars, 5));
        List<String> out = new ArrayList<>();
        out.add("symbol," + lines.getFirst());
        for (int i = 1; i < lines.size(); i++) {
            out.add(symbol.apply(i - 1) + "," + lines.get(i));
        }
        return Files.write(dir.resolve(name), out);
    }

    private CacheSummary build(Path bars, String symbol) {
        return new CacheBuilder(FeatureSpec.parse("ret"), 64).build(bars, choosing(symbol), dir.resolve("c.arrow"),
                n -> { }, r -> { throw new AssertionError(r.toString()); });
    }

    @Test
    void lookAlikesOfTheChosenSymbolAreNamedWithTheirCounts() throws IOException {
        // 60 bars: EURUSD on even bars, then in turn GBPUSD, eurusd, EUR/USD on the odd ones
        String[] odd = {"GBPUSD", "eurusd", "EUR/USD"};
        Path file = withSymbols("alike.csv", 60, i -> i % 2 == 0 ? "EURUSD" : odd[(i / 2) % 3]);
        CacheSummary s = build(file, "EURUSD");
        assertThat(s.accepted()).isEqualTo(30);
        assertThat(s.skipped()).isEqualTo(30);
        assertThat(s.skippedSymbols()).containsExactly(new SkippedSymbol("GBPUSD", 10), new SkippedSymbol("eurusd", 10),
                new SkippedSymbol("EUR/USD", 10));
        assertThat(SkippedSymbol.describe(s.skippedSymbols(), s.skipped())).isEqualTo("GBPUSD 10, eurusd 10, EUR/USD 10");
    }

    @Test
    void onlyTheFirstFewSymbolsAreKeptTheRestCountedTogether() throws IOException {
        // 8 other symbols in turn: memory holds 5 names whatever the file, the later ones' rows are "more"
        Path file = withSymbols("many.csv", 90, i -> i % 9 == 0 ? "EURUSD" : "S" + (i % 9));
        CacheSummary s = build(file, "EURUSD");
        assertThat(s.accepted()).isEqualTo(10);
        assertThat(s.skipped()).isEqualTo(80);
        assertThat(s.skippedSymbols()).extracting(SkippedSymbol::symbol).containsExactly("S1", "S2", "S3", "S4", "S5");
        assertThat(s.skippedSymbols()).extracting(SkippedSymbol::rows).containsOnly(10L);
        assertThat(SkippedSymbol.describe(s.skippedSymbols(), s.skipped()))
                .isEqualTo("S1 10, S2 10, S3 10, S4 10, S5 10, … 30 more");
    }

    @Test
    void withoutASymbolNothingIsSkippedOrNamed() throws IOException {
        CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), 64).build(withSymbols("one.csv", 20, i -> "EURUSD"),
                dir.resolve("one.arrow"), n -> { }, r -> { });
        assertThat(s.skipped()).isZero();
        assertThat(s.skippedSymbols()).isEmpty();
    }

    @Test
    void aSymbolMatchingNothingStillNamesTheOthersInItsRefusal() throws IOException {
        Path file = withSymbols("none.csv", 20, i -> i % 2 == 0 ? "EURUSD" : "GBPUSD");
        assertThatThrownBy(() -> build(file, "eurusd")).isInstanceOf(TooFewRowsException.class)
                .hasMessageContaining("0 accepted rows of symbol eurusd (20 rows of others skipped: EURUSD, GBPUSD)");
    }
}
