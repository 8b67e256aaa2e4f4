package io.chunkwise.cli.bench;

import io.chunkwise.cli.UserError;

/**
 * JMH refuses to run while another JMH run holds its machine-wide lock: two benchmark runs on one
 * machine would distort each other. That is a state of the machine, said in one line.
 */
public final class JmhLock {
    private JmhLock() {
    }

    /**
     * @param failure a failure of a JMH run
     * @return a one-line user error when the failure is the held lock, else null
     */
    public static UserError explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Unable to acquire the JMH lock")) {
                return new UserError("another JMH run is using this machine (JMH lock held); benchmarks run at the "
                        + "same time would distort each other: wait for it to finish (JMH's -Djmh.ignoreLock=true "
                        + "overrides, at the cost of honest numbers)");
            }
        }
        return null;
    }
}
