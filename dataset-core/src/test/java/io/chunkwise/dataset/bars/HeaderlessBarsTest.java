package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files without a header (HistData "Generic ASCII", MetaTrader history exports): the first line is
 * read as a bar, never lost and never taken as a header, the columns in the usual order or by
 * number, and the reader says so; what cannot be told apart is refused with the options to use.
 */
class HeaderlessBarsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final long T0 = Instant.parse("2024-01-02T17:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static BarsLayout layout(char delimiter, BarsLayout.Header header, Map<BarField, String> columns) {
        return new BarsLayout(delimiter, columns, UTC, header, false);
    }

    @Test
    void histDataGenericAsciiIsReadFromItsFirstLine() throws IOException {
        Path f = file("hist.csv", """
                20240102 170000;1.104350;1.104380;1.104320;1.104340;0
                20240102 170100;1.104340;1.104340;1.104340;1.104340;0
                20240102 170200;1.104340;1.104400;1.104300;1.104390;7
                """);
        BarsReading r = BarsReading.of(f, layout(';', BarsLayout.Header.AUTO, Map.of()));
        assertThat(r.rejects()).isEmpty();
        assertThat(r.times()).containsExactly(T0, T0 + 60_000, T0 + 120_000);
        assertThat(r.opens()).containsExactly(1.10435, 1.10434, 1.10434);
        assertThat(r.volumes()).containsExactly(0.0, 0.0, 7.0);
        assertThat(r.headerless()).isTrue();
        assertThat(r.notice()).contains("hist.csv").contains("no header (line 1 is a bar)")
                .contains("timestamp,open,high,low,close,volume").contains("say the file has one");
        assertThat(r.columns()).startsWith("timestamp ← column 1, open ← column 2").endsWith("volume ← column 6");
    }

    @Test
    void aFlatFirstBarWhoseValuesRepeatIsNotADuplicateHeader() throws IOException {
        Path f = file("flat.csv", "20240102 170000;1.1;1.1;1.1;1.1;0\n20240102 170100;1.1;1.2;1.0;1.1;3\n");
        BarsReading r = BarsReading.of(f, layout(';', BarsLayout.Header.AUTO, Map.of()));
        assertThat(r.times()).hasSize(2);
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void metaTraderHistoryWithoutHeaderIsDateTimeThenOhlcThenVolume() throws IOException {
        Path f = file("mt4.csv", """
                2024.01.02,17:00,1.10435,1.10438,1.10432,1.10434,57
                2024.01.02,17:01,1.10434,1.10440,1.10430,1.10436,12
                """);
        BarsReading r = BarsReading.of(f, BarsLayout.DEFAULT);
        assertThat(r.times()).containsExactly(T0, T0 + 60_000);
        assertThat(r.closes()).containsExactly(1.10434, 1.10436);
        assertThat(r.volumes()).containsExactly(57.0, 12.0);
        assertThat(r.notice()).contains("date,time,open,high,low,close,volume");
        assertThat(r.columns()).startsWith("timestamp ← column 1 + column 2, open ← column 3");
    }

    @Test
    void sixFieldsAreSplitDateTimeWithoutVolumeOrTimestampWithVolumeByWhichMakesABar() throws IOException {
        BarsReading split = BarsReading.of(file("split.csv", "20240102,170000,1.10435,1.10438,1.10432,1.10434\n"
                + "20240102,170100,1.10434,1.10438,1.10432,1.10434\n"), BarsLayout.DEFAULT);
        assertThat(split.times()).containsExactly(T0, T0 + 60_000);
        assertThat(split.volumes()).allMatch(v -> Double.isNaN(v));
        BarsReading one = BarsReading.of(file("one.csv", "1704214800,1.10435,1.10438,1.10432,1.10434,5\n"
                + "1704214860,1.10434,1.10438,1.10432,1.10434,6\n"), BarsLayout.DEFAULT);
        assertThat(one.times()).containsExactly(T0, T0 + 60_000);
        assertThat(one.volumes()).containsExactly(5.0, 6.0);
    }

    @Test
    void aBadFirstBarIsRejectedAsLineOneNotTakenAsAHeader() throws IOException {
        Path f = file("bad.csv", "\uFEFF2024.01.02,17:00,1.2,1.1,1.3,1.2,5\n2024.01.02,17:01,1.2,1.3,1.1,1.2,5\n");
        BarsReading r = BarsReading.of(f, BarsLayout.DEFAULT);
        assertThat(r.times()).containsExactly(T0 + 60_000);
        assertThat(r.rejects()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(1);
            assertThat(rej.offset()).isEqualTo(3);
            assertThat(rej.reason()).contains("below low");
        });
    }

    @Test
    void noHeaderSaidExplicitlyReadsTheSameWithoutANotice() throws IOException {
        Path f = file("hist.csv", "20240102 170000;1.104350;1.104380;1.104320;1.104340;0\n");
        BarsReading r = BarsReading.of(f, layout(';', BarsLayout.Header.ABSENT, Map.of()));
        assertThat(r.times()).containsExactly(T0);
        assertThat(r.notice()).isNull();
    }

    @Test
    void aFileWithAHeaderIsStillReadByName() throws IOException {
        Path f = file("named.csv", "Date,Time,Open,High,Low,Close,Volume\n2024.01.02,17:00,1.1,1.2,1.0,1.1,5\n");
        BarsReading r = BarsReading.of(f, BarsLayout.DEFAULT);
        assertThat(r.headerless()).isFalse();
        assertThat(r.notice()).isNull();
        assertThat(r.times()).containsExactly(T0);
    }

    @Test
    void otherOrdersAreNamedByColumnNumber() throws IOException {
        // MetaTrader 5 without a header: date, time, OHLC, tick volume, real volume, spread
        Path f = file("mt5.csv", "2024.01.02,17:00,1.10435,1.10438,1.10432,1.10434,57,0,12\n");
        assertThatThrownBy(() -> BarsReading.of(f, BarsLayout.DEFAULT)).isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("mt5.csv:1").hasMessageContaining("9 fields").hasMessageContaining("open 2");
        Map<BarField, String> n = new EnumMap<>(BarField.class);
        n.put(BarField.DATE, "1");
        n.put(BarField.TIME, "2");
        n.put(BarField.OPEN, "3");
        n.put(BarField.HIGH, "4");
        n.put(BarField.LOW, "5");
        n.put(BarField.CLOSE, "6");
        n.put(BarField.VOLUME, "8");
        BarsReading r = BarsReading.of(f, layout(',', BarsLayout.Header.AUTO, n));
        assertThat(r.times()).containsExactly(T0);
        assertThat(r.volumes()).containsExactly(0.0);
        assertThat(r.notice()).contains("date,time,open,high,low,close,-,volume,-").doesNotContain("by number");
        // one override on top of the usual order
        Path hist = file("hist.csv", "20240102 170000;1.104350;1.104380;1.104320;1.104340;0;99\n");
        assertThatThrownBy(() -> BarsReading.of(hist, layout(';', BarsLayout.Header.AUTO, Map.of())))
                .hasMessageContaining("line 1 does not read as date,time,open,high,low,close,volume, the usual order of 7")
                .hasMessageContaining("timestamp 1, open 2");
    }

    @Test
    void aColumnNumberOverridesOneColumnOfTheUsualOrder() throws IOException {
        Path f = file("v.csv", "20240102 170000;1.104350;1.104380;1.104320;1.104340;0\n");
        BarsReading r = BarsReading.of(f, layout(';', BarsLayout.Header.AUTO, Map.of(BarField.VOLUME, "6")));
        assertThat(r.volumes()).containsExactly(0.0);
        assertThatThrownBy(() -> BarsReading.of(f, layout(';', BarsLayout.Header.AUTO, Map.of(BarField.VOLUME, "2"))))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("column 2 is used as both");
        assertThatThrownBy(() -> BarsReading.of(f, layout(';', BarsLayout.Header.ABSENT, Map.of(BarField.OPEN, "Open"))))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("the open column 'Open' must be a column number, 1 to 6");
        assertThatThrownBy(() -> BarsReading.of(f, layout(';', BarsLayout.Header.ABSENT, Map.of(BarField.OPEN, "7"))))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("1 to 6");
    }

    @Test
    void aColumnNumberWorksWithAHeaderToo() throws IOException {
        Path f = file("h.csv", "when,a,b,c,d\n2024-01-02T17:00:00Z,1.1,1.2,1.0,1.15\n");
        Map<BarField, String> n = new EnumMap<>(BarField.class);
        n.put(BarField.TIMESTAMP, "when");
        n.put(BarField.OPEN, "2");
        n.put(BarField.HIGH, "3");
        n.put(BarField.LOW, "4");
        n.put(BarField.CLOSE, "5");
        BarsReading r = BarsReading.of(f, layout(',', BarsLayout.Header.AUTO, n));
        assertThat(r.closes()).containsExactly(1.15);
        assertThat(r.columns()).contains("open ← 'a'");
        n.put(BarField.CLOSE, "9");
        assertThatThrownBy(() -> BarsReading.of(f, layout(',', BarsLayout.Header.AUTO, n)))
                .hasMessageContaining("header has no column '9'").hasMessageContaining("column number, 1 to 5");
    }

    @Test
    void aHeaderAskedForButThatIsABarIsRefusedSayingSo() throws IOException {
        Path f = file("hist.csv", "20240102 170000;1.1;1.1;1.1;1.1;0\n20240102 170100;1.1;1.2;1.0;1.1;3\n");
        assertThatThrownBy(() -> BarsReading.of(f, layout(';', BarsLayout.Header.PRESENT, Map.of())))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("line 1 reads as a bar, not a header")
                .hasMessageContaining("do not say the file has a header");
    }

    @Test
    void noHeaderOnAFileWithAHeaderIsRefusedOrRejectsLineOne() throws IOException {
        Path six = file("six.csv", "timestamp,open,high,low,close,volume\n2024-01-02T17:00:00Z,1.1,1.2,1.0,1.15,1\n");
        assertThatThrownBy(() -> BarsReading.of(six, layout(',', BarsLayout.Header.ABSENT, Map.of())))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("reads neither as");
        Path five = file("five.csv", "timestamp,open,high,low,close\n2024-01-02T17:00:00Z,1.1,1.2,1.0,1.15\n");
        BarsReading r = BarsReading.of(five, layout(',', BarsLayout.Header.ABSENT, Map.of()));
        assertThat(r.times()).containsExactly(T0);
        assertThat(r.rejects()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(1);
            assertThat(rej.reason()).contains("bad timestamp 'timestamp'");
        });
    }

    @Test
    void aFirstBarWithOneBadValueIsNamedAsSuchAndReadWhenTheFileIsSaidToHaveNoHeader() throws IOException {
        // QA-9 D-4: HistData in the usual order, a letter O in the first bar's high
        StringBuilder text = new StringBuilder("20240102 165900;1.104350;1.1O4380;1.104280;1.104300;0\n");
        for (int m = 0; m < 40; m++) {
            text.append(String.format("20240102 17%02d00;1.104350;1.104380;1.104280;1.104300;0\n", m));
        }
        Path f = file("typo.csv", text.toString());
        assertThatThrownBy(() -> BarsReading.of(f, layout(';', BarsLayout.Header.AUTO, Map.of())))
                .isInstanceOf(BarsFormatException.class).hasMessage(f + ":1 (byte 0): line 1 is not a header but a bar"
                        + " with a bad high '1.1O4380' (read as timestamp,open,high,low,close,volume): if the file has no"
                        + " header, say so, and line 1 is rejected as that bar");
        BarsReading r = BarsReading.of(f, layout(';', BarsLayout.Header.ABSENT, Map.of()));
        assertThat(r.times()).hasSize(40).first().isEqualTo(T0);
        assertThat(r.rejects()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(1);
            assertThat(rej.offset()).isZero();
            assertThat(rej.reason()).isEqualTo("bad high '1.1O4380'");
        });
        assertThat(r.columns()).startsWith("timestamp ← column 1, open ← column 2").endsWith("volume ← column 6");
    }

    @Test
    void aFirstBarWithABadTimestampOrABadCloseIsNamedToo() throws IOException {
        Path mt = file("mt.csv", "2024.01.02,17:61,1.1,1.2,1.0,1.1,5\n2024.01.02,17:01,1.1,1.2,1.0,1.1,5\n");
        assertThatThrownBy(() -> BarsReading.of(mt, BarsLayout.DEFAULT)).isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("line 1 is not a header but a bar with a bad timestamp '2024.01.02 17:61' (read as"
                        + " date,time,open,high,low,close,volume)");
        assertThat(BarsReading.of(mt, layout(',', BarsLayout.Header.ABSENT, Map.of())).times()).containsExactly(T0 + 60_000);
        Path five = file("five.csv", "2024-01-02T17:00:00Z,1.1,1.2,1.0,x1.15\n2024-01-02T17:01:00Z,1.1,1.2,1.0,1.15\n");
        assertThatThrownBy(() -> BarsReading.of(five, BarsLayout.DEFAULT))
                .hasMessageContaining("a bar with a bad close 'x1.15' (read as timestamp,open,high,low,close)");
        // six fields, a bad timestamp: not also a date and a "time" of 1.1 (QA-9 D-4's last case)
        Path six = file("six.csv", "2024-01-32 17:00:00,1.1,1.2,1.0,1.1,5\n2024-01-02 17:01:00,1.1,1.2,1.0,1.1,5\n");
        assertThatThrownBy(() -> BarsReading.of(six, BarsLayout.DEFAULT)).isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("line 1 is not a header but a bar with a bad timestamp '2024-01-32 17:00:00' (read as"
                        + " timestamp,open,high,low,close,volume)");
        BarsReading sixRead = BarsReading.of(six, layout(',', BarsLayout.Header.ABSENT, Map.of()));
        assertThat(sixRead.times()).containsExactly(T0 + 60_000);
        assertThat(sixRead.rejects()).singleElement().satisfies(rej -> assertThat(rej.reason())
                .startsWith("bad timestamp '2024-01-32 17:00:00'"));
        // two bad values: not said to be a bar, and not read as one without a header either
        Path two = file("two.csv", "20240102 165900;1.1O4350;1.1O4380;1.104280;1.104300;0\n");
        assertThatThrownBy(() -> BarsReading.of(two, layout(';', BarsLayout.Header.AUTO, Map.of())))
                .hasMessageContaining("header lacks column 'timestamp'");
        assertThatThrownBy(() -> BarsReading.of(two, layout(';', BarsLayout.Header.ABSENT, Map.of())))
                .hasMessageContaining("reads neither as");
    }

    @Test
    void aFirstLineThatIsNeitherHeaderNorBarFailsAsAHeader() throws IOException {
        // a bad timestamp and a bad high: too unlike a bar to say which field is wrong (one bad timestamp is named)
        Path f = file("junk.csv", "2024-13-45 99:99,1.1,x,1.0,1.15,1\n2024-01-02T17:00:00Z,1.1,1.2,1.0,1.15,1\n");
        assertThatThrownBy(() -> BarsReading.of(f, BarsLayout.DEFAULT)).isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("header lacks column 'timestamp'");
    }
}
