package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunked strategy holds a whole record in its buffer: a record longer than a quarter of the
 * heap is an input error naming where it starts, never an OutOfMemoryError. Run in a JVM of its
 * own with a 32 MiB heap, so the record needed is 8 MiB, not a quarter of this JVM's heap.
 */
class ChunkedRecordLimitTest {
    @TempDir
    Path dir;

    @Test
    void aRecordLongerThanAQuarterOfTheHeapIsAnErrorNamingItsLineAndByte() throws Exception {
        Path file = dir.resolve("huge-field.csv");
        String before = "id,text\n1,short\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((before + "2,\"").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            block[block.length / 2] = '\n'; // a quoted line break in every MiB: one record all the same
            for (int i = 0; i < 12; i++) {
                out.write(block);
            }
            out.write("\"\n3,after\n".getBytes(StandardCharsets.US_ASCII));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ChunkedRecordLimitMain.class.getName(),
                file.toString(), String.valueOf(64 << 10))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).as("no OutOfMemoryError").doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output.strip())
                .startsWith(file + ":3 (byte " + before.length() + "): a record longer than ")
                .matches("(?s).*a record longer than \\d{1,3}(,\\d{3})+ bytes \\(it starts here\\): the chunked strategy"
                        + " holds a whole record in its buffer.*")
                .endsWith("use the mmap or parallel strategy (they read records in place, whatever their length), or raise the"
                        + " maximum heap");
    }
}
