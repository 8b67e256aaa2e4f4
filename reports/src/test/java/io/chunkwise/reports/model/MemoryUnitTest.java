package io.chunkwise.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every memory unit JMH and our profiler write is read, and an unknown one is refused, never read as bytes. */
class MemoryUnitTest {
    static BenchmarkResult peak(double value, String unit) {
        return new BenchmarkResult("com.example.LoadBench.load", Mode.THROUGHPUT, new TreeMap<>(), 1, 1,
                new Score(10, 1, "ops/s", new double[0]), Map.of(Measures.PEAK_RSS_ANON, new Score(value, Double.NaN, unit, new double[0])));
    }

    @Test
    void everyByteUnitIsConverted() {
        assertThat(Measures.memoryBytes(peak(512, "bytes"), Measures.PEAK_RSS_ANON)).hasValue(512);
        assertThat(Measures.memoryBytes(peak(512, "B"), Measures.PEAK_RSS_ANON)).hasValue(512);
        assertThat(Measures.memoryBytes(peak(2, "KiB"), Measures.PEAK_RSS_ANON)).hasValue(2048);
        assertThat(Measures.memoryBytes(peak(3, "MiB"), Measures.PEAK_RSS_ANON)).hasValue(3 << 20);
        assertThat(Measures.memoryBytes(peak(1.5, "GiB"), Measures.PEAK_RSS_ANON)).hasValue(1.5 * (1 << 30));
        // was read as 2 bytes: a 2 TiB peak passed any budget
        assertThat(Measures.memoryBytes(peak(2, "TiB"), Measures.PEAK_RSS_ANON)).hasValue(0x1p41);
        assertThat(Measures.memoryBytes(peak(1, "PiB"), Measures.PEAK_RSS_ANON)).hasValue(0x1p50);
        assertThat(Measures.memoryBytes(peak(1, "EiB"), Measures.PEAK_RSS_ANON)).hasValue(0x1p60);
        // a figure labelled MB is 10^6 bytes, one labelled MiB 2^20 (only -prof gc's MB/sec is JMH's 1,024 KB)
        assertThat(Measures.memoryBytes(peak(1, "MB"), Measures.PEAK_RSS_ANON)).hasValue(1e6);
        assertThat(Measures.memoryBytes(peak(1, " tb "), Measures.PEAK_RSS_ANON)).hasValue(1e12);
        assertThat(Measures.memoryBytes(peak(1, "bytes"), Measures.PEAK_HEAP)).isEmpty();
    }

    @Test
    void anUnknownUnitIsRefusedNamingIt() {
        assertThatThrownBy(() -> Measures.memoryBytes(peak(2, "TeraBytes"), Measures.PEAK_RSS_ANON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("com.example.LoadBench.load: mem.peak.rssAnon.bytes is in 'TeraBytes', no unit of a byte count "
                        + "(bytes, B, KiB or KB, MiB or MB, GiB or GB, TiB or TB, PiB or PB, EiB or EB)");
        // memory per operation is no peak in bytes
        assertThatThrownBy(() -> Measures.memoryBytes(peak(2, "B/op"), Measures.PEAK_RSS_ANON)).hasMessageContaining("'B/op'");
        assertThatThrownBy(() -> Measures.memoryBytes(peak(2, ""), Measures.PEAK_RSS_ANON)).hasMessageContaining("''");
    }

    @Test
    void memoryPerTheSameThingConvertsAndNothingElse() {
        assertThat(Measures.inUnit(new Score(16, 2, "B/op", new double[] {15, 17}), "KiB/op").orElseThrow().samples())
                .containsExactly(new double[] {15 / 1024.0, 17 / 1024.0}, within(1e-12));
        assertThat(Measures.inUnit(new Score(1, 0, "MB/ms", new double[0]), "MB/sec").orElseThrow().value()).isCloseTo(1000, within(1e-9));
        assertThat(Measures.inUnit(new Score(1, 0, "bytes/record", new double[0]), "KiB/record").orElseThrow().value())
                .isCloseTo(1 / 1024.0, within(1e-12));
        assertThat(Measures.inUnit(new Score(1, 0, "B/op", new double[0]), "bytes")).isEmpty();
        assertThat(Measures.inUnit(new Score(1, 0, "bytes/byte", new double[0]), "bytes/record")).isEmpty();
        assertThat(Measures.inUnit(new Score(1, 0, "B/op", new double[0]), "ms/op")).isEmpty();
        assertThat(Measures.inUnit(new Score(1, 0, "MiB", new double[0]), "ops/s")).isEmpty();
        // a peak in TiB is memory, lower is better, whatever the mode
        assertThat(Direction.of(Mode.THROUGHPUT, "TiB")).isEqualTo(Direction.LOWER_IS_BETTER);
    }
}
