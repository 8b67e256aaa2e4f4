package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file holding several instruments is refused as a whole, never merged into one series. */
class InstrumentColumnsTest {
    @TempDir
    Path dir;

    /** The bars of a generated file, each prefixed with a symbol chosen by its line number. */
    private Path withSymbols(String name, String column, java.util.function.IntFunction<String> symbol) throws IOException {
        List<String> lines = Files.readAllLines(TestBars.csv(dir.resolve("plain-" + name), 40, 3));
        List<String> out = new ArrayList<>();
        out.add(column + "," + lines.getFirst());
        for (int i = 1; i < lines.size(); i++) {
            out.add(symbol.apply(i + 1) + "," + lines.get(i));
        }
        return Files.write(dir.resolve(name), out);
    }

    @Test
    void aSecondSymbolFailsTheFileNamingColumnValuesAndLine() throws IOException {
        // the second pair's bars would otherwise be merged (shifted times) or called duplicate timestamps
        Path file = withSymbols("two.csv", "Symbol", line -> line < 7 ? "EURUSD" : "GBPUSD");
        String text = Files.readString(file);
        long offset = text.indexOf("GBPUSD");
        assertThatThrownBy(() -> BarsReading.of(file, BarsLayout.DEFAULT))
                .isInstanceOf(BarsFormatException.class)
                .hasMessage(file + ":7 (byte " + offset + "): column 'Symbol' holds more than one instrument: 'EURUSD'"
                        + " (line 2) and 'GBPUSD' (line 7); a cache is one price series: choose one symbol (such as EURUSD),"
                        + " or split the file by Symbol");
    }

    @Test
    void otherInstrumentNamesAreCheckedToo() throws IOException {
        for (String column : List.of("pair", "ticker", "instrument", "currency_pair")) {
            Path file = withSymbols(column + ".csv", column, line -> line % 2 == 0 ? "EUR/USD" : "USD/JPY");
            assertThatThrownBy(() -> BarsReading.of(file, BarsLayout.DEFAULT)).as(column)
                    .isInstanceOf(BarsFormatException.class).hasMessageContaining(":3 (byte ")
                    .hasMessageContaining("column '" + column + "' holds more than one instrument");
        }
    }

    @Test
    void aChosenSymbolIsReadAndTheOthersSkippedAndCounted() throws IOException {
        Path file = withSymbols("inter.csv", "symbol", line -> line % 2 == 0 ? "EURUSD" : "GBPUSD");
        BarsLayout eur = new BarsLayout(',', java.util.Map.of(), LocalClock.UTC, BarsLayout.Header.AUTO,
                false, "EURUSD");
        List<Long> all = BarsReading.of(withSymbols("all.csv", "symbol", line -> "EURUSD"), BarsLayout.DEFAULT).times();
        BarChunk c = new BarChunk(7);
        List<Long> times = new ArrayList<>();
        try (BarsCsvReader reader = new BarsCsvReader(file, eur, r -> { throw new AssertionError(r.toString()); })) {
            while (reader.read(c)) {
                for (int i = 0; i < c.size(); i++) {
                    times.add(c.time()[i]);
                }
            }
            assertThat(reader.accepted()).isEqualTo(20);
            assertThat(reader.skipped()).isEqualTo(20);
            assertThat(reader.rejected()).isZero();
        }
        // the even lines' bars, every other bar of the file
        assertThat(times).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40).filter(i -> i % 2 == 0)
                .mapToObj(all::get).toList());
    }

    @Test
    void aChosenSymbolNeedsOneInstrumentColumn() throws IOException {
        Path file = TestBars.csv(dir.resolve("plain.csv"), 10, 3);
        BarsLayout eur = new BarsLayout(',', java.util.Map.of(), LocalClock.UTC, BarsLayout.Header.AUTO,
                false, "EURUSD");
        assertThatThrownBy(() -> BarsReading.of(file, eur)).isInstanceOf(BarsFormatException.class)
                .hasMessage(file + ":1 (byte 0): the symbol EURUSD was chosen, which needs one column named symbol, ticker, pair or"
                        + " instrument; the header has none");
    }

    @Test
    void oneSymbolThroughoutIsReadAsBefore() throws IOException {
        Path file = withSymbols("one.csv", "symbol", line -> "EURUSD");
        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);
        assertThat(r.times()).hasSize(40);
        assertThat(r.rejects()).isEmpty();
    }
}
