package io.chunkwise.profiler;

import io.chunkwise.profiler.process.ChildGuard;
import java.io.IOException;

/**
 * A JVM that starts a child ({@code sleep 30}) while it is stopping, as a sweep whose Ctrl-C came
 * between two runs does, and guards it: prints the child's pid, then ends.
 */
public final class GuardedWhileStopping {
    private GuardedWhileStopping() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Process child = new ProcessBuilder("sleep", "30").start();
                System.out.println(child.pid());
                System.out.flush();
                ChildGuard.of(child.toHandle());
            } catch (IOException | IllegalStateException e) {
                // the guard refuses during a shutdown, its child stopped
            }
        }));
        System.exit(0);
    }
}
