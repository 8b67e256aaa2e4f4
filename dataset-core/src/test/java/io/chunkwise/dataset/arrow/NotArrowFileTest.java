package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file given as a cache that is none is named for what it looks like, alike by both readers:
 * the bars CSV (the usual mistake, with the advice to build its cache), Parquet, an Arrow stream.
 */
class NotArrowFileTest {
    @TempDir
    Path dir;

    private static String[] reasons(Path file) {
        return ReadersRefuseAlikeTest.reasons(file);
    }

    @Test
    void theBarsCsvIsNamedAsTextWithTheAdviceToBuildItsCache() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 50, 3);
        String header = Files.readAllLines(csv).getFirst();
        String[] r = reasons(csv);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).isEqualTo(csv + " (byte 0): not an Arrow IPC file (no ARROW1 magic at the start): it reads as text ('"
                + header + "'), a bars CSV? build a cache from it first");
        assertThat(r[0]).as("a library caller's message names no command").doesNotContain("dataset cache", "chunkwise");
    }

    @Test
    void aFirstLineLongerThanTheBytesLookedAtIsShownCut() throws IOException {
        String line = "x".repeat(100);
        String[] r = reasons(Files.writeString(dir.resolve("long.csv"), line + "\n"));
        assertThat(r[0]).contains("it reads as text ('" + "x".repeat(64) + "…')");
        assertThat(r[1]).isEqualTo(r[0]);
    }

    @Test
    void parquetAndAnArrowStreamAreNamed() throws IOException {
        byte[] parquet = new byte[64];
        System.arraycopy("PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, parquet, 0, 4);
        String[] p = reasons(Files.write(dir.resolve("t.parquet"), parquet));
        assertThat(p[1]).isEqualTo(p[0]);
        assertThat(p[0]).contains("no ARROW1 magic at the start): a Parquet file;");

        byte[] stream = new byte[64];
        Arrays.fill(stream, 0, 4, (byte) 0xFF);
        String[] s = reasons(Files.write(dir.resolve("t.arrows"), stream));
        assertThat(s[1]).isEqualTo(s[0]);
        assertThat(s[0]).contains("no ARROW1 magic at the start): an Arrow IPC stream, not a file;");
    }

    @Test
    void otherBytesGetThePlainReason() throws IOException {
        byte[] binary = new byte[64];
        binary[0] = 1;
        String[] r = reasons(Files.write(dir.resolve("b.bin"), binary));
        assertThat(r[0]).endsWith("(byte 0): not an Arrow IPC file (no ARROW1 magic at the start)");
        assertThat(r[1]).isEqualTo(r[0]);
    }
}
