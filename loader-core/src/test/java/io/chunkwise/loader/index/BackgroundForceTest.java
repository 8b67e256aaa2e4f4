package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundForceTest {
    @TempDir
    Path dir;

    @Test
    void forcesOnlyOnceAStepIsWrittenAndThenWithoutBeingAsked() throws Exception {
        AtomicInteger forces = new AtomicInteger();
        CountDownLatch forced = new CountDownLatch(1);
        try (BackgroundForce force = new BackgroundForce(() -> {
            forces.incrementAndGet();
            forced.countDown();
        }, 1000)) {
            force.wrote(600);
            force.wrote(399);
            assertThat(forced.await(200, TimeUnit.MILLISECONDS)).as("a step less one byte is not forced").isFalse();
            force.wrote(1);
            assertThat(forced.await(10, TimeUnit.SECONDS)).as("the step's last byte wakes the force").isTrue();
            force.finish();
        }
        assertThat(forces.get()).isEqualTo(1);
    }

    @Test
    void aFailedForceFailsTheFinishEvenThoughLaterForcesWouldSucceed() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        try (BackgroundForce force = new BackgroundForce(() -> {
            tried.countDown();
            throw new IOException("No space left on device");
        }, 10)) {
            force.wrote(10);
            assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
            // Linux reports a failed write-back to one fsync only: this one, not the publishing force
            assertThatThrownBy(force::finish).isInstanceOf(IOException.class).hasMessage("No space left on device");
        }
    }

    @Test
    void anUncheckedFailureIsThrownByFinishToo() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        try (BackgroundForce force = new BackgroundForce(() -> {
            tried.countDown();
            throw new UnsupportedOperationException("no force here");
        }, 10)) {
            force.wrote(10);
            assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(force::finish).isInstanceOf(UnsupportedOperationException.class).hasMessage("no force here");
        }
    }

    @Test
    void anIndexClosedUnderneathEndsTheForcingQuietly() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        try (BackgroundForce force = new BackgroundForce(() -> {
            tried.countDown();
            throw new ClosedChannelException();
        }, 10)) {
            force.wrote(25);
            assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
            // the build that closed it fails on its own; the publishing force would fail on the closed file
            force.finish();
        }
    }

    @Test
    void forcingWhileWritersWriteLeavesTheFileAsWritten() throws IOException {
        Path file = dir.resolve("index");
        byte[] expected = new byte[3 << 20];
        new SplittableRandom(11).nextBytes(expected);
        int block = 64 << 10;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             BackgroundForce force = new BackgroundForce(() -> out.force(false), 4 * block)) {
            // two writers at once, as the index's kinds are written, each its own half
            Thread second = Thread.ofPlatform().start(() -> writeBlocks(out, force, expected, expected.length / 2, block));
            writeBlocks(out, force, expected, 0, block);
            join(second);
            force.finish();
            out.force(true);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    @Test
    void refusesAStepOfNothing() {
        assertThatThrownBy(() -> new BackgroundForce(() -> { }, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one byte");
    }

    private static void writeBlocks(FileChannel out, BackgroundForce force, byte[] bytes, int from, int block) {
        try {
            for (int at = from; at < from + bytes.length / 2; at += block) {
                ByteBuffer b = ByteBuffer.wrap(bytes, at, block);
                for (long p = at; b.hasRemaining(); ) {
                    p += out.write(b, p);
                }
                force.wrote(block);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
