package io.chunkwise.cli.demo;

import io.chunkwise.loader.io.ScratchFiles;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The profile folder of the demo step under way, for a stop (Ctrl-C, SIGTERM) to remove: a step
 * stopped part-way left a folder with a memory series cut short and no summary beside the whole
 * ones of the steps before it, where the stop line says the demo's folder holds the files of the
 * steps so far. The stop's hook waits for the step to end (its guard ends the step's JVM, and the
 * profiler then closes its files), so that nothing is written into the folder once it is removed.
 */
final class ProfileUnderWay {
    /** How long a stop waits for the step to end: past the guard's grace period for the step's JVM. */
    private static final long WAIT_MILLIS = 5_000;
    /** The folder of the step under way, or of the last one that did not end whole; null otherwise. */
    private Path dir;
    private boolean open;
    private boolean stopped;

    /**
     * @param profile the step's profile folder, about to be written
     * @throws IllegalStateException when the demo is being stopped: no step begins then
     */
    synchronized void begin(Path profile) {
        if (stopped) {
            throw new IllegalStateException("demo stopped before its step profiling into " + profile);
        }
        dir = profile;
        open = true;
    }

    /** @param whole whether the step wrote its profile whole: it ended by itself, its chart and output written */
    synchronized void end(boolean whole) {
        open = false;
        if (whole) {
            dir = null;
        }
        notifyAll();
    }

    /**
     * At a stop: waits for the step under way to end, then removes its profile folder unless it was
     * written whole; no step begins after.
     */
    void onStop() {
        Path partial;
        synchronized (this) {
            stopped = true;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
            try {
                for (long left = WAIT_MILLIS; open && left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            partial = dir;
        }
        if (partial != null) {
            // best effort: what cannot be removed is left, as the stop left every file before this
            ScratchFiles.delete(partial);
        }
    }
}
