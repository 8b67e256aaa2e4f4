package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of quotes or ticks (bid and ask, no open, high, low, close) are refused as such, whether
 * they have a header or not: the advice to name a timestamp column cannot help them.
 */
class TickFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static BarsLayout layout(char delimiter, BarsLayout.Header header) {
        return new BarsLayout(delimiter, Map.of(), ZoneId.of("UTC"), header, false);
    }

    @Test
    void trueFxTicksAreNamedAsTicksNotAHeaderLackingATimestamp() throws IOException {
        Path f = file("truefx.csv", """
                EUR/USD,20240108 00:00:00.123,1.09000,1.09002
                EUR/USD,20240108 00:00:00.456,1.09001,1.09003
                """);
        for (BarsLayout.Header header : BarsLayout.Header.values()) {
            assertThatThrownBy(() -> BarsReading.of(f, layout(',', header))).as(header.name())
                    .isInstanceOf(BarsFormatException.class)
                    .hasMessageStartingWith(f + ":1")
                    .hasMessageContaining("line 1 reads as a quote or tick (an instrument, a timestamp and 2 numbers)")
                    .hasMessageContaining("aggregate the ticks into bars first")
                    .hasMessageNotContaining("--timestamp-column").hasMessageNotContaining("name the timestamp column");
        }
    }

    @Test
    void histDataTicksWithMillisecondsAreTicksToo() throws IOException {
        Path f = file("histdata-ticks.csv", "20240108 000000123,1.090000,1.090020,0\n20240108 000001456,1.090010,1.090030,0\n");
        assertThatThrownBy(() -> BarsReading.of(f, layout(',', BarsLayout.Header.AUTO)))
                .isInstanceOf(BarsFormatException.class)
                .hasMessage(f + ":1 (byte 0): line 1 reads as a quote or tick (a timestamp and 3 numbers), not as a"
                        + " header or a bar (a timestamp, open, high, low, close and optionally volume): dataset reads"
                        + " bars; aggregate the ticks into bars first");
    }

    @Test
    void aHeaderOfBidAndAskSaysTheFileHoldsQuotes() throws IOException {
        Path f = file("quotes.csv", "Timestamp,Bid,Ask\n2024-01-08 00:00:00.123,1.09000,1.09002\n");
        assertThatThrownBy(() -> BarsReading.of(f, layout(',', BarsLayout.Header.AUTO)))
                .isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("header lacks column 'open'")
                .hasMessageContaining("found Timestamp,Bid,Ask")
                .hasMessageEndingWith("its bid and ask are quotes or ticks: dataset reads bars; aggregate the ticks into"
                        + " bars first");
    }

    @Test
    void aHeaderThatOnlyLacksABarColumnIsStillAskedToNameIt() throws IOException {
        Path f = file("bars.csv", "Timestamp,Open,High,Low,Last\n2024-01-08 00:00,1.1,1.2,1.0,1.1\n");
        assertThatThrownBy(() -> BarsReading.of(f, layout(',', BarsLayout.Header.AUTO)))
                .isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("header lacks column 'close'")
                .hasMessageEndingWith("name the close column");
    }
}
