package io.chunkwise.profiler.process;

import java.io.IOException;
import java.io.Serial;

/** The command to profile could not be started (no such program, not executable). */
public final class CommandStartException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param program the program that did not start
     * @param cause why
     */
    public CommandStartException(String program, IOException cause) {
        super("cannot run '" + program + "': " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("\": ");
        String reason = (i >= 0 ? m.substring(i + 3) : m).strip();
        // the JDK's "Exec failed, error: 2 (No such file or directory)": the system's words only
        int open = reason.lastIndexOf('(');
        return reason.startsWith("Exec failed") && open >= 0 && reason.endsWith(")")
                ? reason.substring(open + 1, reason.length() - 1) : reason;
    }
}
