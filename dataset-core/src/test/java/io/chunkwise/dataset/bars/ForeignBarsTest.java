package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.arrow.RowReader;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bars from other sources (other delimiters, column names, split date and time, vendor date forms,
 * no volume, a zone): the cache holds exactly the source's values, bad rows are rejected with line
 * and byte offset, and a file that cannot be read says which option fixes it.
 */
class ForeignBarsTest {
    private static final long START = Instant.parse("2024-01-07T22:00:00Z").toEpochMilli();
    private static final int ROWS = 12;

    @TempDir
    Path dir;

    /** One source bar: its instant and the values as written. */
    private record Bar(long time, String open, String high, String low, String close, String volume) {
    }

    private static List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            double o = 1.085 + i * 0.0001;
            double c = o + (i % 2 == 0 ? 0.00004 : -0.00003);
            bars.add(new Bar(START + i * 60_000L, f(o), f(Math.max(o, c) + 0.00002), f(Math.min(o, c) - 0.00002), f(c),
                    Integer.toString(10 + i)));
        }
        return bars;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    /** Writes a header and one line per bar, a bad line inserted after the third bar; returns the bad line's text. */
    private Path write(String name, String header, Function<Bar, String> line, String bad) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        List<Bar> bars = bars();
        for (int i = 0; i < bars.size(); i++) {
            lines.add(line.apply(bars.get(i)));
            if (i == 2 && bad != null) {
                lines.add(bad);
            }
        }
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** What a cache holds, read back: times through Arrow, floats through the project's own reader. */
    private record Cached(CacheSummary summary, List<Long> times, float[][] rows, List<BarReject> rejects) {
    }

    private Cached cache(Path file, BarsLayout layout) {
        List<BarReject> rejects = new ArrayList<>();
        Path out = dir.resolve(file.getFileName() + ".arrow");
        CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), 4).build(file, layout, out, d -> { }, rejects::add);
        float[][] rows;
        try (CacheTable t = ReadMode.MAPPED.open(out); RowReader r = t.reader()) {
            List<String> bars = s.volume() ? List.of("open", "high", "low", "close", "volume")
                    : List.of("open", "high", "low", "close");
            int[] cols = bars.stream().mapToInt(n -> t.column(n).index()).toArray();
            rows = new float[(int) t.rows()][cols.length];
            for (int i = 0; i < rows.length; i++) {
                r.read(i, 1, cols, rows[i], 0);
            }
            if (!s.volume()) {
                assertThatThrownBy(() -> t.column("volume")).hasMessageContaining("no column 'volume'");
            }
        }
        return new Cached(s, times(out), rows, rejects);
    }

    private static List<Long> times(Path arrow) {
        List<Long> times = new ArrayList<>();
        try (BufferAllocator a = new RootAllocator(); FileChannel ch = FileChannel.open(arrow);
             ArrowFileReader reader = new ArrowFileReader(ch, a)) {
            while (reader.loadNextBatch()) {
                TimeStampMilliTZVector v = (TimeStampMilliTZVector) reader.getVectorSchemaRoot().getVector(0);
                for (int i = 0; i < v.getValueCount(); i++) {
                    times.add(v.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
    }

    /** Every source bar but the first (the warm-up of {@code ret}) is in the cache with its exact values. */
    private static void assertHoldsTheSource(Cached c, boolean volume) {
        List<Bar> bars = bars();
        assertThat(c.summary().accepted()).isEqualTo(ROWS);
        assertThat(c.summary().volume()).isEqualTo(volume);
        assertThat(c.times()).containsExactlyElementsOf(bars.stream().skip(1).map(Bar::time).toList());
        for (int i = 1; i < bars.size(); i++) {
            Bar b = bars.get(i);
            float[] row = c.rows()[i - 1];
            assertThat(row[0]).isEqualTo(Float.parseFloat(b.open()));
            assertThat(row[1]).isEqualTo(Float.parseFloat(b.high()));
            assertThat(row[2]).isEqualTo(Float.parseFloat(b.low()));
            assertThat(row[3]).isEqualTo(Float.parseFloat(b.close()));
            if (volume) {
                assertThat(row[4]).isEqualTo(Float.parseFloat(b.volume()));
            }
        }
    }

    private static String iso(long t) {
        return Instant.ofEpochMilli(t).toString();
    }

    private static BarsLayout delimited(char d) {
        return new BarsLayout(d, Map.of(), ZoneId.of("UTC"));
    }

    private static void assertOneReject(Cached c, Path file, String reason) throws IOException {
        String text = Files.readString(file);
        int at = 0;
        for (int i = 0; i < 4; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        long lineStart = text.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(c.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.offset()).isEqualTo(lineStart);
            assertThat(r.reason()).contains(reason);
            assertThat(r.toString()).startsWith(file + ":5 (byte " + r.offset() + "): ");
        });
        assertThat(c.summary().rejected()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(chars = {';', '\t', '|'})
    void otherDelimitersReadExactlyWithBadRowsNamed(char d) throws IOException {
        String s = String.valueOf(d);
        Path file = write("d.csv", String.join(s, "timestamp", "open", "high", "low", "close", "volume"),
                b -> String.join(s, iso(b.time()), b.open(), b.high(), b.low(), b.close(), b.volume()),
                String.join(s, "2024-01-07T23:00:00Z", "1,08500", "1.1", "1.0", "1.05", "3"));
        Cached c = cache(file, delimited(d));
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "bad open '1,08500'");
    }

    @ParameterizedTest
    @ValueSource(chars = {';', '\t', '|'})
    void aOneColumnHeaderNamesTheDelimiterToAdd(char d) throws IOException {
        String s = String.valueOf(d);
        Path file = write("one.csv", String.join(s, "timestamp", "open", "high", "low", "close", "volume"),
                b -> String.join(s, iso(b.time()), b.open(), b.high(), b.low(), b.close(), b.volume()), null);
        String option = d == '\t' ? "'\\t'" : "'" + d + "'";
        assertThatThrownBy(() -> new BarsCsvReader(file, BarsLayout.DEFAULT, r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessageStartingWith(file + ":1 (byte 0): the header is one column 'timestamp")
                .hasMessageEndingWith("it looks " + option + "-separated: set the delimiter to " + option);
    }

    @Test
    void aCommaFileReadWithSemicolonsNamesTheComma() throws IOException {
        Path file = write("c.csv", "timestamp,open,high,low,close,volume",
                b -> String.join(",", iso(b.time()), b.open(), b.high(), b.low(), b.close(), b.volume()), null);
        assertThatThrownBy(() -> new BarsCsvReader(file, delimited(';'), r -> { }).close())
                .isInstanceOf(BarsFormatException.class).hasMessageEndingWith("set the delimiter to ','");
    }

    @Test
    void metaTraderDateAndTimeColumnsAreJoined() throws IOException {
        Path file = write("mt4.csv", "Date,Time,Open,High,Low,Close,Volume",
                b -> String.join(",", mt(b.time()), b.open(), b.high(), b.low(), b.close(), b.volume()),
                "2024.01.07,25:00,1.1,1.2,1.0,1.1,5");
        Cached c = cache(file, BarsLayout.DEFAULT);
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "bad timestamp '2024.01.07 25:00'");
        assertThat(c.summary().sourceColumns()).startsWith("timestamp ← 'Date' + 'Time', open ← 'Open'");
    }

    /** {@code 2024.01.07,22:00} */
    private static String mt(long t) {
        String iso = iso(t);
        return iso.substring(0, 10).replace('-', '.') + "," + iso.substring(11, 16);
    }

    @Test
    void metaTrader5TabExportWithTickAndRealVolumeMustChooseOne() throws IOException {
        Path file = write("mt5.tsv", "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>",
                b -> String.join("\t", mt(b.time()).replace(',', '\t') + ":00", b.open(), b.high(), b.low(), b.close(),
                        b.volume(), "0", "2"),
                "2024.02.30\t22:00:00\t1.1\t1.2\t1.0\t1.1\t5\t0\t2");
        assertThatThrownBy(() -> new BarsCsvReader(file, delimited('\t'), r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("columns '<TICKVOL>' and '<VOL>' both look like volume: choose one as"
                        + " the volume column");
        Cached c = cache(file, new BarsLayout('\t', Map.of(BarField.VOLUME, "<TICKVOL>"), ZoneId.of("UTC")));
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "bad timestamp '2024.02.30 22:00:00'");
    }

    @Test
    void histDataOneColumnDateTimesAreRead() throws IOException {
        Path file = write("histdata.csv", "DateTime;Open;High;Low;Close;Volume",
                b -> String.join(";", iso(b.time()).replaceAll("[-:]", "").replace('T', ' ').replace("Z", ""),
                        b.open(), b.high(), b.low(), b.close(), b.volume()),
                "20240107 226000;1.1;1.2;1.0;1.1;5");
        assertThat(Files.readAllLines(file).get(1)).startsWith("20240107 220000;");
        Cached c = cache(file, delimited(';'));
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "bad timestamp '20240107 226000'");
    }

    @Test
    void dukascopyDayFirstDatesAndShortAliasesAreRead() throws IOException {
        Path file = write("duka.csv", "Gmt time,O,H,L,C,Tick Volume",
                b -> String.join(",", duka(b.time()), b.open(), b.high(), b.low(), b.close(), b.volume()),
                "32.01.2024 22:00:00.000,1.1,1.2,1.0,1.1,5");
        Cached c = cache(file, BarsLayout.DEFAULT);
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "bad timestamp '32.01.2024 22:00:00.000'");
        assertThat(c.summary().sourceColumns()).contains("timestamp ← 'Gmt time'", "volume ← 'Tick Volume'");
    }

    /** {@code 07.01.2024 22:00:00.000} */
    private static String duka(long t) {
        String iso = iso(t);
        return iso.substring(8, 10) + "." + iso.substring(5, 7) + "." + iso.substring(0, 4) + " " + iso.substring(11, 19)
                + ".000";
    }

    @Test
    void explicitColumnNamesReadAnyHeader() throws IOException {
        Path file = write("de.csv", "Zeit,Eröffnung,Hoch,Tief,Schluss,Umsatz",
                b -> String.join(",", iso(b.time()), b.open(), b.high(), b.low(), b.close(), b.volume()),
                "2024-01-07T23:00:00Z,1.1,1.2,1.0,1.1,-5");
        assertThatThrownBy(() -> new BarsCsvReader(file, BarsLayout.DEFAULT, r -> { }).close())
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("header lacks column 'timestamp'")
                .hasMessageContaining("name the timestamp column");
        Map<BarField, String> names = Map.of(BarField.TIMESTAMP, "zeit", BarField.OPEN, "Eröffnung", BarField.HIGH, "Hoch",
                BarField.LOW, "Tief", BarField.CLOSE, "Schluss", BarField.VOLUME, "Umsatz");
        Cached c = cache(file, new BarsLayout(',', names, ZoneId.of("UTC")));
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "negative volume '-5'");
        Map<BarField, String> wrong = Map.of(BarField.TIMESTAMP, "Time");
        assertThatThrownBy(() -> new BarsCsvReader(file, new BarsLayout(',', wrong, ZoneId.of("UTC")), r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("header has no column 'Time' (named as the timestamp column)");
    }

    @Test
    void withoutVolumeTheCacheHasNoVolumeColumnAndTheSummarySaysSo() throws IOException {
        Path file = write("novol.csv", "time,open,high,low,close",
                b -> String.join(",", iso(b.time()), b.open(), b.high(), b.low(), b.close()),
                "2024-01-07T23:00:00Z,1.1,1.2,1.0");
        Cached c = cache(file, BarsLayout.DEFAULT);
        assertHoldsTheSource(c, false);
        assertOneReject(c, file, "expected 5 fields");
        assertThat(c.summary().columns()).containsExactly("open", "high", "low", "close", "ret");
        assertThat(c.summary().sourceColumns()).endsWith("volume absent (not in the cache)");
    }

    @Test
    void twoTimestampCandidatesAreRefusedNotGuessed() throws IOException {
        Path file = write("two.csv", "Gmt time,Local time,open,high,low,close",
                b -> String.join(",", iso(b.time()), iso(b.time()), b.open(), b.high(), b.low(), b.close()), null);
        assertThatThrownBy(() -> new BarsCsvReader(file, BarsLayout.DEFAULT, r -> { }).close())
                .isInstanceOf(BarsFormatException.class)
                .hasMessageContaining("columns 'Gmt time' and 'Local time' both look like timestamp: choose one as"
                        + " the timestamp column");
    }

    @Test
    void localTimesAreReadInTheGivenZoneAndDaylightSavingGapsAndOverlapsAreRejected() throws IOException {
        // New York is UTC-5 in January: 17:00 local is 22:00Z.
        Path file = write("ny.csv", "Date,Time,Open,High,Low,Close,Volume",
                b -> String.join(",", mt(b.time() - 5 * 3_600_000L), b.open(), b.high(), b.low(), b.close(), b.volume()),
                "2024.03.10,02:30,1.1,1.2,1.0,1.1,5");
        Cached c = cache(file, new BarsLayout(',', Map.of(), ZoneId.of("America/New_York")));
        assertHoldsTheSource(c, true);
        assertOneReject(c, file, "timestamp '2024.03.10 02:30' does not exist in America/New_York");
        assertThat(c.summary().timezone()).isEqualTo("America/New_York");

        Path overlap = write("fall.csv", "timestamp,open,high,low,close",
                b -> String.join(",", iso(b.time()), b.open(), b.high(), b.low(), b.close()),
                "2024-11-03 01:30,1.1,1.2,1.0,1.1");
        Cached o = cache(overlap, new BarsLayout(',', Map.of(), ZoneId.of("America/New_York")));
        assertHoldsTheSource(o, false); // Z timestamps keep their own offset
        assertOneReject(o, overlap, "timestamp '2024-11-03 01:30' is ambiguous in America/New_York");
    }

    @Test
    void aNewYorkCloseServerClockFollowsTheUsDaylightSavingDatesNotTheEuOnes() throws IOException {
        // New York time + 7 h: Europe/Athens agrees in winter and summer, but not from 10 to 31 March
        Path file = Files.write(dir.resolve("nyclose.csv"), List.of("Date,Time,Open,High,Low,Close,Volume",
                "2024.03.01,00:19,1.0838,1.0839,1.0837,1.0838,52",
                "2024.03.05,00:19,1.0938,1.0939,1.0937,1.0938,52",
                "2024.03.10,09:30,1.0938,1.0939,1.0937,1.0938,52",
                "2024.03.12,00:19,1.0938,1.0939,1.0937,1.0939,52",
                "2024.04.02,00:19,1.0838,1.0839,1.0837,1.0838,52"));
        LocalClock nyClose = LocalClock.parse("America/New_York+07:00");
        Cached c = cache(file, new BarsLayout(',', Map.of(), nyClose, BarsLayout.Header.AUTO, false, null));
        assertThat(c.times()).containsExactly(Instant.parse("2024-03-04T22:19:00Z").toEpochMilli(),
                Instant.parse("2024-03-11T21:19:00Z").toEpochMilli(), Instant.parse("2024-04-01T21:19:00Z").toEpochMilli());
        // 09:30 on the server is 02:30 in New York, skipped as its clocks went forward
        assertThat(c.rejects()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("timestamp '2024.03.10 09:30' does not exist in America/New_York+07:00 (skipped when clocks go forward)"));
        assertThat(c.summary().timezone()).isEqualTo("America/New_York+07:00");

        Cached athens = cache(file, new BarsLayout(',', Map.of(), ZoneId.of("Europe/Athens")));
        assertThat(athens.times()).as("the EU's dates: an hour late on 11 March only")
                .contains(Instant.parse("2024-03-11T22:19:00Z").toEpochMilli());
    }

    @Test
    void aClockIsAZoneOrAZoneAndItsShift() {
        assertThat(LocalClock.parse("America/New_York+7")).isEqualTo(LocalClock.parse("America/New_York+07:00"))
                .isEqualTo(new LocalClock(ZoneId.of("America/New_York"), java.time.Duration.ofHours(7)))
                .hasToString("America/New_York+07:00");
        assertThat(LocalClock.parse("Etc/GMT+5")).as("a zone of the tz database").isEqualTo(LocalClock.of(ZoneId.of("Etc/GMT+5")));
        assertThat(LocalClock.parse("+02:00")).hasToString("+02:00");
        assertThat(LocalClock.parse("Asia/Kolkata-05:30").ahead()).isEqualTo(java.time.Duration.ofMinutes(-330));
        for (String bad : List.of("Mars/Olympus", "Mars/Olympus+07:00", "America/New_York+19:00", "America/New_York+7x", "")) {
            assertThatThrownBy(() -> LocalClock.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'" + bad + "' is not a time zone");
        }
    }
}
