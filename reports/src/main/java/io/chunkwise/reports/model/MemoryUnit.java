package io.chunkwise.reports.model;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A unit of memory as profilers write it in JMH JSON: a byte count ({@code bytes}, {@code B},
 * {@code KiB}, {@code MB}…), optionally per something ({@code B/op} from {@code -prof gc}'s
 * {@code gc.alloc.rate.norm}, {@code MB/sec} from its {@code gc.alloc.rate}, {@code bytes/record}
 * from ours). KiB, MiB… are powers of 1,024 and KB, MB… of 1,000 (our {@code rate.mb} is 10^6 bytes
 * a second), except in the metrics of JMH's GC profiler, whose {@code MB/sec} is bytes / 1024 / 1024
 * per second: which is meant is told by the metric ({@link #parse(String, String)}).
 *
 * @param bytes how many bytes one of the unit's prefix is: 1 for {@code B}, 1,024 for {@code KiB}, 1,000 for
 *     {@code KB} (1,024 in JMH's GC profiler's metrics)
 * @param per what the figure is per, lower-case ({@code op}, {@code sec}…), or empty for a count
 */
public record MemoryUnit(double bytes, String per) {
    /** The units of a byte count, for messages. */
    public static final String KNOWN = "bytes, B, KiB or KB, MiB or MB, GiB or GB, TiB or TB, PiB or PB, EiB or EB";

    /** The prefix of the metrics of JMH's GC profiler ({@code -prof gc}), whose KB and MB are powers of 1,024. */
    private static final String JMH_GC = "gc.";

    /**
     * Reads a unit for what it is, not what its figures are: whether it is memory, a count or per
     * something ({@code KB}, {@code MB}… read as JMH's GC profiler writes them, powers of 1,024).
     *
     * @param unit a score's unit
     * @return the unit, when it is a memory unit
     */
    public static Optional<MemoryUnit> parse(String unit) {
        return parse(JMH_GC, unit);
    }

    /**
     * @param metric the metric the unit is of ({@code rate.mb}, {@code gc.alloc.rate}, or
     *     {@code primary} for a primary score): it says whose KB, MB… they are
     * @param unit a score's unit
     * @return the unit, when it is a memory unit: KB, MB… powers of 1,000, but in JMH's GC
     *     profiler's metrics ({@code gc.*}) of 1,024 as JMH computes them
     */
    public static Optional<MemoryUnit> parse(String metric, String unit) {
        double kilo = metric.startsWith(JMH_GC) ? 0x1p10 : 1e3;
        String u = unit.strip().toLowerCase(Locale.ROOT);
        int slash = u.indexOf('/');
        String prefix = slash < 0 ? u : u.substring(0, slash).strip();
        String per = slash < 0 ? "" : u.substring(slash + 1).strip();
        double bytes = switch (prefix) {
            case "b", "byte", "bytes" -> 1;
            case "kib" -> 0x1p10;
            case "mib" -> 0x1p20;
            case "gib" -> 0x1p30;
            case "tib" -> 0x1p40;
            case "pib" -> 0x1p50;
            case "eib" -> 0x1p60;
            case "kb" -> kilo;
            case "mb" -> Math.pow(kilo, 2);
            case "gb" -> Math.pow(kilo, 3);
            case "tb" -> Math.pow(kilo, 4);
            case "pb" -> Math.pow(kilo, 5);
            case "eb" -> Math.pow(kilo, 6);
            default -> Double.NaN;
        };
        return Double.isNaN(bytes) || slash >= 0 && per.isEmpty() ? Optional.empty() : Optional.of(new MemoryUnit(bytes, per));
    }

    /** @return whether it is a byte count, per nothing */
    public boolean isCount() {
        return per.isEmpty();
    }

    /**
     * @param to another memory unit
     * @return what a figure in this unit is multiplied by to be in {@code to} (1,024 from KiB to
     *     bytes, 1,000 from MB/ms to MB/sec), or empty when the two are per different things (a
     *     count beside a figure per operation; per operation beside per second)
     */
    public OptionalDouble scaleTo(MemoryUnit to) {
        if (per.equals(to.per)) {
            return OptionalDouble.of(bytes / to.bytes);
        }
        double from = Measures.seconds(per);
        double into = Measures.seconds(to.per);
        // per millisecond beside per second: a rate, in the other's time unit
        return Double.isNaN(from) || Double.isNaN(into) ? OptionalDouble.empty() : OptionalDouble.of(bytes / to.bytes * into / from);
    }
}
