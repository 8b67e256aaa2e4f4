package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ','-separated file whose numbers hold an unquoted ',' has rows of too many fields: the reason
 * says what split them when the fields show it, and both readings when they fit both.
 */
class SplitNumbersBarsTest {
    private static final String THOUSANDS = "expected 6 fields, found 10: thousands separators? a number with grouped"
            + " digits (1,104.30) is split at each ',' delimiter; thousands separators are not read: take them out of the file";
    private static final String EITHER = "thousands separators, or a decimal comma? a number as 12,000 or 157,123 is split"
            + " at each ',' delimiter, whichever it is";

    @TempDir
    Path dir;

    private static BarsLayout comma(boolean decimalComma) {
        return new BarsLayout(',', Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, decimalComma);
    }

    @Test
    void groupedDigitsWithADecimalPointNameThousandsSeparators() throws IOException {
        Path f = Files.writeString(dir.resolve("t.csv"), """
                timestamp,open,high,low,close,volume
                2024-01-02T17:00:00Z,1,104.30,1,104.52,1,104.10,1,104.45,1200
                2024-01-02T17:01:00Z,1.1,1.2,1.0,1.1,5
                2024-01-02T17:02:00Z,1,234,567.89,1,234,568.00,1,234,567.00,1,234,567.50,7
                """);
        for (boolean decimalComma : new boolean[] {false, true}) {
            BarsReading r = BarsReading.of(f, comma(decimalComma));
            assertThat(r.rejects()).as("decimal comma %s", decimalComma).hasSize(decimalComma ? 3 : 2)
                    .filteredOn(rej -> rej.line() != 3).extracting(BarReject::reason)
                    .containsExactly(THOUSANDS, THOUSANDS.replace("found 10", "found 14"));
        }
    }

    @Test
    void threeDigitsAfterOneToThreeNameBothReadings() throws IOException {
        // 12,000 (twelve thousand) or USD/JPY's 157,123 (a decimal comma): not guessed
        Path f = Files.writeString(dir.resolve("e.csv"), """
                timestamp,open,high,low,close,volume
                2024-01-02T17:00:00Z,157,123,157,456,157,001,157,300,12,000
                """);
        BarsReading plain = BarsReading.of(f, comma(false));
        assertThat(plain.rejects()).singleElement().extracting(BarReject::reason).asString()
                .startsWith("expected 6 fields, found 11: " + EITHER)
                .endsWith("a decimal comma is read in quoted fields (\"157,123\"): quote them and read the file with a decimal comma");
        BarsReading euro = BarsReading.of(f, comma(true));
        assertThat(euro.rejects()).as("a decimal comma was said: the file is read so").singleElement()
                .extracting(BarReject::reason).asString().endsWith("a decimal comma splits unquoted numbers at a ','"
                        + " delimiter; if the fields are separated by ';', set the delimiter to ';'");
    }

    @Test
    void aRowOfTooManyFieldsThatShowNoSplitNumberIsNotHinted() throws IOException {
        Path f = Files.writeString(dir.resolve("x.csv"), """
                timestamp,open,high,low,close,volume
                2024-01-02T17:00:00Z,1.1,1.2,1.0,1.1,5,extra
                2024-01-02T17:01:00Z,1.1,1.2,1.0,1.1,1234,567.5
                """);
        assertThat(BarsReading.of(f, comma(false)).rejects()).extracting(BarReject::reason)
                .as("1234 is no group's lead").containsExactly("expected 6 fields, found 7", "expected 6 fields, found 7");
        Path semi = Files.writeString(dir.resolve("s.csv"), """
                timestamp;open;high;low;close;volume
                2024-01-02T17:00:00Z;1;104.30;1;104.52;1;1
                """);
        assertThat(BarsReading.of(semi, new BarsLayout(';', Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, false))
                .rejects()).extracting(BarReject::reason).as("no ',' delimiter split them").containsExactly("expected 6 fields, found 7");
    }
}
