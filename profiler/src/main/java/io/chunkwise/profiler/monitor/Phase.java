package io.chunkwise.profiler.monitor;

/**
 * A named point in a run ({@code mark("index build")}), drawn as a marker on memory charts.
 *
 * @param name what starts here
 * @param atMs when, in ms since sampling started
 */
public record Phase(String name, long atMs) {
}
