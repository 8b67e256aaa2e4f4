package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Vendors' date-time forms, one column or split in two, in UTC or a zone; bad ones refused with their text. */
class VendorTimestampsTest {
    private static final long MS = Instant.parse("2024-01-07T22:01:00Z").toEpochMilli();

    @Test
    void oneColumnVendorFormsAreTheSameInstant() {
        BarTimestamps t = new BarTimestamps();
        assertThat(t.parse("2024.01.07 22:01")).isEqualTo(MS);                 // MetaTrader
        assertThat(t.parse("2024.01.07 22:01:00")).isEqualTo(MS);
        assertThat(t.parse("20240107 220100")).isEqualTo(MS);                  // HistData
        assertThat(t.parse("20240107 2201")).isEqualTo(MS);
        assertThat(t.parse("07.01.2024 22:01:00.000")).isEqualTo(MS);          // Dukascopy, day first
        assertThat(t.parse("2024.01.07 22:01:00+00:00")).isEqualTo(MS);
        assertThat(t.parse("2024.01.08 00:01 +02:00")).isEqualTo(MS);
        assertThat(t.parse("2024.01.07")).isEqualTo(Instant.parse("2024-01-07T00:00:00Z").toEpochMilli());
    }

    @Test
    void splitDateAndTimeAreJoined() {
        BarTimestamps t = new BarTimestamps();
        assertThat(t.parse("2024.01.07", "22:01")).isEqualTo(MS);
        assertThat(t.parse("2024-01-07", "22:01:00")).isEqualTo(MS);
        assertThat(t.parse("20240107", "220100")).isEqualTo(MS);
        assertThat(t.parse("07.01.2024", "22:01:00.000")).isEqualTo(MS);
        assertThat(t.parse("2024.01.08", "00:01+02:00")).isEqualTo(MS);
    }

    @Test
    void impossibleOrUnknownFormsAreRefusedWithTheTextAsWritten() {
        BarTimestamps t = new BarTimestamps();
        for (String text : new String[] {"2024.02.30 22:01", "20240107 226000", "31.02.2024 00:00:00.000", "2024.1.7 22:01",
                "01/07/2024 22:01", "2024-02-30T00:00:00Z"}) {
            assertThatThrownBy(() -> t.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("bad timestamp '" + text + "'");
        }
        assertThatThrownBy(() -> t.parse("2024/01/07", "22:01")).hasMessage(
                "bad timestamp '2024/01/07 22:01': date '2024/01/07' is not yyyy.MM.dd, yyyy-MM-dd, yyyyMMdd or dd.MM.yyyy");
        assertThatThrownBy(() -> t.parse("2024.01.07", "")).hasMessage("bad timestamp '2024.01.07 ': empty time");
        assertThatThrownBy(() -> t.parse("2024.01.07", "22:61")).hasMessageStartingWith("bad timestamp '2024.01.07 22:61'");
    }

    @Test
    void dukascopyLocalTimesCarryTheirOffsetAsGmtPlusHhmm() {
        BarTimestamps t = new BarTimestamps(new LocalTimes(ZoneId.of("America/New_York")));
        assertThat(t.parse("07.01.2024 23:01:00.000 GMT+0100")).isEqualTo(MS);
        assertThat(t.parse("07.01.2024 17:01:00.000 GMT-0500")).isEqualTo(MS);
        assertThat(t.parse("07.07.2024 00:01:00.000 GMT+0200")).isEqualTo(Instant.parse("2024-07-06T22:01:00Z").toEpochMilli());
        assertThat(t.parse("07.01.2024", "23:01:00.000 GMT+0100")).isEqualTo(MS);
        assertThat(t.parse("2024-01-07 23:01 GMT+01:00")).isEqualTo(MS);
    }

    @Test
    void aZoneNameIsNamedAsSuchNotAsADayMonthOrder() {
        BarTimestamps t = new BarTimestamps();
        for (String text : new String[] {"2024-01-02T00:10:00 Europe/London", "2024-01-02 00:10 America/New_York",
                "2024-01-02T00:10:00 CET"}) {
            assertThatThrownBy(() -> t.parse(text)).as(text).hasMessage("bad timestamp '" + text + "' (a zone name is not"
                    + " read; write an offset such as +01:00, or set the time zone)");
        }
        assertThatThrownBy(() -> t.parse("01/07/2024 22:01")).hasMessageContaining("a day/month order cannot be told");
    }

    @Test
    void localTimesFollowTheZoneAndOffsetsWin() {
        BarTimestamps ny = new BarTimestamps(new LocalTimes(ZoneId.of("America/New_York")));
        assertThat(ny.parse("2024.01.07", "17:01")).isEqualTo(MS);
        assertThat(ny.parse("2024-07-07 18:01")).isEqualTo(Instant.parse("2024-07-07T22:01:00Z").toEpochMilli());
        assertThat(ny.parse("2024-01-07T22:01:00Z")).isEqualTo(MS);
        assertThat(ny.parse("1704664860")).isEqualTo(MS);
        assertThat(ny.parse("20240107")).isEqualTo(Instant.parse("2024-01-07T05:00:00Z").toEpochMilli());
        assertThatThrownBy(() -> ny.parse("2024.03.10", "02:30"))
                .hasMessage("timestamp '2024.03.10 02:30' does not exist in America/New_York (skipped when clocks go forward)");
        assertThatThrownBy(() -> ny.parse("20241103 013000")).hasMessage("timestamp '20241103 013000' is ambiguous in"
                + " America/New_York (happens twice when clocks go back); write its offset");
        assertThat(ny.parse("2024-11-03 01:30-04:00")).isEqualTo(Instant.parse("2024-11-03T05:30:00Z").toEpochMilli());
    }
}
