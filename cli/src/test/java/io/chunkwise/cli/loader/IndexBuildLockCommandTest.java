package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.loader.io.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} waits for a build of the same index (a {@code lookup}'s, another {@code index}), saying so as lookup does. */
class IndexBuildLockCommandTest {
    @TempDir
    Path dir;

    @Test
    void indexWaitsForAnotherBuildOfTheSameIndexAndSaysWhose() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path idx = dir.resolve("m.csv.cwx");
        CompletableFuture<CliRun> run = new CompletableFuture<>();
        Thread runner = new Thread(() -> run.complete(CliRun.of("index", m.toString())));
        try (OutputLock _ = OutputLock.acquire(idx, holder -> { })) {
            runner.start();
            // parked in the lock's wait, not merely slow to start
            for (int i = 0; i < 3000 && !waitsForTheLock(runner); i++) {
                Thread.sleep(10);
            }
            assertThat(waitsForTheLock(runner)).isTrue();
            assertThat(idx).doesNotExist();
        }
        CliRun r = run.get(60, TimeUnit.SECONDS);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("index: waiting for another thread of this process, which is building the index " + idx);
        assertThat(idx).exists();
        assertThat(dir.resolve(".m.csv.cwx.lock")).doesNotExist();
    }

    private static boolean waitsForTheLock(Thread t) {
        return t.getState() == Thread.State.WAITING && Arrays.stream(t.getStackTrace())
                .anyMatch(f -> f.getClassName().equals(OutputLock.class.getName()) && f.getMethodName().equals("acquire"));
    }
}
