package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row whose symbol field is empty is rejected with its line and offset: never skipped as another
 * instrument's, never taken for a second instrument that fails the file.
 */
class UnplacedInstrumentRowsTest {
    @TempDir
    Path dir;

    private Path file() throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,symbol,open,high,low,close,volume\n");
        for (int i = 0; i < 10; i++) {
            for (String s : List.of("EURUSD", "GBPUSD")) {
                csv.append("2024-01-02 00:0").append(i).append(',').append(s).append(",1.1,1.2,1.0,1.1,5\n");
            }
        }
        csv.append("2024-01-02 00:10,eurusd,1.1,1.2,1.0,1.1,5\n")   // line 22
                .append("2024-01-02 00:11,EUR/USD,1.1,1.2,1.0,1.1,5\n") // line 23
                .append("2024-01-02 00:12,,1.1,1.2,1.0,1.1,5\n")        // line 24
                .append("2024-01-02 00:13,EURUSD,1.1,1.2,1.0,1.1,5\n"); // line 25
        return Files.writeString(dir.resolve("symbols.csv"), csv);
    }

    @Test
    void withAChosenSymbolItIsRejectedNotSkipped() throws IOException {
        Path file = file();
        String text = Files.readString(file);
        List<BarReject> rejects = new ArrayList<>();
        long accepted = 0;
        BarsLayout eur = new BarsLayout(',', Map.of(), LocalClock.UTC, BarsLayout.Header.AUTO, false, "EURUSD");
        try (BarsCsvReader reader = new BarsCsvReader(file, eur, rejects::add)) {
            BarChunk c = new BarChunk(4);
            while (reader.read(c)) {
                accepted += c.size();
            }
            // symbols are compared as written: eurusd and EUR/USD are other instruments than EURUSD
            assertThat(reader.skipped()).isEqualTo(12);
            assertThat(reader.skippedSymbols()).isEqualTo("GBPUSD, eurusd, EUR/USD");
            assertThat(accepted + reader.rejected() + reader.skipped()).isEqualTo(24);
        }
        assertThat(accepted).isEqualTo(11);
        assertThat(rejects).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(24);
            assertThat(rej.offset()).isEqualTo(text.indexOf("2024-01-02 00:12"));
            assertThat(rej.reason()).isEqualTo("column 'symbol' is empty: the row names no instrument");
        });
    }

    @Test
    void withoutOneAnEmptyFieldIsRejectedNotTakenForASecondInstrument() throws IOException {
        Path file = Files.writeString(dir.resolve("one.csv"), "timestamp,symbol,open,high,low,close,volume\n"
                + "2024-01-02 00:00,EURUSD,1.1,1.2,1.0,1.1,5\n"
                + "2024-01-02 00:01,,1.1,1.2,1.0,1.1,5\n"
                + "2024-01-02 00:02,EURUSD,1.1,1.2,1.0,1.1,5\n");
        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);
        assertThat(r.times()).hasSize(2);
        assertThat(r.rejects()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(3);
            assertThat(rej.reason()).isEqualTo("column 'symbol' is empty: the row names no instrument");
        });
    }
}
