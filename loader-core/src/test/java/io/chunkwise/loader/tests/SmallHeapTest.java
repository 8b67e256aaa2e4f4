package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a small heap cannot hold is an input error that says so, never an OutOfMemoryError (QA-7
 * Q7-4, Q7-8). Each case runs in a JVM of its own with a 32 MiB heap.
 */
class SmallHeapTest {
    @TempDir
    Path dir;

    private static String run(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx32m",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                SmallHeapMain.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(output).as("no OutOfMemoryError").doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        return output;
    }

    @Test
    void theFullStrategyOnManyShortRowsIsRefusedNotCrashed() throws Exception {
        // 3 MB, a tenth of the heap: under the file-size guard, but three key entries per 30-byte row
        Path file = dir.resolve("short.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("cusip,isin,symbol\n");
            for (int i = 0; i < 150_000; i++) {
                w.write(String.format("%08d0,US%08d00,S%d%n", i, i, i));
            }
        }
        assertThat(run("full", file.toString())).isEqualTo(file + ": the full strategy holds the whole file (4 MiB)"
                + " and what every record leaves in the heap, and they did not fit in its 32 MiB; use chunked, mmap"
                + " or parallel, or raise the maximum heap");
        assertThat(dir.resolve("short.csv.cwx")).as("no index published").doesNotExist();
    }

    @Test
    void aRecordTooLongToReadAsTextIsRefusedNamingItsByte() throws Exception {
        Path file = dir.resolve("huge.csv");
        String before = "cusip,isin,symbol,name\n037833100,,AAPL,ok\n";
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(before);
            w.write("594918104,,MSFT,\"");
            for (int i = 0; i < 2_500_000; i++) {
                w.write("a,b\n"); // 10 MB in one quoted field: the record, line feed included, is 10,000,019 bytes
            }
            w.write("\"\n38259P508,,GOOG,x\n");
        }
        assertThat(run("record", file.toString(), "MSFT"))
                .startsWith(file + ":3 (byte " + before.length() + "): a record of 10,000,019 bytes: read as text it takes");
    }
}
