package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.probe.NmtSummary;
import org.junit.jupiter.api.Test;

class NmtSummaryTest {
    private static final String SUMMARY = """

            Native Memory Tracking:

            (Omitting categories weighting less than 1KB)

            Total: reserved=1418569KB, committed=84665KB
                   malloc: 17993KB #21876, peak=18364KB #21875
                   mmap:   reserved=1400576KB, committed=66672KB

            -                 Java Heap (reserved=393216KB, committed=26624KB)
            """;

    @Test
    void readsTheTotals() {
        assertThat(NmtSummary.committedBytes(SUMMARY)).hasValue(84665L * 1024);
        assertThat(NmtSummary.reservedBytes(SUMMARY)).hasValue(1418569L * 1024);
        assertThat(NmtSummary.disabled(SUMMARY)).isFalse();
    }

    @Test
    void offOrGarbageGivesNoTotal() {
        String off = "Native memory tracking is not enabled\n";
        assertThat(NmtSummary.disabled(off)).isTrue();
        assertThat(NmtSummary.committedBytes(off)).isEmpty();
        assertThat(NmtSummary.committedBytes("")).isEmpty();
        assertThat(NmtSummary.committedBytes("Total: reserved=12MB, committed=3MB")).hasValue(3L * 1024 * 1024);
    }
}
