package io.chunkwise.profiler.monitor;

import io.chunkwise.profiler.metric.Metric;

/**
 * A metric went over its budget.
 *
 * @param metric the metric
 * @param value the value read, in the metric's base unit
 * @param budget the budget it crossed
 * @param atMs when, in ms since sampling started
 */
public record GuardEvent(Metric metric, long value, long budget, long atMs) {
}
