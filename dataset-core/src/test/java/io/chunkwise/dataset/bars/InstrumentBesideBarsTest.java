package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files without a header whose rows name their instrument ({@code EURUSD,20240102,170000,…}, as
 * Forex Tester and several brokers export): line 1 is never taken for a header when the columns are
 * named by number, a file read without them says which numbers to give, and a second instrument or a
 * chosen one is handled as in a file with a header.
 */
class InstrumentBesideBarsTest {
    private static final long T0 = Instant.parse("2024-01-02T17:00:00Z").toEpochMilli();
    private static final Map<BarField, String> BY_NUMBER = Map.of(BarField.DATE, "2", BarField.TIME, "3",
            BarField.OPEN, "4", BarField.HIGH, "5", BarField.LOW, "6", BarField.CLOSE, "7", BarField.VOLUME, "8");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static BarsLayout layout(BarsLayout.Header header, Map<BarField, String> columns) {
        return new BarsLayout(',', columns, ZoneId.of("UTC"), header, false);
    }

    @Test
    void columnsNamedByNumberReadLineOneAsTheFirstBarNotAsAHeader() throws IOException {
        // a volume of 17 on line 1: were line 1 a header, '17' would be a column name like any other
        Path f = file("ft.csv", """
                EURUSD,20240102,170000,1.10435,1.10438,1.10432,1.10434,17
                EURUSD,20240102,170100,1.10434,1.10440,1.10430,1.10436,12
                EURUSD,20240102,170200,1.10436,1.10441,1.10431,1.10437,9
                """);
        BarsReading r = BarsReading.of(f, layout(BarsLayout.Header.AUTO, BY_NUMBER));
        assertThat(r.headerless()).isTrue();
        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(T0, T0 + 60_000, T0 + 120_000);
        assertThat(r.opens()).containsExactly(1.10435, 1.10434, 1.10436);
        assertThat(r.volumes()).containsExactly(17.0, 12.0, 9.0);
        assertThat(r.columns()).startsWith("timestamp ← column 2 + column 3, open ← column 4");
        assertThat(r.notice()).contains("-,date,time,open,high,low,close,volume");
    }

    @Test
    void aLineOneValueEqualToAColumnNumberIsNotTakenForThatColumnsName() throws IOException {
        // the volume '5' was found as a header name, "column '5' is used as both high and volume"
        Path f = file("five.csv", "EURUSD,20240102,170000,1.10435,1.10438,1.10432,1.10434,5\n"
                + "EURUSD,20240102,170100,1.10434,1.10440,1.10430,1.10436,12\n");
        BarsReading r = BarsReading.of(f, layout(BarsLayout.Header.AUTO, BY_NUMBER));
        assertThat(r.times()).containsExactly(T0, T0 + 60_000);
        assertThat(r.volumes()).containsExactly(5.0, 12.0);
    }

    @Test
    void aHeaderNamedByNumberStaysAHeader() throws IOException {
        Path f = file("hdr.csv", "ticker,day,clock,o,h,l,c,v\n"
                + "EURUSD,20240102,170000,1.10435,1.10438,1.10432,1.10434,5\n");
        BarsReading r = BarsReading.of(f, layout(BarsLayout.Header.AUTO, BY_NUMBER));
        assertThat(r.headerless()).isFalse();
        assertThat(r.times()).containsExactly(T0);
    }

    @Test
    void withoutColumnNumbersTheMessageListsThem() throws IOException {
        Path f = file("nohdr.csv", "EURUSD,20240102,170000,1.10435,1.10438,1.10432,1.10434,5\n");
        for (BarsLayout.Header h : new BarsLayout.Header[] {BarsLayout.Header.AUTO, BarsLayout.Header.ABSENT}) {
            assertThatThrownBy(() -> BarsReading.of(f, layout(h, Map.of())))
                    .isInstanceOf(BarsFormatException.class)
                    .hasMessageStartingWith(f + ":1 (byte 0): line 1 is not a header but a bar beside an instrument,"
                            + " 'EURUSD' (column 1), then date 2, time 3, open 4, high 5, low 6, close 7, volume 8")
                    .hasMessageNotContaining("timestamp column");
        }
        Path last = file("last.csv", "2024-01-02 17:00,1.10435,1.10438,1.10432,1.10434,EUR/USD\n");
        assertThatThrownBy(() -> BarsReading.of(last, BarsLayout.DEFAULT))
                .hasMessageContaining("'EUR/USD' (column 6), then timestamp 1, open 2, high 3, low 4, close 5");
    }

    @Test
    void aSecondInstrumentFailsTheFileAndASymbolIsChosenByItsColumn() throws IOException {
        Path f = file("two.csv", """
                EURUSD,20240102,170000,1.10435,1.10438,1.10432,1.10434,5
                GBPUSD,20240102,170000,1.27000,1.27010,1.26990,1.27005,4
                EURUSD,20240102,170100,1.10434,1.10440,1.10430,1.10436,12
                GBPUSD,20240102,170100,1.27005,1.27010,1.26990,1.27001,3
                """);
        assertThatThrownBy(() -> BarsReading.of(f, layout(BarsLayout.Header.AUTO, BY_NUMBER)))
                .isInstanceOf(BarsFormatException.class)
                .hasMessage(f + ":2 (byte 57): column 1 holds more than one instrument: 'EURUSD' (line 1) and 'GBPUSD'"
                        + " (line 2); a cache is one price series: choose one symbol (such as EURUSD), or split the file"
                        + " by column 1");
        BarsLayout gbp = new BarsLayout(',', BY_NUMBER, LocalClock.UTC, BarsLayout.Header.AUTO, false, "GBPUSD");
        Chosen read = Chosen.of(f, gbp);
        assertThat(read.reading().closes()).containsExactly(1.27005, 1.27001);
        assertThat(read.skipped()).isEqualTo(2);
    }

    @Test
    void aSymbolChosenForAFileWithoutAnInstrumentColumnIsRefused() throws IOException {
        Path f = file("hist.csv", "20240102 170000;1.104350;1.104380;1.104320;1.104340;0\n");
        BarsLayout chosen = new BarsLayout(';', Map.of(), LocalClock.UTC, BarsLayout.Header.AUTO, false, "EURUSD");
        assertThatThrownBy(() -> BarsReading.of(f, chosen))
                .isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("the symbol EURUSD was chosen, which needs one column of instruments besides the bar's;"
                        + " line 1 has none");
    }

    /** A reading and the rows of other instruments skipped. */
    private record Chosen(BarsReading reading, long skipped) {
        static Chosen of(Path file, BarsLayout layout) {
            BarsReading r = BarsReading.of(file, layout);
            try (BarsCsvReader reader = new BarsCsvReader(file, layout, x -> { })) {
                BarChunk c = new BarChunk(8);
                while (reader.read(c)) {
                    c.clear();
                }
                return new Chosen(r, reader.skipped());
            }
        }
    }
}
