package io.chunkwise.profiler.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * Says in one line why something failed, for a note: exceptions from remote JVM beans often carry
 * no message of their own (an {@code UndeclaredThrowableException} wrapping the real failure), so
 * their bare message would read "null".
 */
public final class FailureReason {
    private FailureReason() {
    }

    /**
     * @param failure what was thrown
     * @return the first exception in the cause chain that has a message, as {@code Type: first
     *     line}; when none has one, the chain's types ({@code A caused by B}); never "null"
     */
    public static String of(Throwable failure) {
        List<String> types = new ArrayList<>();
        for (Throwable t = failure; t != null && types.size() < 16; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().strip();
            if (!message.isEmpty()) {
                return t.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("").strip();
            }
            types.add(t.getClass().getSimpleName());
        }
        return String.join(" caused by ", types);
    }
}
