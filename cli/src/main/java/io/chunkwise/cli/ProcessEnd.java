package io.chunkwise.cli;

import io.chunkwise.loader.io.ScratchFiles;
import jdk.jfr.FlightRecorder;
import picocli.CommandLine;

/**
 * Ends the process with a command's exit code, its output already flushed. {@link System#exit}
 * first logs the exit ({@code Runtime.exit} logging, JDK 21 on), and to find the logger it looks
 * for a {@code System.LoggerFinder} in every jar of the class path, opening each of the CLI's 37
 * jars (11,000 entries): 30–45 ms of CPU at the end of every run, measured with async-profiler, and
 * by the same build ending with {@code Runtime.halt} instead (a 20-message reconcile 0.20 against
 * 0.22 s, a 2 M-message one 1.01 against 1.05 s, medians of 8 alternating runs). {@link Runtime#halt} ends the process the
 * same way (the JVM's own exit work included) but for that logging and the shutdown hooks, so it
 * is taken only when no hook can have work left: the command is a {@link HooklessCommand}, no
 * scratch file of ours is left, no JFR recording is running (one started with the JVM is dumped by
 * a hook) and stderr is not a terminal (a progress bar's terminal restores its settings in one).
 * Otherwise {@link System#exit}; and embedding ({@link Main#run}) does neither.
 */
final class ProcessEnd {
    private ProcessEnd() {
    }

    /**
     * @param code the exit code
     * @param hooksHaveNoWork what {@link #hooksHaveNoWork} said once the command had ended
     */
    static void exit(int code, boolean hooksHaveNoWork) {
        if (mayHalt(hooksHaveNoWork, ScratchFiles.stopping() || StopNotice.stopped())) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /**
     * @param hooksHaveNoWork what {@link #hooksHaveNoWork} said once the command had ended
     * @param stopping whether a Ctrl-C or SIGTERM is stopping the JVM ({@link ScratchFiles#stopping},
     *     {@link StopNotice#stopped}):
     *     then the command failed because its files were taken away, and its code (4) must not end the
     *     process before the signal does; {@link System#exit} waits for the shutdown under way, which
     *     ends with the signal's status (130, 143)
     * @return whether the process may end by {@link Runtime#halt}
     */
    static boolean mayHalt(boolean hooksHaveNoWork, boolean stopping) {
        return hooksHaveNoWork && !stopping;
    }

    /**
     * @param cmd a command line that ran
     * @return whether the shutdown hooks have nothing to do (see above)
     */
    static boolean hooksHaveNoWork(CommandLine cmd) {
        CommandLine.ParseResult parsed = cmd.getParseResult();
        if (parsed == null) {
            return false;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().userObject() instanceof HooklessCommand
                && !ScratchFiles.anyLive()
                && !FlightRecorder.isInitialized()
                && !Progress.stderrIsTerminal();
    }
}
