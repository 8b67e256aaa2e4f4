package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a program, a PDF or an SQLite database given as the master: scan counted a PDF's lines as
 * records of a header [%PDF-1.7], index called it a master without a key column, and a program or
 * database was described by its NUL bytes. Each command names it on the error's first line, exit 2.
 */
class BinaryMasterCommandTest {
    @TempDir
    Path dir;

    @Test
    void eachCommandNamesTheFormatOnTheFirstLineWithExit2() throws Exception {
        byte[] elf = new byte[600];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        byte[] sqlite = new byte[4096];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, sqlite, 0, 16);
        Map<String, byte[]> files = Map.of(
                "tool", elf,
                "report.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII),
                "master.db", sqlite,
                "master.parquet", "PAR1\u0015\u0000PAR1".getBytes(StandardCharsets.US_ASCII),
                "master.arrow", "ARROW1\u0000\u0000\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> named = Map.of("tool", "an ELF executable or library, not a text file",
                "report.pdf", "a PDF document, not a CSV file", "master.db", "an SQLite database, not a CSV file",
                "master.parquet", "a Parquet file, not a CSV file", "master.arrow", "an Arrow IPC file, not a CSV file");
        for (String name : files.keySet()) {
            Path file = Files.write(dir.resolve(name), files.get(name));
            for (String[] args : new String[][] {{"scan", file.toString()}, {"index", file.toString()},
                    {"lookup", file.toString(), "--symbol", "AAPL"}}) {
                CliRun r = CliRun.of(args);
                assertThat(r.code()).as(name + " " + args[0]).isEqualTo(2);
                assertThat(r.err().lines().findFirst().orElse("")).as(name + " " + args[0])
                        .contains(file + ":1 (byte 0): " + named.get(name)).doesNotContain("NUL").doesNotContain("the header [").doesNotContain("no key column");
            }
        }
    }
}
