package io.chunkwise.reports.model;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A unit of memory as profilers write it in JMH JSON: a byte count ({@code bytes}, {@code B},
 * {@code KiB}, {@code MB}…), optionally per something ({@code B/op} from {@code -prof gc}'s
 * {@code gc.alloc.rate.norm}, {@code MB/sec} from its {@code gc.alloc.rate}, {@code bytes/record}
 * from ours). KB, MB… are read as JMH's GC profiler writes them, powers of 1,024 (its
 * {@code MB/sec} is bytes / 1024 / 1024 per second), as KiB, MiB… are.
 *
 * @param bytes how many bytes one of the unit's prefix is: 1 for {@code B}, 1,024 for {@code KiB}
 * @param per what the figure is per, lower-case ({@code op}, {@code sec}…), or empty for a count
 */
public record MemoryUnit(double bytes, String per) {
    /** The units of a byte count, for messages. */
    public static final String KNOWN = "bytes, B, KiB or KB, MiB or MB, GiB or GB, TiB or TB, PiB or PB, EiB or EB";

    /**
     * @param unit a score's unit
     * @return the unit, when it is a memory unit
     */
    public static Optional<MemoryUnit> parse(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        int slash = u.indexOf('/');
        String prefix = slash < 0 ? u : u.substring(0, slash).strip();
        String per = slash < 0 ? "" : u.substring(slash + 1).strip();
        double bytes = switch (prefix) {
            case "b", "byte", "bytes" -> 1;
            case "kb", "kib" -> 0x1p10;
            case "mb", "mib" -> 0x1p20;
            case "gb", "gib" -> 0x1p30;
            case "tb", "tib" -> 0x1p40;
            case "pb", "pib" -> 0x1p50;
            case "eb", "eib" -> 0x1p60;
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
