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
 * Prices and volumes written with thousands separators (spreadsheet exports of JPY crosses, index
 * CFDs, volumes in the thousands): every such row rejected and its reason naming the separators,
 * whichever the decimal mark, rather than a bare "bad open".
 */
class ThousandsSeparatorsTest {
    @TempDir
    Path dir;

    private static BarsLayout layout(char delimiter, boolean comma) {
        return new BarsLayout(delimiter, Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, comma);
    }

    @Test
    void groupedDigitsWithAPointAreRejectedNamingTheSeparators() throws IOException {
        Path f = Files.writeString(dir.resolve("spreadsheet.csv"), """
                timestamp,open,high,low,close,volume
                2024-01-02 17:00:00,"1,104.30","1,104.50","1,104.10","1,104.40",57
                2024-01-02 17:01:00,1104.40,1104.50,1104.10,1104.20,"12,000"
                2024-01-02 17:02:00,1104.20,1104.60,1104.10,1104.50,12
                2024-01-02 17:03:00,1104.50,1104.60,1104.10,1104.50,"1'200"
                """);
        BarsReading r = BarsReading.of(f, layout(',', false));
        assertThat(r.opens()).containsExactly(1104.2);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(2L, 3L, 5L);
        assertThat(r.rejects().get(0).reason()).isEqualTo("bad open '1,104.30': thousands separators are not read");
        // a decimal comma to one exporter, a thousands separator to another: both named, neither guessed
        assertThat(r.rejects().get(1).reason()).isEqualTo("bad volume '12,000': a decimal comma, or a thousands"
                + " separator? if ',' is the decimal mark, read the file with a decimal comma; thousands separators"
                + " are not read");
        assertThat(r.rejects().get(2).reason()).isEqualTo("bad volume '1'200': thousands separators are not read");
    }

    @Test
    void groupedDigitsWithADecimalCommaAreRejectedWithOrWithoutTheOption() throws IOException {
        Path f = Files.writeString(dir.resolve("euro.csv"), """
                timestamp;open;high;low;close;volume
                2024-01-02 17:00:00;1.104,30;1.104,50;1.104,10;1.104,40;57
                2024-01-02 17:01:00;1 104,40;1 104,50;1 104,10;1 104,20;5
                """);
        for (boolean comma : new boolean[] {false, true}) {
            BarsReading r = BarsReading.of(f, layout(';', comma));
            assertThat(r.times()).as("decimal comma %s", comma).isEmpty();
            assertThat(r.rejects()).extracting(BarReject::reason).containsExactly(
                    "bad open '1.104,30': thousands separators are not read",
                    "bad open '1 104,40': thousands separators are not read");
        }
    }

    @Test
    void aDecimalCommaAloneKeepsItsOwnHint() throws IOException {
        Path f = Files.writeString(dir.resolve("euro.csv"), """
                timestamp;open;high;low;close;volume
                2024-01-02 17:00:00;1,10435;1,10440;1,10430;1,10436;5
                2024-01-02 17:01:00;1,1,0436;1,10440;1,10430;1,10436;5
                """);
        BarsReading r = BarsReading.of(f, layout(';', false));
        assertThat(r.rejects()).extracting(BarReject::reason).containsExactly(
                "bad open '1,10435': a decimal comma? read the file with a decimal comma",
                "bad open '1,1,0436'");
    }
}
