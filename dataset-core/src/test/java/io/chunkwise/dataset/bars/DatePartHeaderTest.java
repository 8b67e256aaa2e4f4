package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header whose date column is named for its form, {@code <DTYYYYMMDD>}, beside a {@code <TIME>} of
 * {@code HHmmss} (MetaTrader 4 history and Forex Tester exports): the two are one timestamp, never
 * the time of day read alone as a date (which rejected every row).
 */
class DatePartHeaderTest {
    @TempDir
    Path dir;

    @Test
    void aDtyyyymmddColumnIsTheDateOfASplitTimestamp() throws IOException {
        Path csv = Files.writeString(dir.resolve("EURUSD.txt"), """
                <TICKER>,<DTYYYYMMDD>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>
                EURUSD,20240108,000000,1.09000,1.09040,1.08999,1.09026,64
                EURUSD,20240108,000100,1.09026,1.09027,1.09000,1.09011,49
                EURUSD,20240108,000200,1.09011,1.09020,1.09001,1.09015,12
                """);
        BarsReading r = BarsReading.of(csv, BarsLayout.DEFAULT);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(Instant.parse("2024-01-08T00:00:00Z").toEpochMilli(),
                Instant.parse("2024-01-08T00:01:00Z").toEpochMilli(), Instant.parse("2024-01-08T00:02:00Z").toEpochMilli());
        assertThat(r.opens()).containsExactly(1.09000, 1.09026, 1.09011);
        assertThat(r.volumes()).containsExactly(64.0, 49.0, 12.0);
        assertThat(r.columns()).startsWith("timestamp ← '<DTYYYYMMDD>' + '<TIME>', open ← '<OPEN>'");
    }

    @Test
    void aNamedTimestampColumnStillWinsOverTheDatePart() throws IOException {
        Path csv = Files.writeString(dir.resolve("b.csv"), """
                DTYYYYMMDD,Time,stamp,Open,High,Low,Close
                20240108,000000,2024-01-09T00:00:00Z,1.1,1.2,1.0,1.1
                """);
        BarsLayout layout = new BarsLayout(',', Map.of(BarField.TIMESTAMP, "stamp"), java.time.ZoneOffset.UTC);
        BarsReading r = BarsReading.of(csv, layout);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).isEqualTo(List.of(Instant.parse("2024-01-09T00:00:00Z").toEpochMilli()));
    }
}
