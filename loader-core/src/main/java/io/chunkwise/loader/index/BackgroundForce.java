package io.chunkwise.loader.index;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Forces an index being written to the disk on a thread of its own, each time another {@link
 * #STEP} bytes of it are written: the disk writes while the build sorts and merges, and the force
 * that makes the index safe to publish finds little left to write. (At the end of a build of a 4.3
 * GiB master, forcing its 0.8 GB index at once took about two seconds, the build doing nothing else.)
 *
 * <p>A force that fails fails the build, at {@link #finish()}: Linux reports a failed write-back
 * to one force only, so the force after it may succeed over lost data.
 */
final class BackgroundForce implements AutoCloseable {
    /** Bytes written between forces: enough that a force is worth its journal commit. */
    static final long STEP = 32L << 20;

    /** A force of the file's data to the disk. */
    @FunctionalInterface
    interface Force {
        /** @throws IOException when the disk fails, or the file was closed ({@link ClosedChannelException}) */
        void run() throws IOException;
    }

    private final Force force;
    private final long step;
    private final AtomicLong written = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopping;
    /** A force's failure: an {@link IOException}, or unchecked. */
    private volatile Exception failure;

    /** @param out the index being written; forced until {@link #finish()} or {@link #close()} */
    BackgroundForce(FileChannel out) {
        this(() -> out.force(false), STEP);
    }

    /**
     * @param force what forces the file
     * @param step bytes written between forces (at least 1)
     */
    BackgroundForce(Force force, long step) {
        if (step < 1) {
            throw new IllegalArgumentException("a step of at least one byte, not " + step);
        }
        this.force = force;
        this.step = step;
        this.thread = Thread.ofPlatform().daemon().name("chunkwise-index-force").start(this::run);
    }

    /**
     * Counts bytes written to the index (from any thread), and wakes the forcing thread when
     * another step is due.
     *
     * @param bytes bytes just written
     */
    void wrote(long bytes) {
        long now = written.addAndGet(bytes);
        if (now / step != (now - bytes) / step) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        long forced = 0;
        while (!stopping) {
            long now = written.get();
            if (now / step == forced / step) { // no step completed since the last force
                LockSupport.park(this);
                continue;
            }
            try {
                force.run();
            } catch (ClosedChannelException e) {
                return; // the build failed and closed the index: nothing left to force
            } catch (IOException | RuntimeException e) {
                failure = e; // for finish() to throw, rather than die here printing a stack trace
                return;
            }
            forced = now;
        }
    }

    /**
     * Stops forcing, after a force in progress.
     *
     * @throws IOException when a force failed: the index may not be on the disk as written
     */
    void finish() throws IOException {
        close();
        Exception failed = failure;
        if (failed instanceof IOException e) {
            throw e;
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
    }

    /** Stops forcing, after a force in progress; a failure is for {@link #finish()} to report. */
    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // a force in progress ends on its own; the caller's interrupt is kept
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
