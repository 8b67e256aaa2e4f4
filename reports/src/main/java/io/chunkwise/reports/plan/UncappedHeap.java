package io.chunkwise.reports.plan;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Measures.MemoryMetric;
import java.util.List;
import java.util.Optional;

/**
 * Whether memory figures are of JVMs without a maximum heap. Such a JVM's heap grows to its default
 * share of the machine's memory (a quarter), so its peak says more of the machine than of the work:
 * a run in a capped heap peaks lower, and a plan from these figures overstates it. Only JMH results
 * record their JVMs' arguments; for others nothing is known, and nothing is said.
 */
final class UncappedHeap {
    /** The options that cap the heap, as a JVM argument starts. */
    private static final List<String> CAPS = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAMPercentage=", "-XX:MaxRAM=");

    private UncappedHeap() {
    }

    /**
     * @param results the results planned
     * @param memory the memory metric fitted
     * @return a note when some result with a figure of that metric ran in a JVM whose arguments set no
     *     maximum heap
     */
    static Optional<String> note(List<BenchmarkResult> results, MemoryMetric memory) {
        boolean uncapped = results.stream()
                .filter(r -> r.jvmArgs() != null && Measures.memoryBytes(r, memory.name()).isPresent())
                .anyMatch(r -> r.jvmArgs().stream().noneMatch(a -> CAPS.stream().anyMatch(a::startsWith)));
        return uncapped ? Optional.of("The " + memory.kind() + " figures are of JVMs without a heap cap (no -Xmx, "
                + "-XX:MaxHeapSize or -XX:MaxRAMPercentage in their jvmArgs), whose heap grows to the JVM's default share of the "
                + "machine's memory, so a run in a capped heap uses less: to plan for a capped run, benchmark with the same cap "
                + "(e.g. -jvmArgsAppend -Xmx128m).") : Optional.empty();
    }
}
