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
        assertThat(TrainingRun.run(TrainingRun.commands(dir))).isEmpty();
        assertThat(dir.resolve("master.csv")).isNotEmptyFile();
        assertThat(dir.resolve("bars.arrow")).isNotEmptyFile();
        assertThat(Files.size(dir.resolve("orders.fix"))).isGreaterThan(100_000);
    }

    @Test
    void theTrainedCommandsRunOnThePreparedFiles() throws Exception {
        assertThat(TrainingRun.run(TrainingRun.prepare(dir))).isEmpty();
        assertThat(Files.size(dir.resolve("orders.fix"))).isGreaterThan(10_000_000);
        assertThat(dir.resolve("master.csv.cwx")).isNotEmptyFile();
        assertThat(TrainingRun.run(TrainingRun.reconcile(dir))).isEmpty();
        assertThat(TrainingRun.run(TrainingRun.fixscan(dir))).isEmpty();
        assertThat(TrainingRun.isTrained("reconcile")).isTrue();
        assertThat(TrainingRun.isTrained("index")).isFalse();
    }
}
