package io.chunkwise.profiler.async;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds out which engine a process's cpu profiling really uses by looking at its open file
 * descriptors: perf_events profiling holds one {@code anon_inode:[perf_event]} per thread, a CPU
 * timer holds none. Watches from outside, every 100 ms, until stopped.
 */
public final class CpuEngineWatch {
    private final ProcessHandle process;
    private final Thread thread;
    private volatile int maxPerfFds;
    private volatile int looks;

    private CpuEngineWatch(ProcessHandle process) {
        this.process = process;
        this.thread = Thread.ofPlatform().daemon().name("chunkwise-cpu-engine-watch").unstarted(this::watch);
    }

    /**
     * @param process a process profiled in cpu mode
     * @return the running watch
     */
    public static CpuEngineWatch start(ProcessHandle process) {
        CpuEngineWatch w = new CpuEngineWatch(process);
        w.thread.start();
        return w;
    }

    private void watch() {
        while (process.isAlive()) {
            int n = perfEventFds(process.pid());
            if (n >= 0) {
                looks++;
                maxPerfFds = Math.max(maxPerfFds, n);
            }
            if (maxPerfFds > 0) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Counts a process's perf_event file descriptors.
     *
     * @param pid the process
     * @return how many, or -1 when its descriptors cannot be read
     */
    public static int perfEventFds(long pid) {
        int n = 0;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).toString().contains("perf_event")) {
                        n++;
                    }
                } catch (IOException e) {
                    // closed between listing and reading
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return n;
    }

    /**
     * Stops watching.
     *
     * @return the engine seen, with the evidence
     */
    public CpuEngine stop() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (maxPerfFds > 0) {
            return new CpuEngine("perf_events", maxPerfFds + " perf_event file descriptors were open in the process");
        }
        if (looks < 3) {
            return new CpuEngine("unknown", "the process ended before its file descriptors could be looked at enough");
        }
        return new CpuEngine("ctimer", "no perf_event file descriptor was open in " + looks
                + " looks: perf_events is not permitted here (kernel.perf_event_paranoid=" + paranoid()
                + ", or a container's seccomp policy), so async-profiler fell back to a CPU timer");
    }

    private static String paranoid() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/perf_event_paranoid")).strip();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
