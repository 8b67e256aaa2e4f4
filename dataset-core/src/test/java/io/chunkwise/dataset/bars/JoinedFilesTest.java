package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bars files joined whole ({@code cat 2023.csv 2024.csv}): the second header is rejected as the
 * header again, not as a "bad timestamp 'timestamp'", and every bar of both files is read.
 */
class JoinedFilesTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";

    @TempDir
    Path dir;

    @Test
    void theSecondHeaderIsSaidToBeTheHeaderAgain() throws IOException {
        String first = HEADER + "2024-01-08T00:00:00Z,1.1,1.2,1.0,1.1,3\n2024-01-08T00:01:00Z,1.1,1.2,1.0,1.1,3\n";
        String second = HEADER + "2024-01-08T00:02:00Z,1.1,1.2,1.0,1.1,3\n";
        Path joined = dir.resolve("joined.csv");
        Files.write(joined, (first + "\uFEFF" + second).getBytes(StandardCharsets.UTF_8));
        BarsReading r = BarsReading.of(joined, BarsLayout.DEFAULT);
        assertThat(r.times()).hasSize(3);
        assertThat(r.rejects()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.offset()).isEqualTo(first.length());
            assertThat(x.reason()).isEqualTo("the header again (files joined with their headers?)");
        });
    }

    @Test
    void aBadTimestampThatIsNotTheHeaderKeepsItsReason() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.csv"), HEADER + "2024-01-08T00:00:00Z,1.1,1.2,1.0,1.1,3\n"
                + "timestamp,open,high,low,close,vol\n");
        BarsReading r = BarsReading.of(f, BarsLayout.DEFAULT);
        assertThat(r.rejects()).singleElement().satisfies(x -> assertThat(x.reason()).startsWith("bad timestamp 'timestamp'"));
    }
}
