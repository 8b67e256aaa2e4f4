package io.chunkwise.profiler.async;

/** What async-profiler samples. */
public enum AsyncMode {
    /** CPU time: perf_events when the kernel allows it, else a CPU timer (ctimer). */
    CPU("cpu"),
    /** Heap allocations (TLAB-driven sampling). */
    ALLOC("alloc"),
    /** Wall-clock time of all threads, running or not. */
    WALL("wall"),
    /** Native (malloc) allocations: async-profiler 4.0 and later only. */
    NATIVEMEM("nativemem");

    private final String event;

    AsyncMode(String event) {
        this.event = event;
    }

    /** @return async-profiler's event name */
    public String event() {
        return event;
    }

    /** @return the flame graph file name, e.g. {@code flame-cpu.html} */
    public String flameGraphFileName() {
        return "flame-" + event + ".html";
    }
}
