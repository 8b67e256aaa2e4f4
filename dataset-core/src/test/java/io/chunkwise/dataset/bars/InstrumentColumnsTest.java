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
                        + " (line 2) and 'GBPUSD' (line 7); a cache is one price series: split the file by Symbol first");
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
    void oneSymbolThroughoutIsReadAsBefore() throws IOException {
        Path file = withSymbols("one.csv", "symbol", line -> "EURUSD");
        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);
        assertThat(r.times()).hasSize(40);
        assertThat(r.rejects()).isEmpty();
    }
}
