package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountedTest {
    @TempDir
    Path dir;

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertThat(Counted.of(1, "message")).isEqualTo("1 message");
        assertThat(Counted.of(0, "message")).isEqualTo("0 messages");
        assertThat(Counted.of(2_846_141, "record")).isEqualTo("2,846,141 records");
        assertThat(Counted.of(1, "batch", "batches")).isEqualTo("1 batch");
        assertThat(Counted.of(1_000, "batch", "batches")).isEqualTo("1,000 batches");
    }

    @Test
    void theCommandsSayOneRecordAndOneMessage() throws Exception {
        Path csv = Files.writeString(dir.resolve("one.csv"), "cusip,symbol\n037833100,AAPL\n");
        assertThat(CliRun.of("scan", csv.toString()).err()).startsWith("1 record, 0 rejected (").contains("2 columns");
        assertThat(CliRun.of("index", csv.toString()).err()).startsWith("indexed 1 record (").containsPattern("\\([0-9.]+ (B|KiB)/s\\)");
        Path log = Files.writeString(dir.resolve("one.log"), "8=FIX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|10=095|\n");
        assertThat(CliRun.of("fixscan", log.toString()).err()).startsWith("1 message, 0 malformed");
    }
}
