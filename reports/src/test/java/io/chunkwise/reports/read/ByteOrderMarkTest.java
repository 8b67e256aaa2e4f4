package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.model.MemorySeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result files saved by Windows tools start with a UTF-8 BOM; they read as the same files without it. */
class ByteOrderMarkTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void aJmhJsonWithABomReadsAsWithout() throws IOException {
        byte[] json;
        try (InputStream in = ByteOrderMarkTest.class.getResourceAsStream("/jmh/external-codec.json")) {
            json = in.readAllBytes();
        }
        Path plain = Files.write(dir.resolve("plain.json"), json);
        Path marked = dir.resolve("marked.json");
        Files.write(marked, BOM);
        Files.write(marked, json, StandardOpenOption.APPEND);

        assertThat(JmhJsonReader.read(marked).results()).isEqualTo(JmhJsonReader.read(plain).results());
    }

    @Test
    void aMemoryCsvWithABomReadsAsWithout() throws IOException {
        Path marked = dir.resolve(MemoryCsvReader.MEMORY_CSV);
        Files.write(marked, BOM);
        Files.writeString(marked, "elapsed_ms,rss_anon_mb\r\n0,16.5\r\n50,22.0\r\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        MemorySeries anon = MemoryCsvReader.readSeries(marked).getFirst();
        assertThat(anon.column()).isEqualTo("rss_anon_mb");
        assertThat(anon.elapsedMs()).containsExactly(0, 50);
        assertThat(anon.mebibytes()).containsExactly(16.5, 22.0);
    }
}
