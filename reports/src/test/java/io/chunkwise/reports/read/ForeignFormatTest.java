package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results file in another of JMH's formats, or compressed, is refused naming what it is and what
 * to give instead: JMH's CSV was refused as "two runs joined into one file", a gzip'ed file as
 * "invalid UTF-8".
 */
class ForeignFormatTest {
    private static final String JSON = """
            [{"benchmark":"org.example.Codec.decode","mode":"thrpt","threads":1,"forks":1,"params":{"size":"1MiB"},
              "primaryMetric":{"score":10.0,"scoreError":0.5,"scoreUnit":"ops/s","rawData":[[9.9,10.1]]},"secondaryMetrics":{}}]
            """;

    @TempDir
    Path dir;

    @Test
    void jmhCsvIsNamedAsSuch() throws IOException {
        Path csv = Files.writeString(dir.resolve("loader.json"), """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: size"
                "org.example.Codec.decode","thrpt",1,2,10.000000,NaN,"ops/s",1MiB
                """);
        assertThatThrownBy(() -> JmhJsonReader.read(csv)).isInstanceOf(ResultFileException.class)
                .hasMessage(csv + ": JMH's CSV results (-rf csv), not JSON: results are read from JMH's JSON (JMH -rf json, as "
                        + "chunkwise bench writes it)");
        Path scsv = Files.writeString(dir.resolve("loader.scsv"), "\uFEFF\"Benchmark\";\"Mode\";\"Threads\"\n");
        assertThatThrownBy(() -> JmhJsonReader.read(scsv))
                .hasMessageStartingWith(scsv + ": JMH's semicolon-separated CSV results (-rf scsv), not JSON");
    }

    @Test
    void jmhTextTableIsNamedAsSuch() throws IOException {
        Path text = Files.writeString(dir.resolve("loader.txt"), """
                Benchmark            (size)   Mode  Cnt   Score   Error  Units
                Codec.decode           1MiB  thrpt    2  10.000          ops/s
                """);
        assertThatThrownBy(() -> JmhJsonReader.read(text))
                .hasMessage(text + ": JMH's text table of results (its console output, or -rf text), not JSON: results are read "
                        + "from JMH's JSON (JMH -rf json, as chunkwise bench writes it)");
    }

    @Test
    void gzipAndZipAreNamedWithHowToUnpackThem() throws IOException {
        Path gz = dir.resolve("loader.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> JmhJsonReader.read(gz)).isInstanceOf(ResultFileException.class)
                .hasMessage(gz + ": gzip-compressed, not JSON: decompress it first (gunzip -k loader.json.gz)");
        Path renamed = Files.copy(gz, dir.resolve("loader.json"));
        assertThatThrownBy(() -> JmhJsonReader.read(renamed))
                .hasMessage(renamed + ": gzip-compressed, not JSON: decompress it first (gzip -dc loader.json > unpacked.json)");
        Path zip = dir.resolve("bench-results.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("loader.json"));
            out.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> JmhJsonReader.read(zip))
                .hasMessage(zip + ": a zip archive, not JSON: extract the JMH JSON from it first (unzip bench-results.zip)");
    }

    @Test
    void otherBinaryIsStillNotText() throws IOException {
        Path bin = Files.write(dir.resolve("x.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> JmhJsonReader.read(bin)).hasMessage(bin + ": not a text file (invalid UTF-8)");
    }
}
