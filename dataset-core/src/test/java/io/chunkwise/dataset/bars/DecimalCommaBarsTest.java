package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** European exports: {@code ;}-separated with a decimal comma, read with the option, hinted at without it. */
class DecimalCommaBarsTest {
    private static final long T0 = Instant.parse("2024-01-02T17:00:00Z").toEpochMilli();
    private static final String EURO = """
            timestamp;open;high;low;close;volume
            2024-01-02 17:00:00;1,10435;1,10438;1,10432;1,10434;57
            2024-01-02 17:01:00;1,10434;1,10440;1,10430;1,10436;12,5
            2024-01-02 17:02:00;1.10436;1,10440;1,10430;1,10436;1
            2024-01-02 17:03:00;1.104,36;1,10440;1,10430;1,10436;1
            2024-01-02 17:04:00;1,10436;1,10440;1,10430;1,1,0436;1
            2024-01-02 17:05:00;1;2;1;2;0
            """;

    @TempDir
    Path dir;

    private static BarsLayout semicolon(boolean comma) {
        return new BarsLayout(';', Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, comma);
    }

    @Test
    void decimalCommasAreReadWithTheOptionAndPointsThousandsAndTwoCommasRejected() throws IOException {
        Path f = Files.writeString(dir.resolve("euro.csv"), EURO);
        BarsReading r = BarsReading.of(f, semicolon(true));
        assertThat(r.times()).containsExactly(T0, T0 + 60_000, T0 + 300_000);
        assertThat(r.opens()).containsExactly(1.10435, 1.10434, 1.0);
        assertThat(r.volumes()).containsExactly(57.0, 12.5, 0.0);
        assertThat(r.rejects()).extracting(BarReject::line).containsExactly(4L, 5L, 6L);
        assertThat(r.rejects().get(0).reason()).isEqualTo("bad open '1.10436': a decimal point, but the decimal comma is on");
        assertThat(r.rejects().get(1).reason()).isEqualTo("bad open '1.104,36': thousands separators are not read");
        assertThat(r.rejects().get(2).reason()).isEqualTo("bad close '1,1,0436'");
    }

    @Test
    void withoutTheOptionADecimalCommaIsRejectedWithAHint() throws IOException {
        Path f = Files.writeString(dir.resolve("euro.csv"), EURO);
        BarsReading r = BarsReading.of(f, semicolon(false));
        assertThat(r.times()).containsExactly(T0 + 300_000);
        assertThat(r.rejects()).hasSize(5);
        assertThat(r.rejects()).first().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(2);
            assertThat(rej.reason()).isEqualTo("bad open '1,10435': a decimal comma? read the file with a decimal comma");
        });
        assertThat(r.rejects()).filteredOn(rej -> rej.line() == 4).singleElement()
                .satisfies(rej -> assertThat(rej.reason()).isEqualTo("bad high '1,10440': a decimal comma? read the file with a decimal comma"));
        assertThat(r.rejects()).filteredOn(rej -> rej.line() == 5).singleElement()
                .satisfies(rej -> assertThat(rej.reason()).isEqualTo("bad open '1.104,36': thousands separators are not read"));
    }

    @Test
    void aHeaderlessDecimalCommaFileIsDetectedAsBars() throws IOException {
        Path f = Files.writeString(dir.resolve("h.csv"), "20240102 170000;1,104350;1,104380;1,104320;1,104340;0\n");
        BarsReading with = BarsReading.of(f, semicolon(true));
        assertThat(with.headerless()).isTrue();
        assertThat(with.opens()).containsExactly(1.10435);
        BarsReading without = BarsReading.of(f, semicolon(false));
        assertThat(without.headerless()).as("a bar, whatever its decimal mark").isTrue();
        assertThat(without.rejects()).singleElement().satisfies(rej -> assertThat(rej.reason()).contains("read the file with a decimal comma").doesNotContain("--"));
    }

    @Test
    void aQuotedDecimalCommaInACommaSeparatedFileReadsToo() throws IOException {
        Path f = Files.writeString(dir.resolve("q.csv"), "timestamp,open,high,low,close\n"
                + "2024-01-02T17:00:00Z,\"1,1\",\"1,2\",\"1,0\",\"1,15\"\n");
        BarsReading r = BarsReading.of(f, new BarsLayout(',', Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, true));
        assertThat(r.closes()).containsExactly(1.15);
    }

    @Test
    void unquotedDecimalCommasAtACommaDelimiterAreRejectedWithTheDelimiterToSet() throws IOException {
        Path f = Files.writeString(dir.resolve("c.csv"), EURO.replace(';', ','));
        BarsReading r = BarsReading.of(f, new BarsLayout(',', Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, true));
        assertThat(r.times()).as("only the row of whole numbers").containsExactly(T0 + 300_000);
        assertThat(r.rejects()).hasSize(5).first().satisfies(rej -> assertThat(rej.reason()).isEqualTo(
                "expected 6 fields, found 10: a decimal comma splits unquoted numbers at a ',' delimiter; if the fields are"
                        + " separated by ';', set the delimiter to ';'"));
        assertThat(r.rejects()).extracting(BarReject::reason).allMatch(reason -> reason.endsWith("set the delimiter to ';'"));
        BarsReading plain = BarsReading.of(f, new BarsLayout(',', Map.of(), ZoneId.of("UTC"), BarsLayout.Header.AUTO, false));
        assertThat(plain.rejects()).first().satisfies(rej -> assertThat(rej.reason()).isEqualTo("expected 6 fields, found 10"));
    }
}
