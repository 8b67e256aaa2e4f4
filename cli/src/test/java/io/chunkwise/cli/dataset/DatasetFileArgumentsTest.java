package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files given to {@code dataset cache} and {@code dataset iterate} are checked before a byte is written. */
class DatasetFileArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void cacheRefusesToWriteOverItsInput() throws IOException {
        Path csv = Bars.write(dir.resolve("self.csv"), Bars.lines(50));
        byte[] before = Files.readAllBytes(csv);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", csv.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("self.csv").contains("is the input file");
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
        assertThat(listing()).containsExactly("self.csv");
    }

    @Test
    void cacheRefusesToReplaceAMastersIndex() throws IOException {
        // a master's index replaced by a cache makes the master's lookups refuse the file (QA-18 Q18-8)
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,symbol\n037833100,AAPL\n");
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        Path index = dir.resolve("m.csv.cwx");
        byte[] before = Files.readAllBytes(index);
        Path csv = Bars.write(dir.resolve("g.csv"), Bars.lines(50));
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", index.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("-o").contains("m.csv.cwx").contains("is a chunkwise index");
        assertThat(Files.readAllBytes(index)).isEqualTo(before);
        assertThat(CliRun.of("lookup", master.toString(), "--symbol", "AAPL").code()).isZero();
    }

    @Test
    void cacheToADirectoryLeavesNoTempFileAndNamesTheDirectory() throws IOException {
        Path csv = Bars.write(dir.resolve("g.csv"), Bars.lines(50));
        Path out = Files.createDirectory(dir.resolve("outdir"));
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(out + ": is a directory").doesNotContain(".tmp");
        assertThat(listing()).containsExactlyInAnyOrder("g.csv", "outdir");
    }

    @Test
    void cacheInAMissingDirectoryNamesThatDirectory() {
        Path csv = Bars.write(dir.resolve("g.csv"), Bars.lines(50));
        Path out = dir.resolve("nowhere").resolve("x.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("directory " + dir.resolve("nowhere") + " does not exist").doesNotContain(".tmp");
    }

    @Test
    void anOutputUnderAFileSaysThatFileIsNotADirectory() throws IOException {
        Path csv = Bars.write(dir.resolve("g.csv"), Bars.lines(50));
        Path out = csv.resolve("x.arrow");
        CliRun cache = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(cache.code()).as(cache.err()).isEqualTo(2);
        assertThat(cache.err().strip()).isEqualTo("chunkwise dataset cache: output " + out + ": " + csv + " is not a directory");
        CliRun generate = CliRun.of("generate", "fxbars", "--rows", "5", "-o", out.toString());
        assertThat(generate.code()).isEqualTo(2);
        assertThat(generate.err().strip()).isEqualTo("chunkwise generate fxbars: cannot write " + out + ": " + csv
                + " is not a directory");
        assertThat(Files.readAllLines(csv)).hasSize(51);
    }

    @Test
    void aDirectoryAsInputIsAUserErrorNotAnInternalOne() {
        for (String[] args : new String[][] {
                {"dataset", "iterate", dir.toString()},
                {"dataset", "iterate", dir.toString(), "--read", "buffered"},
                {"dataset", "cache", dir.toString(), "-o", dir.resolve("x.arrow").toString()}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains(dir + ": is a directory");
        }
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
