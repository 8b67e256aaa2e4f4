package io.chunkwise.profiler.process;

import java.util.concurrent.TimeUnit;

/**
 * Ends a child process, and what it started, when this JVM is stopped (Ctrl-C, SIGTERM) while the
 * child runs: a profiled or tuned command must not outlive the run that started it, still writing
 * into its output directory. Closed once the child has ended, the guard is removed.
 */
public final class ChildGuard implements AutoCloseable {
    private static final long GRACE_MILLIS = 2_000;
    private final Thread hook;

    private ChildGuard(ProcessHandle child) {
        this.hook = Thread.ofPlatform().name("chunkwise-child-stop").unstarted(() -> stop(child));
    }

    /**
     * @param child a process just started
     * @return the guard, to close when the child has ended
     * @throws IllegalStateException when this JVM is already stopping (a Ctrl-C that came as the child
     *     started, between two runs of a sweep): the child is stopped first, as no hook would stop it
     *     and it would run on unguarded, still writing its outputs after this JVM had ended
     */
    public static ChildGuard of(ProcessHandle child) {
        ChildGuard guard = new ChildGuard(child);
        try {
            Runtime.getRuntime().addShutdownHook(guard.hook);
        } catch (IllegalStateException e) {
            stop(child);
            throw e;
        }
        return guard;
    }

    /** Asks the child and its descendants to stop (SIGTERM), then kills what is left after a grace period. */
    private static void stop(ProcessHandle child) {
        if (!child.isAlive()) {
            return;
        }
        var descendants = child.descendants().toList();
        child.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            child.onExit().get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            child.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, and finds the child gone
        }
    }
}
