package io.chunkwise.profiler.async;

/**
 * Which engine async-profiler's cpu mode really used: it silently falls back from perf_events to
 * a CPU timer when the kernel does not permit perf_events (containers, perf_event_paranoid).
 *
 * @param engine {@code perf_events}, {@code ctimer} or {@code unknown}
 * @param evidence how that was established
 */
public record CpuEngine(String engine, String evidence) {
}
