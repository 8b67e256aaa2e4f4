package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bars from a spreadsheet that groups digits ({@code "1,104.30"}, a volume of {@code 12,000}): each
 * such row rejected, counted and in the rejects file with a reason that names the separators, not a
 * bare "bad open", and a file of nothing else one line naming them, exit 2.
 */
class DatasetThousandsSeparatorsTest {
    @TempDir
    Path dir;

    @Test
    void groupedPricesAreRejectedNamingThousandsSeparators() throws IOException {
        List<String> lines = new ArrayList<>(Bars.lines(30));
        // row 5 (line 6) as a spreadsheet writes a price above 1,000: quoted, with a separator
        lines.set(4, lines.get(4).replaceFirst(",1\\.", ",\"1,000.").replaceFirst("(\"1,000\\.\\d+)", "$1\""));
        Path csv = Bars.write(dir.resolve("sheet.csv"), lines);
        Path rejects = dir.resolve("rejects.csv");
        CliRun r = Bars.cache(csv, dir.resolve("x.arrow"), "--rejects", rejects.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("(29 accepted, 1 rejected, 1 warm-up dropped)")
                .containsPattern("rejected " + csv + ":6 \\(byte \\d+\\): bad open '1,000\\.\\d+': thousands separators"
                        + " are not read\n");
        assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString()
                .matches("6,\\d+,\"bad open '1,000\\.\\d+': thousands separators are not read\"");
    }

    @Test
    void aFileOfGroupedVolumesNamesBothReadingsOnOneLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Bars.lines(10)) {
            lines.add(l.replace(',', ';') + ",000");
        }
        Path csv = Files.writeString(dir.resolve("volumes.csv"),
                Bars.HEADER.replace(',', ';') + "\n" + String.join("\n", lines) + "\n");
        CliRun r = Bars.cache(csv, dir.resolve("x.arrow"), "--delimiter", ";");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("0 accepted rows and 10 rejected")
                .contains("bad volume '0,000': a decimal comma, or a thousands separator? if ',' is the decimal"
                        + " mark, add --decimal-comma; thousands separators are not read");
    }
}
