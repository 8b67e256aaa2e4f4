package io.chunkwise.reports.model;

/**
 * One spelling of a secondary metric's name. JMH printed (and older versions wrote) its
 * profilers' metrics with a leading middle dot, {@code ·gc.alloc.rate}; newer versions write
 * {@code gc.alloc.rate}. Results are read, and metrics asked for are looked up, without the dot,
 * so that either spelling names the one metric, in a file or on a command line.
 */
public final class SecondaryName {
    /** The middle dot JMH puts before its profilers' metrics' names. */
    private static final String JMH_PREFIX = "\u00b7";

    private SecondaryName() {
    }

    /**
     * @param name a secondary metric's name as written or typed, e.g. {@code ·gc.alloc.rate}
     * @return the name without JMH's leading middle dot, e.g. {@code gc.alloc.rate}
     */
    public static String of(String name) {
        return name.startsWith(JMH_PREFIX) ? name.substring(JMH_PREFIX.length()) : name;
    }
}
