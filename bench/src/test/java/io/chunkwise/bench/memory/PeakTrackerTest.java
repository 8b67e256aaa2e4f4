package io.chunkwise.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.Result;

class PeakTrackerTest {
    private static Map<String, Result<?>> byLabel(Collection<? extends Result<?>> results) {
        return results.stream().collect(Collectors.toMap(Result::getLabel, Function.identity()));
    }

    @Test
    void keepsThePeakOfEachFigureIndependently() {
        PeakTracker t = new PeakTracker();
        t.add(new MemoryReading(100, 5, 70, -1));
        t.add(new MemoryReading(300, 1, 20, -1));
        t.add(new MemoryReading(200, 9, 10, -1));
        assertThat(t.peak()).isEqualTo(new MemoryReading(300, 9, 70, -1));
        assertThat(t.samples()).isEqualTo(3);
    }

    @Test
    void reportsBriefNamesWithUnitsAndLeavesOutUnavailableFigures() {
        PeakTracker t = new PeakTracker();
        t.add(new MemoryReading(1000, 2000, 300, -1));
        Map<String, Result<?>> r = byLabel(t.results(500, 10));
        assertThat(r).containsOnlyKeys("mem.peak.rssAnon.bytes", "mem.peak.rssFile.bytes",
                "mem.peak.heapUsed.bytes", "mem.rssAnon.perInputByte", "mem.rssAnon.perRecord", "mem.samples");
        assertThat(r.get("mem.peak.rssAnon.bytes").getScore()).isEqualTo(1000.0);
        assertThat(r.get("mem.peak.rssAnon.bytes").getScoreUnit()).isEqualTo("bytes");
        assertThat(r.get("mem.rssAnon.perInputByte").getScore()).isEqualTo(2.0);
        assertThat(r.get("mem.rssAnon.perRecord").getScore()).isEqualTo(100.0);
    }

    @Test
    void nmtIsReportedWhenSampled() {
        PeakTracker t = new PeakTracker();
        t.add(new MemoryReading(1, 1, 1, 4096));
        assertThat(byLabel(t.results(-1, -1))).containsKey("mem.peak.nmtCommitted.bytes")
                .doesNotContainKeys("mem.rssAnon.perInputByte", "mem.rssAnon.perRecord");
    }

    @Test
    void noSamplesNoResults() {
        assertThat(new PeakTracker().results(10, 10)).isEmpty();
    }

    @Test
    void intervalOption() throws ProfilerException {
        assertThat(ProfilerOptions.interval("", Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(10));
        assertThat(ProfilerOptions.interval("interval=5", Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(5));
        assertThatThrownBy(() -> ProfilerOptions.interval("interval=4", Duration.ofMillis(10)))
                .isInstanceOf(ProfilerException.class);
        assertThat(ProfilerOptions.interval("interval=20ms", Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(20));
        assertThat(ProfilerOptions.interval("interval=0", Duration.ofMillis(10))).isZero();
        assertThatThrownBy(() -> ProfilerOptions.interval("interval=-1", Duration.ofMillis(10)))
                .isInstanceOf(ProfilerException.class);
        assertThatThrownBy(() -> ProfilerOptions.interval("every=5", Duration.ofMillis(10)))
                .isInstanceOf(ProfilerException.class).hasMessageContaining("every");
    }

    @Test
    void ratesInUserUnitsForEveryMode() {
        assertThat(ThroughputProfiler.opsPerSecond(org.openjdk.jmh.annotations.Mode.Throughput,
                java.util.concurrent.TimeUnit.SECONDS, 4.0)).isEqualTo(4.0);
        assertThat(ThroughputProfiler.opsPerSecond(org.openjdk.jmh.annotations.Mode.Throughput,
                java.util.concurrent.TimeUnit.MILLISECONDS, 4.0)).isEqualTo(4000.0);
        assertThat(ThroughputProfiler.opsPerSecond(org.openjdk.jmh.annotations.Mode.AverageTime,
                java.util.concurrent.TimeUnit.MILLISECONDS, 250.0)).isEqualTo(4.0);
        Map<String, Result<?>> r = byLabel(ThroughputProfiler.rates(4.0, 250_000_000L, 1000, "msgs"));
        assertThat(r.get("rate.mb").getScore()).isEqualTo(1000.0);
        assertThat(r.get("rate.mb").getScoreUnit()).isEqualTo("MB/s");
        assertThat(r.get("rate.records").getScore()).isEqualTo(4000.0);
        assertThat(r.get("rate.records").getScoreUnit()).isEqualTo("msgs/s");
        assertThat(ThroughputProfiler.rates(4.0, -1, -1, "records")).isEmpty();
    }
}
