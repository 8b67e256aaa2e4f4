package io.chunkwise.loader.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aHolderInterruptedBeforeItClosesStillRemovesTheFileAndKeepsTheInterrupt() {
        // an index build stopped by an interrupt closes its lock with the flag set: the channel would close unwritten
        Path out = dir.resolve("m.csv.cwx");
        try {
            OutputLock lock = OutputLock.acquire(out, holder -> { });
            Thread.currentThread().interrupt();
            lock.close();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(dir).isEmptyDirectory();
        try (OutputLock again = OutputLock.acquire(out, holder -> { })) {
            assertThat(again.waited()).isFalse();
        }
    }

    @Test
    void aThreadHoldingTheLockTakesItAgainNestedAndTheOuterReleases() {
        Path out = dir.resolve("m.csv.cwx");
        List<String> told = new CopyOnWriteArrayList<>();
        try (OutputLock outer = OutputLock.acquire(out, told::add)) {
            try (OutputLock inner = OutputLock.acquire(out, told::add)) {
                assertThat(inner.waited()).isFalse();
            }
            assertThat(dir.resolve(".m.csv.cwx.lock")).as("still held by the outer one").exists();
            assertThat(outer.waited()).isFalse();
        }
        assertThat(told).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLockTakenWithoutWaitingLeavesNoFileBehind() {
        Path out = dir.resolve("m.csv.cwx");
        List<String> told = new CopyOnWriteArrayList<>();
        try (OutputLock lock = OutputLock.acquire(out, told::add)) {
            assertThat(lock.waited()).isFalse();
            assertThat(dir.resolve(".m.csv.cwx.lock")).exists();
        }
        assertThat(told).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anotherProcessHoldingTheLockIsWaitedForAndNamedByItsPid() throws Exception {
        Path out = dir.resolve("m.csv.cwx");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                OutputLockHolderMain.class.getName(), out.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(lines.readLine()).isEqualTo("locked");
            List<String> told = new CopyOnWriteArrayList<>();
            CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
                try (OutputLock lock = OutputLock.acquire(out, told::add)) {
                    return lock.waited();
                }
            });
            // told before it waits; and it does wait, as long as the other process holds the lock
            for (int i = 0; i < 500 && told.isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertThat(told).containsExactly("another process (pid " + holder.pid() + ")");
            Thread.sleep(200);
            assertThat(waited).isNotDone();
            holder.getOutputStream().close();
            assertThat(waited.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anotherThreadHoldingTheLockIsWaitedFor() throws Exception {
        Path out = dir.resolve("m.csv.cwx");
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> waited;
        try (OutputLock _ = OutputLock.acquire(out, told::add)) {
            waited = CompletableFuture.supplyAsync(() -> {
                try (OutputLock second = OutputLock.acquire(out, told::add)) {
                    return second.waited();
                }
            });
            for (int i = 0; i < 500 && told.isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertThat(told).containsExactly("another thread of this process");
            assertThat(waited).isNotDone();
        }
        assertThat(waited.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLockFileLeftByAKilledHolderIsTakenOverWithoutWaiting() throws Exception {
        Path out = dir.resolve("m.csv.cwx");
        Files.writeString(dir.resolve(".m.csv.cwx.lock"), "4194303999");
        List<String> told = new CopyOnWriteArrayList<>();
        try (OutputLock lock = OutputLock.acquire(out, told::add)) {
            assertThat(lock.waited()).isFalse();
        }
        assertThat(told).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aDirectoryWithoutRoomForALockFileStillLocksBetweenThreads() throws Exception {
        Path out = dir.resolve("missing-dir").resolve("m.csv.cwx");
        OutputLock lock = OutputLock.acquire(out, holder -> { });
        assertThat(lock.waited()).isFalse();
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try (OutputLock second = OutputLock.acquire(out, holder -> { })) {
                return second.waited();
            }
        });
        Thread.sleep(100);
        assertThat(waited).isNotDone();
        lock.close();
        assertThat(waited.get(30, TimeUnit.SECONDS)).isTrue();
    }
}
