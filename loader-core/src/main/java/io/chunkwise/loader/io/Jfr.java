package io.chunkwise.loader.io;

import jdk.jfr.FlightRecorder;

/**
 * Whether JFR runs in this JVM. The first use of an event class sets up JFR's metadata (about
 * 100 ms, on the scanning threads), which a run without a recording should not pay:
 * {@link ChunkEvents} creates events only when this says so. A recording started later (e.g. by
 * {@code jcmd}) sees events from the next scan on.
 */
public final class Jfr {
    private Jfr() {
    }

    /** @return whether a flight recording has been started in this JVM */
    public static boolean initialized() {
        return FlightRecorder.isInitialized();
    }
}
