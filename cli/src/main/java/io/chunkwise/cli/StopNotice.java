package io.chunkwise.cli;

import io.chunkwise.loader.io.ScratchFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one line a command says when Ctrl-C or SIGTERM stops it mid-run: what was stopped and what
 * was kept or removed. Without it a stopped run ended in silence (exit 130 or 143), and the user
 * could not tell whether the output they see is the run's or an earlier one's. A shutdown hook,
 * registered while the command works and removed when the work ends by itself, so a run that
 * completes says nothing of it; the JVM then ends with the signal's status, as before. {@code
 * bench}'s line keeps its finished benchmarks first; {@code profile} has a hook of its own (it
 * publishes its files).
 */
public final class StopNotice implements AutoCloseable {
    /** The exit status of a JVM ended by Ctrl-C (SIGINT). */
    private static final int SIGINT_STATUS = 130;
    /** The exit status of a JVM ended by SIGTERM. */
    private static final int SIGTERM_STATUS = 143;
    private static volatile boolean stopped;
    /** Notices begun and not closed: their hooks say the stop, whichever thread notices it first. */
    private static final Set<StopNotice> LIVE = ConcurrentHashMap.newKeySet();
    private final Thread hook;

    private StopNotice(Supplier<String> line) {
        this.hook = Thread.ofPlatform().name("chunkwise-stop-notice").unstarted(() -> {
            stopped = true;
            String said = line.get();
            if (said != null) {
                // on a terminal, over the progress bar's frame (and the ^C echoed after it), not after them
                System.err.println((Progress.stderrIsTerminal() ? "\r\033[K" : "") + said);
                System.err.flush();
            }
        });
    }

    /**
     * Registers the line, said if the JVM is stopped before {@link #close}.
     *
     * @param line the line, made when the stop comes (so it can say how far the run got, and keep what
     *     it can first); null when there is nothing to say (the work is between two of its parts)
     * @return the notice, to close when the work has ended
     */
    public static StopNotice begin(Supplier<String> line) {
        StopNotice notice = new StopNotice(line);
        LIVE.add(notice);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /**
     * @return whether a stop's line has been said: an error the command's own thread meets then (a
     *     child ended by the same signal, a scratch file removed under a writer) is the stop, not news
     */
    public static boolean stopped() {
        return stopped;
    }

    /**
     * @return whether a notice is registered, its line said or to be said if the JVM is stopping: a
     *     writer whose scratch file the stop removed may fail before the notice's hook has run
     */
    public static boolean pending() {
        return !LIVE.isEmpty();
    }

    /**
     * Waits a moment for a stop to be under way: a child process in this JVM's process group gets the
     * terminal's Ctrl-C too, and may end (130) before this JVM's own shutdown has begun.
     *
     * @param exitCode a child process's exit code
     * @return whether this JVM is being stopped: true at once when it is, false at once for a code
     *     other than a Ctrl-C's or SIGTERM's (130, 143), else after up to a second
     * @throws InterruptedException when interrupted while waiting
     */
    public static boolean stoppedWith(int exitCode) throws InterruptedException {
        if (exitCode != SIGINT_STATUS && exitCode != SIGTERM_STATUS) {
            return stopped;
        }
        for (int i = 0; i < 50 && !stopped; i++) {
            Thread.sleep(20);
        }
        return stopped;
    }

    /**
     * @param output an output file, before the run writes it
     * @return what a stop leaves of it, as outputs are written whole or not at all: "OUTPUT was
     *     not written" or "OUTPUT is left as it was"; a device or pipe, written in place, keeps what it got
     */
    public static String outputLeft(Path output) {
        if (ScratchFiles.isDevice(output.toAbsolutePath())) {
            return output + " got what was written before the stop";
        }
        return output + (Files.exists(output) ? " is left as it was" : " was not written");
    }

    /** Removes the hook: the work ended by itself (or failed, and says so). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            LIVE.remove(this);
        } catch (IllegalStateException e) {
            // stopping: the hook runs, and is still to say the stop
        }
    }
}
