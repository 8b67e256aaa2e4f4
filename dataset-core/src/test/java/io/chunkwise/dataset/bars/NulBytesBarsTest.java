package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row holding a NUL byte (a crashed writer's padding) is rejected as the security-master loaders
 * reject it, naming its line, byte offset and the NULs, also when its field count is right and its
 * fields would parse; it is counted and never cached.
 */
class NulBytesBarsTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume,note";

    @TempDir
    Path dir;

    private static String bar(int minute) {
        return "2024-01-02T00:%02d:00Z,1.1000,1.1010,1.0990,1.1005,%d,ok".formatted(minute, 10 + minute);
    }

    /** A file of 20 bars and the header, line {@code n} (2..21) replaced by {@code edits}' values. */
    private Path file(String name, Map<Integer, String> edits) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int m = 0; m < 20; m++) {
            lines.add(edits.getOrDefault(m + 2, bar(m)));
        }
        return Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static long offsetOf(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).indexOf(text);
    }

    @Test
    void aNulInAFieldOfTheRightCountIsRejectedNamingLineOffsetAndBytes() throws IOException {
        Path file = file("fields.csv", Map.of(
                4, "2024-01-02T00:02:00\0Z,1.1000,1.1010,1.0990,1.1005,12,ok",
                6, "2024-01-02T00:04:00Z,1.1000,1.1010,1.0990,1.1005\0\0,14,ok",
                8, "2024-01-02T00:06:00Z,1.1000,1.1010,1.0990,1.1005,16,\0\0\0"));
        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);

        long time = offsetOf(file, "2024-01-02T00:02:00\0");
        long close = offsetOf(file, "2024-01-02T00:04:00Z");
        long note = offsetOf(file, "2024-01-02T00:06:00Z");
        assertThat(r.rejects()).extracting(BarReject::line, BarReject::offset, BarReject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, time, "holds a NUL byte at byte " + (time + 19)
                        + ": NUL is not text (a crashed writer's padding over this line, or binary data?)"),
                org.assertj.core.groups.Tuple.tuple(6L, close, "holds 2 NUL bytes from byte " + (offsetOf(file, "\0\0,14"))
                        + ": NUL is not text (a crashed writer's padding over this line, or binary data?)"),
                // a column no bar reads: a NUL there is the writer's damage to the row all the same
                org.assertj.core.groups.Tuple.tuple(8L, note, "holds 3 NUL bytes from byte " + offsetOf(file, "\0\0\0")
                        + ": NUL is not text (a crashed writer's padding over this line, or binary data?)"));
        assertThat(r.times()).hasSize(17).doesNotContain(1_704_153_720_000L, 1_704_153_840_000L, 1_704_153_960_000L);
    }

    @Test
    void aNulRunOverALineEndAndAFileEndIsNamedWithTheFieldCount() throws IOException {
        // line 5's end and line feed, and line 6's start, overwritten by NULs: one row of too many fields
        String joined = "2024-01-02T00:03:00Z,1.1000,1.1010,1.0990,1.10" + "\0".repeat(12) + ",1.1010,1.0990,1.1005,14,ok";
        Path file = file("run.csv", Map.of(5, joined));
        Files.write(file, "\0".repeat(100).getBytes(StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
        BarsReading r = BarsReading.of(file, BarsLayout.DEFAULT);

        assertThat(r.rejects()).hasSize(2);
        assertThat(r.rejects().getFirst().line()).isEqualTo(5);
        assertThat(r.rejects().getFirst().reason()).isEqualTo("expected 7 fields, found 10; holds 12 NUL bytes from byte "
                + offsetOf(file, "\0") + ": NUL is not text (a crashed writer's padding over this line, or binary data?)");
        assertThat(r.rejects().get(1).line()).isEqualTo(22);
        assertThat(r.rejects().get(1).reason()).startsWith("100 NUL bytes from byte " + (Files.size(file) - 100)
                + " and nothing else");
        assertThat(r.times()).hasSize(19);
    }

    @Test
    void aNulInASymbolIsRejectedNotTakenForASecondInstrumentNorSkipped() throws IOException {
        List<String> lines = new ArrayList<>(List.of("symbol," + HEADER));
        for (int m = 0; m < 10; m++) {
            lines.add((m == 4 ? "EURUSD\0" : "EURUSD") + "," + bar(m));
        }
        Path file = Files.write(dir.resolve("symbol.csv"), (String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (String symbol : new String[] {null, "EURUSD"}) {
            BarsLayout layout = new BarsLayout(',', Map.of(), LocalClock.UTC, BarsLayout.Header.AUTO, false, symbol);
            List<BarReject> rejects = new ArrayList<>();
            BarChunk c = new BarChunk(4);
            try (BarsCsvReader reader = new BarsCsvReader(file, layout, rejects::add)) {
                while (reader.read(c)) {
                    // read through
                }
                assertThat(reader.accepted()).as("symbol %s", symbol).isEqualTo(9);
                assertThat(reader.rejected()).isEqualTo(1);
                assertThat(reader.skipped()).isZero();
            }
            assertThat(rejects).singleElement().satisfies(rej -> {
                assertThat(rej.line()).isEqualTo(6);
                assertThat(rej.reason()).startsWith("holds a NUL byte at byte ");
            });
        }
    }
}
