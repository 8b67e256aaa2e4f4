package io.chunkwise.profiler.process;

import java.io.IOException;
import java.io.Serial;
import java.util.Set;

/** The command to profile could not be started (no such program, not executable). */
public final class CommandStartException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Shell built-ins that are no program on any PATH: the shell runs them itself (POSIX, and bash's common ones). */
    private static final Set<String> SHELL_BUILTINS = Set.of("cd", "export", "source", ".", "alias", "unalias", "set",
            "unset", "ulimit", "umask", "exit", "eval", "exec", "shift", "trap", "wait", "read", "readonly", "return",
            "times", "type", "hash", "jobs", "fg", "bg", "history", "declare", "local", "let", "pushd", "popd", "builtin");

    /**
     * @param program the program that did not start
     * @param cause why
     */
    public CommandStartException(String program, IOException cause) {
        super("cannot run '" + program + "': " + reason(cause) + builtinHint(program), cause);
    }

    /** @return how to run a shell built-in, which no program implements, or "" for any other program */
    private static String builtinHint(String program) {
        return SHELL_BUILTINS.contains(program)
                ? "; '" + program + "' is a shell built-in, not a program: run it in a shell, e.g. -- sh -c '" + program
                        + " …; COMMAND'"
                : "";
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
