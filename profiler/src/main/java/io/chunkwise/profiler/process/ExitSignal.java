package io.chunkwise.profiler.process;

import java.util.Map;
import java.util.Optional;

/**
 * The signal an exit code above 128 stands for. The JDK reports a child killed by signal N as exit
 * code 128 + N, as shells do, so a profiled run that the kernel's out-of-memory killer ended shows
 * as 137; said plainly, that is the most useful line a memory profile can give. (A program may also
 * exit with such a code of its own accord: the two cannot be told apart from outside, hence "as".)
 *
 * @param number the signal's number
 * @param name its name ({@code SIGKILL}), or {@code signal N} for one without a common name
 * @param cause what usually sends it, or {@code null}
 */
public record ExitSignal(int number, String name, String cause) {
    private static final Map<Integer, ExitSignal> KNOWN = Map.ofEntries(
            known(1, "SIGHUP", "its terminal closed"),
            known(2, "SIGINT", "Ctrl-C"),
            known(3, "SIGQUIT", null),
            known(4, "SIGILL", "an illegal instruction: a crash"),
            known(6, "SIGABRT", "an abort: a crash (a JVM writes hs_err_pid*.log)"),
            known(7, "SIGBUS", "a bus error: often a mapped file truncated underneath"),
            known(8, "SIGFPE", "an arithmetic fault: a crash"),
            known(9, "SIGKILL", "the kernel's out-of-memory killer, a container's memory limit, or kill -9"),
            known(11, "SIGSEGV", "a segmentation fault: a crash"),
            known(13, "SIGPIPE", "its output pipe closed"),
            known(14, "SIGALRM", null),
            known(15, "SIGTERM", "kill, or a timeout"),
            known(24, "SIGXCPU", "its CPU time limit (ulimit -t)"),
            known(25, "SIGXFSZ", "its file size limit (ulimit -f)"));
    /** The highest signal number on Linux (real-time signals included). */
    private static final int MAX_SIGNAL = 64;

    private static Map.Entry<Integer, ExitSignal> known(int number, String name, String cause) {
        return Map.entry(number, new ExitSignal(number, name, cause));
    }

    /**
     * @param exitCode a process's exit code
     * @return the signal it stands for, when it is 128 + a signal's number
     */
    public static Optional<ExitSignal> of(int exitCode) {
        int n = exitCode - 128;
        if (n < 1 || n > MAX_SIGNAL) {
            return Optional.empty();
        }
        return Optional.of(KNOWN.getOrDefault(n, new ExitSignal(n, "signal " + n, null)));
    }

    /** @return e.g. {@code SIGKILL (signal 9: the kernel's out-of-memory killer, …)}, or {@code signal 40} */
    public String describe() {
        if (!name.startsWith("SIG")) {
            return name;
        }
        return name + " (signal " + number + (cause == null ? "" : ": " + cause) + ")";
    }
}
