package io.chunkwise.cli.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {
    @TempDir
    Path dir;

    @Test
    void everyTrainingCommandRuns() throws Exception {
        // the launcher only warns when training fails, so a command line that rots must fail here
        assertThat(TrainingRun.run(dir)).isEmpty();
        assertThat(dir.resolve("master.csv")).isNotEmptyFile();
        assertThat(dir.resolve("bars.arrow")).isNotEmptyFile();
        assertThat(Files.size(dir.resolve("orders.fix"))).isGreaterThan(100_000);
    }
}
