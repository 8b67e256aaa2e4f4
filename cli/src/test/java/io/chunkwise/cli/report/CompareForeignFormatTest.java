package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI job that hands compare JMH's CSV ({@code -rf csv}) or a gzip'ed JSON gets exit 2 and one line
 * naming the file, what it is and what to give instead (it said "were two runs joined into one
 * file?" and "invalid UTF-8"); a unit refusal names the file of each unit.
 */
class CompareForeignFormatTest {
    @TempDir
    Path dir;

    @Test
    void jmhCsvAndGzipAreNamedAsSuch() throws IOException {
        String json = "[" + CompareCommandTest.result("full", 10, 10.1, 9.9) + "]";
        Path base = Files.writeString(dir.resolve("base.json"), json);
        Path csv = Files.writeString(dir.resolve("cur.json"), """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: size","Param: strategy"
                "io.chunkwise.bench.LoadBench.load","thrpt",1,3,10.000000,1.000000,"ops/s",64MiB,full
                """);
        CliRun run = CliRun.of("compare", base.toString(), csv.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("chunkwise compare: " + csv + ": JMH's CSV results (-rf csv), not JSON: results are "
                + "read from JMH's JSON (JMH -rf json, as chunkwise bench writes it)");

        Path gz = dir.resolve("base.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        CliRun gzipped = CliRun.of("compare", gz.toString(), base.toString(), "--json");
        assertThat(gzipped.code()).isEqualTo(2);
        assertThat(gzipped.out()).isEmpty();
        assertThat(gzipped.err().strip()).isEqualTo("chunkwise compare: " + gz + ": gzip-compressed, not JSON: decompress it first "
                + "(gunzip -k base.json.gz)");
    }
}
