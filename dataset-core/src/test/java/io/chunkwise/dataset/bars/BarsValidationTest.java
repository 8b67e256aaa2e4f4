package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Impossible bars and out-of-order outliers are rejected, named, and cost only their own row. */
class BarsValidationTest {
    @TempDir
    Path dir;

    private record Read(List<Long> times, List<BarReject> rejects, long accepted) {
    }

    private Read read(Path file, int chunkRows) {
        List<BarReject> rejects = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        BarChunk c = new BarChunk(chunkRows);
        try (BarsCsvReader reader = new BarsCsvReader(file, rejects::add)) {
            while (reader.read(c)) {
                for (int i = 0; i < c.size(); i++) {
                    times.add(c.time()[i]);
                }
            }
            assertThat(reader.accepted() + reader.rejected()).isEqualTo(Files.readAllLines(file).size() - 1);
            return new Read(times, rejects, reader.accepted());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path edit(String name, int rows, int line, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = TestBars.csv(dir.resolve(name), rows, 7);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(line - 1, change.apply(lines.get(line - 1)));
        return Files.write(file, lines);
    }

    @Test
    void rejectsComeInLineOrderThoughRowsAreHeldBackBeforeTheyAreDecided() throws IOException {
        // shuffled rows, with unparsable ones among them: rejected late, early and at once
        Path file = TestBars.csv(dir.resolve("shuffled.csv"), 600, 5);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.shuffle(rows, new java.util.Random(3));
        for (int i = 5; i < rows.size(); i += 37) {
            rows.set(i, "garbage," + i);
        }
        rows.addFirst(lines.getFirst());
        Files.write(file, rows);
        for (int chunkRows : new int[] {1, 16, 1000}) {
            Read r = read(file, chunkRows);
            assertThat(r.rejects()).extracting(BarReject::line).as("chunk %d", chunkRows).isSorted().doesNotHaveDuplicates()
                    .hasSize((int) (600 - r.accepted()));
            assertThat(r.times()).isSorted();
        }
    }

    @Test
    void oneMistypedFutureTimestampCostsOnlyItsOwnRow() throws IOException {
        Path file = edit("typo.csv", 200, 12, l -> l.replaceFirst("2024", "2042"));
        for (int chunkRows : new int[] {1, 5, 11, 64, 1000}) {
            Read r = read(file, chunkRows);
            assertThat(r.accepted()).as("chunk %d", chunkRows).isEqualTo(199);
            assertThat(r.rejects()).singleElement().satisfies(rej -> {
                assertThat(rej.line()).isEqualTo(12);
                assertThat(rej.reason()).contains("2042").contains("out of order");
            });
            assertThat(r.times()).isSorted().doesNotHaveDuplicates().hasSize(199);
        }
    }

    private Path editLines(String name, int rows, java.util.function.IntPredicate mistype, String year) throws IOException {
        Path file = TestBars.csv(dir.resolve(name), rows, 7);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int line = 2; line <= lines.size(); line++) {
            if (mistype.test(line)) {
                lines.set(line - 1, lines.get(line - 1).replaceFirst("2024", year));
            }
        }
        return Files.write(file, lines);
    }

    private static void assertOnlyRejected(Read r, int rows, List<Integer> badLines, String why) {
        assertThat(r.rejects()).extracting(BarReject::line).map(Long::intValue)
                .containsExactlyInAnyOrderElementsOf(badLines);
        assertThat(r.rejects()).allSatisfy(rej -> assertThat(rej.reason()).contains(why));
        assertThat(r.accepted()).isEqualTo(rows - badLines.size());
        assertThat(r.times()).isSorted().doesNotHaveDuplicates().hasSize(rows - badLines.size());
    }

    @Test
    void twoOrThreeConsecutiveFutureTimestampsCostOnlyTheirOwnRows() throws IOException {
        for (int run = 2; run <= TimeOrder.MAX_RUN; run++) {
            int first = 40;
            int last = first + run - 1;
            Path file = editLines("run" + run + ".csv", 120, l -> l >= first && l <= last, "2042");
            for (int chunkRows : new int[] {1, 3, 16, 1000}) {
                Read r = read(file, chunkRows);
                List<Integer> bad = java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
                assertOnlyRejected(r, 120, bad, "out of order");
                assertThat(r.rejects().get(0).reason()).as("names the row it should precede").contains("line " + (last + 1));
            }
        }
    }

    @Test
    void aFutureTimestampOnTheFirstDataRowsCostsOnlyThoseRows() throws IOException {
        for (int run = 1; run <= 3; run++) {
            int last = 1 + run;
            Path file = editLines("first" + run + ".csv", 60, l -> l <= last, "2042");
            for (int chunkRows : new int[] {1, 7, 1000}) {
                assertOnlyRejected(read(file, chunkRows), 60,
                        java.util.stream.IntStream.rangeClosed(2, last).boxed().toList(), "2042");
            }
        }
    }

    @Test
    void separateMistypedRunsAndAPastTimestampInsideOneAreEachRejected() throws IOException {
        List<Integer> future = List.of(10, 11, 30, 31, 32, 80, 81, 100, 101);
        Path file = editLines("runs.csv", 100, future::contains, "2042");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(49, lines.get(49).replaceFirst("2024", "2004"));
        Files.write(file, lines);
        Read r = read(file, 5);
        // the last two rows are the file's end: nothing after them says they are wrong
        assertThat(r.rejects()).extracting(BarReject::line).map(Long::intValue)
                .containsExactlyInAnyOrder(10, 11, 30, 31, 32, 50, 80, 81);
        assertThat(r.accepted()).isEqualTo(100 - 8);
        assertThat(r.times()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aLongerRunThanTheWindowIsNotGuessedAway() throws IOException {
        int run = TimeOrder.WINDOW + 2;
        Path file = editLines("long.csv", 80, l -> l >= 20 && l < 20 + run, "2042");
        Read r = read(file, 8);
        assertThat(r.accepted() + r.rejects().size()).isEqualTo(80);
        assertThat(r.times()).isSorted().doesNotHaveDuplicates();
        assertThat(r.rejects()).isNotEmpty();
    }

    @Test
    void oneMistypedPastTimestampCostsOnlyItsOwnRow() throws IOException {
        Path file = edit("past.csv", 100, 40, l -> l.replaceFirst("2024", "2004"));
        Read r = read(file, 16);
        assertThat(r.accepted()).isEqualTo(99);
        assertThat(r.rejects()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(40);
            assertThat(rej.reason()).contains("2004").contains("not after the previous row's");
        });
    }

    @Test
    void aLateRowNamesTheLatestAcceptedRowBeforeItNotAHeldBackOne() throws IOException {
        // a second series appended after the first: each of its rows is late; the previous row is line 201
        Path file = TestBars.csv(dir.resolve("seq.csv"), 200, 7);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String last = lines.get(200);
        lines.addAll(lines.subList(1, 21));
        Files.write(file, lines);
        for (int chunkRows : new int[] {1, 16, 1000}) {
            Read r = read(file, chunkRows);
            assertThat(r.accepted()).isEqualTo(200);
            assertThat(r.rejects()).hasSize(20).allSatisfy(rej -> assertThat(rej.reason())
                    .as("chunk %d", chunkRows)
                    .endsWith("not after the previous row's ('" + last.substring(0, last.indexOf(',')) + "', line 201)"));
        }
        // a future outlier held before a past row: the previous accepted row is line 39, not the outlier at 38
        file = editLines("outlier.csv", 100, l -> l == 38, "2042");
        lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(39, lines.get(39).replaceFirst("2024", "2004"));
        Files.write(file, lines);
        Read r = read(file, 16);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(38L, 40L);
        assertThat(r.rejects().get(1).reason()).contains("not after the previous row's").endsWith(", line 39)");
    }

    @Test
    void aDuplicateTimestampRejectsTheSecondRow() throws IOException {
        Path file = TestBars.csv(dir.resolve("dup.csv"), 20, 3);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String ts = lines.get(5).substring(0, lines.get(5).indexOf(','));
        lines.set(6, ts + lines.get(6).substring(lines.get(6).indexOf(',')));
        Files.write(file, lines);
        Read r = read(file, 4);
        assertThat(r.accepted()).isEqualTo(19);
        assertThat(r.rejects()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(7);
            assertThat(rej.reason()).contains("duplicate timestamp");
        });
        assertThat(r.times()).contains(Instant.parse(ts).toEpochMilli());
    }

    @Test
    void timestampsApartByLessThanAMillisecondAreSaidToCollideInTheCachesMilliseconds() throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int i = 0; i < 20; i++) {
            csv.append(String.format("2024-01-08T00:00:00.%06dZ,1.1,1.1001,1.0999,1.10005,1\n", i * 10));
        }
        csv.append("2024-01-08T00:00:00.001Z,1.1,1.1001,1.0999,1.10005,1\n")      // line 22: the next millisecond
                .append("2024-01-08T00:00:00.001Z,1.1,1.1001,1.0999,1.10005,1\n"); // line 23: written the same
        Path file = Files.writeString(dir.resolve("micros.csv"), csv);
        Read r = read(file, 4);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejects()).hasSize(20);
        assertThat(r.rejects().getFirst().reason()).isEqualTo("timestamp '2024-01-08T00:00:00.000010Z' falls in the"
                + " same millisecond as line 2's ('2024-01-08T00:00:00.000000Z'), and the cache keeps milliseconds");
        assertThat(r.rejects().subList(0, 19)).allSatisfy(rej -> assertThat(rej.reason())
                .contains("same millisecond as line 2's").doesNotContain("duplicate"));
        assertThat(r.rejects().getLast().line()).isEqualTo(23);
        assertThat(r.rejects().getLast().reason()).isEqualTo("duplicate timestamp '2024-01-08T00:00:00.001Z' (as line 22)");

        // microsecond epochs alike
        Path micros = Files.writeString(dir.resolve("epoch-us.csv"), "timestamp,open,high,low,close,volume\n"
                + "1704672000000000,1.1,1.1001,1.0999,1.10005,1\n1704672000000100,1.1,1.1001,1.0999,1.10005,1\n");
        assertThat(read(micros, 4).rejects()).singleElement().extracting(BarReject::reason).isEqualTo("timestamp"
                + " '1704672000000100' falls in the same millisecond as line 2's ('1704672000000000'), and the cache"
                + " keeps milliseconds");
    }

    @Test
    void openOrCloseOutsideLowHighAndHexNumbersAreRejected() throws IOException {
        String csv = "timestamp,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,1.1,1.2,1.0,1.15,1\n"       // 2 ok
                + "2024-01-01T00:01:00Z,9.9,1.2,1.0,1.15,1\n"       // 3 open above high
                + "2024-01-01T00:02:00Z,0.9,1.2,1.0,1.15,1\n"       // 4 open below low
                + "2024-01-01T00:03:00Z,1.1,1.2,1.0,1.25,1\n"       // 5 close above high
                + "2024-01-01T00:04:00Z,1.1,1.2,1.0,0.95,1\n"       // 6 close below low
                + "2024-01-01T00:05:00Z,0x1p0,1.2,1.0,1.15,1\n"     // 7 hex float
                + "2024-01-01T00:06:00Z,1.1,1.2,1.0,1.15,NaN\n"     // 8 NaN
                + "2024-01-01T00:07:00Z,1.1,1.2,1.0,1.15,2d\n"      // 9 Java suffix
                + "2024-01-01T00:08:00Z,1.2,1.2,1.0,1.0,1e3\n";     // 10 ok: on the bounds
        Path file = Files.writeString(dir.resolve("ohlc.csv"), csv);
        Read r = read(file, 3);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(r.rejects()).extracting(BarReject::reason).containsExactly(
                "open 9.9 outside [low 1.0, high 1.2]", "open 0.9 outside [low 1.0, high 1.2]",
                "close 1.25 outside [low 1.0, high 1.2]", "close 0.95 outside [low 1.0, high 1.2]",
                "bad open '0x1p0'", "bad volume 'NaN'", "bad volume '2d'");
        assertThat(r.rejects().get(0).offset()).isEqualTo(csv.indexOf("2024-01-01T00:01"));
    }

    @Test
    void aPriceNotPositiveIsRejectedNamingItsColumnAndQuotingItAsWritten() throws IOException {
        String csv = "timestamp,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,1.1,1.2,1.0,1.15,1\n"       // 2 ok
                + "2024-01-01T00:01:00Z,1.1,1.2,-1.1,1.15,1\n"      // 3 low negative
                + "2024-01-01T00:02:00Z,0,1.2,1.0,1.15,1\n"         // 4 open zero
                + "2024-01-01T00:03:00Z,1.1,1.2,1.0,-0.0e0,1\n"     // 5 close minus zero, written so
                + "2024-01-01T00:04:00Z,1.1, -1.2 ,1.0,1.15,1\n"    // 6 high negative, padded
                + "2024-01-01T00:05:00Z,1.1,1.2,1.0,1.15,0\n";      // 7 ok: a zero volume is no price
        Path file = Files.writeString(dir.resolve("notpositive.csv"), csv);
        Read r = read(file, 3);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(r.rejects()).extracting(BarReject::reason).containsExactly("low '-1.1' is not positive",
                "open '0' is not positive", "close '-0.0e0' is not positive", "high '-1.2' is not positive");
        assertThat(r.rejects().get(1).offset()).isEqualTo(csv.indexOf("2024-01-01T00:02"));
    }

    @Test
    void pricesAndVolumesBeyondFloat32AreRejectedNotStoredAsInfinityOrZero() throws IOException {
        String csv = "timestamp,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,1.1,1.2,1.0,1.15,1\n"       // 2 ok
                + "2024-01-01T00:01:00Z,1.08,1e39,1.07,1.085,1\n"  // 3 high overflows float32
                + "2024-01-01T00:02:00Z,1.08,1.09,1e-50,1.085,1\n" // 4 low underflows to 0
                + "2024-01-01T00:03:00Z,1.08,1.09,1.07,1.085,1e39\n" // 5 volume overflows
                + "2024-01-01T00:04:00Z,1.08,1.09,1.07,1.085,1e-40\n" // 6 volume a float32 subnormal
                + "2024-01-01T00:05:00Z,1.08,1.09,1.07,1.085,0\n"    // 7 ok: zero volume
                + "2024-01-01T00:06:00Z,1.08,1.09,1.07,1.085,3e38\n"; // 8 ok: within range
        Path file = Files.writeString(dir.resolve("range.csv"), csv);
        Read r = read(file, 3);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(r.rejects()).extracting(BarReject::reason).allSatisfy(reason ->
                assertThat(reason).contains("out of float32 range"));
        assertThat(r.rejects().get(0).reason()).startsWith("high '1e39' out of float32 range");
        assertThat(r.rejects().get(1).reason()).startsWith("low '1e-50' out of float32 range");
        assertThat(r.rejects().get(2).reason()).startsWith("volume '1e39' out of float32 range");
        assertThat(r.rejects().get(1).offset()).isEqualTo(csv.indexOf("2024-01-01T00:02"));
    }

    @Test
    void exponentsAndSignsAreReadAndMinusZeroVolumeIsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("sci.csv"), "timestamp,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,+1.08,1.09,1.07,1.085,1.5e2\n"
                + "2024-01-01T00:01:00Z,1.08,1.09,1.07,1.085,-0\n");
        List<Double> volumes = BarsReading.of(file, BarsLayout.DEFAULT).volumes();
        assertThat(volumes).containsExactly(150.0, 0.0);
        assertThat(Double.doubleToRawLongBits(volumes.get(1))).as("+0.0, not -0.0").isZero();
    }

    @Test
    void epochSecondsAreStoredAsTheRightInstant() throws IOException {
        Path file = Files.writeString(dir.resolve("s.csv"), "timestamp,open,high,low,close,volume\n"
                + "1704664860,1.1,1.2,1.0,1.15,1\n1704664920,1.1,1.2,1.0,1.15,1\n1704664980000,1.1,1.2,1.0,1.15,1\n");
        Read r = read(file, 8);
        assertThat(r.times()).containsExactly(Instant.parse("2024-01-07T22:01:00Z").toEpochMilli(),
                Instant.parse("2024-01-07T22:02:00Z").toEpochMilli());
        assertThat(r.rejects()).singleElement().satisfies(rej -> assertThat(rej.line()).isEqualTo(4));
    }

    @Test
    void aBinaryHeaderIsShownAsEscapes() throws IOException {
        Path file = Files.write(dir.resolve("bin.csv"), new byte[] {'B', 'I', 'N', 'A', 'R', 'Y', 0, 0, (byte) 0xff, 1, '\n',
                '1', '\n'});
        // loader-core's header reader names the NUL bytes (not text: not UTF-16's pattern) before any column is looked for
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BarsCsvReader(file, r -> { }).close())
                .isInstanceOf(io.chunkwise.loader.csv.CsvParseException.class)
                .hasMessageStartingWith(file + ":1 (byte 6): the first line holds 2 NUL bytes from byte 6")
                .satisfies(e -> assertThat(e.getMessage().chars().noneMatch(c -> c < 0x20 || c == 0xfffd)).isTrue());
    }

    @Test
    void archivesAndBinaryFormatsAreNamedNotCalledClassicMacText() throws IOException {
        byte[] csv = "20240102 170000;1.10432;1.10440;1.10420;1.10431;0\r20240102 170100;1.1;1.2;1.0;1.1;0\r"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("DAT_ASCII_EURUSD_M1_2024.csv"));
            z.write(csv);
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(gz)) {
            g.write(csv);
        }
        java.util.Map<String, byte[]> files = java.util.Map.of(
                "hd.zip", zip.toByteArray(), "hd.csv.gz", gz.toByteArray(),
                "cache.arrow", "ARROW1\0\0rest".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        java.util.Map<String, String> said = java.util.Map.of("hd.zip", "a zip archive, not a text file; unzip it first (a spreadsheet workbook is one: save it as CSV)",
                "hd.csv.gz", "gzip-compressed, not a text file; gunzip it first",
                "cache.arrow", "an Arrow IPC file, not a CSV file; open it as a cache, not as bars");
        for (String name : files.keySet()) {
            Path file = Files.write(dir.resolve(name), files.get(name));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BarsCsvReader(file, r -> { }).close())
                    .isInstanceOf(BarsFormatException.class).hasMessage(file + ": " + said.get(name));
        }
    }

    @Test
    void crOnlyLineEndingsAreNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("cr.csv"), "timestamp,open,high,low,close,volume\r"
                + "2024-01-01T00:00:00Z,1.1,1.2,1.0,1.15,1\r2024-01-01T00:01:00Z,1.1,1.2,1.0,1.15,1\r");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BarsCsvReader(file, r -> { }).close())
                .isInstanceOf(BarsFormatException.class).hasMessage(file + ": lines end in CR only (classic Mac);"
                        + " convert them to LF or CRLF (e.g. tr '\\r' '\\n' < IN > OUT)");
    }
}
