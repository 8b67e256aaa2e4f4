package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small print of {@code dataset cache}'s messages (QA H12): what a reject quotes and how. */
class DatasetCacheMessagesTest {
    @TempDir
    Path dir;

    private CliRun cache(Path csv, String... more) {
        return Bars.cache(csv, dir.resolve("x.arrow"), more);
    }

    @Test
    void aRejectQuotesItsFieldAsWrittenCutAndEscaped() throws IOException {
        List<String> lines = new ArrayList<>(Bars.lines(60));
        lines.set(20, lines.get(20).replaceFirst(",\\d+$", ",3" + "0".repeat(3000)));
        lines.set(21, lines.get(21).replaceFirst(",1\\.", ",1.\u0000"));
        lines.set(22, lines.get(22).replaceFirst(",\\d+$", ",-5"));
        Path csv = Bars.write(dir.resolve("bad.csv"), lines);
        Path rejects = dir.resolve("bad.rejects.csv");
        CliRun r = cache(csv, "--rejects", rejects.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("volume '3" + "0".repeat(39) + "'… (3,001 characters)")
                // a NUL is named as the security-master loaders name it, not quoted as a bad value
                .contains(":23 (byte ").contains("holds a NUL byte at byte ").contains("negative volume '-5'").doesNotContain("\u0000").doesNotContain("0".repeat(41));
        assertThat(Files.readString(rejects)).doesNotContain("\u0000").doesNotContain("0".repeat(41));
        assertThat(r.err()).contains("timestamp and 6 columns");
    }

    @Test
    void theCommonestRejectKeepsTheNumbersEveryRejectShares() {
        List<String> lines = new ArrayList<>(Bars.lines(30));
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replaceFirst("^[^,]*", "4664800"));
        }
        CliRun r = cache(Bars.write(dir.resolve("ep.csv"), lines));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("30 × bad timestamp '4664800': not a time between 1980 and 2200");
    }

    @Test
    void headerlessColumnsDelimitersUtf16AndTheVolumeAlias() throws IOException {
        List<String> bars = Bars.lines(40);
        Path headerless = Files.write(dir.resolve("nohdr.csv"), bars);
        assertThat(cache(headerless, "--open-column", "5").err()).contains("no header: column 5 is used as both")
                .doesNotContain("column column");

        List<String> semi = new ArrayList<>(List.of("20240102 170000;1.10432;1.10440;1.10425;1.10436;0"));
        for (String l : bars) {
            semi.add(l.replace(',', ';'));
        }
        CliRun header = cache(Files.write(dir.resolve("semi.csv"), semi), "--delimiter", ";", "--header");
        assertThat(header.code()).isEqualTo(2);
        assertThat(header.err()).contains("found " + semi.getFirst().substring(0, 30));

        Path utf16 = dir.resolve("u16.csv");
        byte[] text = (Bars.HEADER + "\n" + String.join("\n", bars)).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(utf16, withBom);
        assertThat(cache(utf16).err()).contains("UTF-16 text (byte-order mark FF FE)").contains("iconv -f UTF-16 -t UTF-8");

        List<String> oneLetter = new ArrayList<>(bars);
        oneLetter.addFirst("time,o,h,l,c,v");
        assertThat(cache(Files.write(dir.resolve("v.csv"), oneLetter)).err()).contains("volume ← 'v'");
        assertThat(CliRun.of("generate", "fxbars", "--rows", "5", "--freq", "0s", "-o", dir.resolve("f.csv").toString()).err())
                .contains("from 1s to 1d: 0s");
    }
}
