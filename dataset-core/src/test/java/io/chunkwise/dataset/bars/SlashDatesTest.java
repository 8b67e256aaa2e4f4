package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slashed dates read in the order the whole file's dates settle, never guessed per row; refused,
 * saying why, when they settle none; and 12-hour clocks refused naming the 24-hour time.
 */
class SlashDatesTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final String VALUES = ",1.1,1.2,1.0,1.1,5\n";

    @TempDir
    Path dir;

    private Path bars(String... timestamps) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (String t : timestamps) {
            text.append(t).append(VALUES);
        }
        return Files.writeString(dir.resolve("bars.csv"), text);
    }

    private static long utc(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aFileWhoseDatesShowMonthFirstIsReadMonthFirstFromItsFirstRow() throws IOException {
        // line 2 alone could be either; line 3's 13 can only be a day, so the file is month/day/year
        BarsReading r = BarsReading.of(bars("01/07/2024 22:00", "01/13/2024 22:00", "1/14/2024 09:30"), BarsLayout.DEFAULT);

        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(utc("2024-01-07T22:00:00Z"), utc("2024-01-13T22:00:00Z"),
                utc("2024-01-14T09:30:00Z"));
    }

    @Test
    void aFileWithoutAHeaderWhoseFirstBarHasASlashedDateIsReadAsBarsFromItsFirstLine() throws IOException {
        // line 1 is a bar, not a header, whichever order its date is in: told by its shape, then read as the file settles
        Path file = Files.writeString(dir.resolve("headerless.csv"), "01/13/2024 22:00" + VALUES + "01/14/2024 22:00" + VALUES);
        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);

        assertThat(r.headerless()).isTrue();
        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(utc("2024-01-13T22:00:00Z"), utc("2024-01-14T22:00:00Z"));
    }

    @Test
    void aFileWhoseDatesShowDayFirstIsReadDayFirst() throws IOException {
        BarsReading r = BarsReading.of(bars("07/01/2024 22:00", "13/01/2024 22:00"), BarsLayout.DEFAULT);

        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(utc("2024-01-07T22:00:00Z"), utc("2024-01-13T22:00:00Z"));
    }

    @Test
    void datesThatSettleNoOrderAreRefusedSayingSo() throws IOException {
        BarsReading r = BarsReading.of(bars("01/07/2024 22:00", "01/08/2024 22:00"), BarsLayout.DEFAULT);

        assertThat(r.times()).isEmpty();
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(2L, 3L);
        assertThat(r.rejects().getFirst().reason()).isEqualTo("bad timestamp '01/07/2024 22:00' (a day/month order cannot"
                + " be told: no date in the file has a part past 12, which only a day can be, so 01/07/2024 could be January 7 or"
                + " July 1; write yyyy-MM-dd)");
    }

    @Test
    void datesInBothOrdersAreAllRefusedNamingTheTwoLines() throws IOException {
        BarsReading r = BarsReading.of(bars("01/13/2024 22:00", "14/01/2024 22:00", "01/15/2024 22:00"), BarsLayout.DEFAULT);

        assertThat(r.times()).isEmpty();
        assertThat(r.rejects()).hasSize(3);
        assertThat(r.rejects().getFirst().reason()).isEqualTo("bad timestamp '01/13/2024 22:00' (the file's slashed dates"
                + " are in both orders: line 2 '01/13/2024' is month/day/year, line 3 '14/01/2024' day/month/year;"
                + " write yyyy-MM-dd)");
    }

    @Test
    void splitDateAndTimeColumnsAreReadInTheFilesOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("split.csv"), "date,time,open,high,low,close\n"
                + "01/12/2024,22:00,1.1,1.2,1.0,1.1\n01/13/2024,22:00,1.1,1.2,1.0,1.1\n");

        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);

        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(utc("2024-01-12T22:00:00Z"), utc("2024-01-13T22:00:00Z"));
    }

    @Test
    void aDayThatDoesNotExistInTheSettledOrderIsRefusedAsSuch() throws IOException {
        BarsReading r = BarsReading.of(bars("02/13/2024 22:00", "02/30/2024 22:00"), BarsLayout.DEFAULT);

        assertThat(r.times()).containsExactly(utc("2024-02-13T22:00:00Z"));
        assertThat(r.rejects()).extracting(BarReject::reason).containsExactly("bad timestamp '02/30/2024 22:00'");
    }

    @Test
    void twelveHourTimesAreRefusedNamingTheHourOn24NotAsAZone() {
        BarTimestamps t = new BarTimestamps();
        for (String[] c : List.of(new String[] {"2024-01-13 10:00 PM", "10:00 PM is 22:00"},
                new String[] {"2024-01-13 12:05:30am", "12:05:30 AM is 00:05:30"},
                new String[] {"2024.01.13 12:00 p.m.", "12:00 PM is 12:00"})) {
            assertThatThrownBy(() -> t.parse(c[0])).as(c[0]).hasMessage("bad timestamp '" + c[0] + "' (12-hour times with"
                    + " AM/PM are not read; write the hour on a 24-hour clock: " + c[1] + ")");
        }
    }

    @Test
    void oneDateShowsAnOrderOnlyWithAPartPast12() {
        assertThat(DateOrder.shownBy("01/13/2024")).isEqualTo(DateOrder.Order.MONTH_FIRST);
        assertThat(DateOrder.shownBy("13/01/2024")).isEqualTo(DateOrder.Order.DAY_FIRST);
        assertThat(DateOrder.shownBy("01/07/2024")).isNull();
        assertThat(DateOrder.shownBy("13/13/2024")).isNull();
    }
}
