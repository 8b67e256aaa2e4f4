package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.table.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A relative gate within one run, robust to noisy machines because both sides are measured side by
 * side: {@code "mmap/full >= 3"} requires variant {@code mmap} to be at least 3 times better than
 * {@code full} (faster: higher throughput, or lower time) in every context where both were measured
 * (same benchmark, mode, other parameters and threads).
 *
 * @param better the variant expected to be better
 * @param worse the variant it is compared with
 * @param operator {@code >=}, {@code >}, {@code <=} or {@code <}
 * @param factor the required ratio
 */
public record Gate(String better, String worse, String operator, double factor) {
    private static final Pattern FORMAT = Pattern.compile("\\s*([\\w.\\-]+)\\s*/\\s*([\\w.\\-]+)\\s*(>=|<=|>|<)\\s*(\\d+(?:\\.\\d+)?)\\s*");

    /**
     * @param text e.g. {@code mmap/full >= 3}
     * @return the gate
     * @throws IllegalArgumentException when the text is not a gate
     */
    public static Gate parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a gate; write e.g. \"mmap/full >= 3\"");
        }
        return new Gate(m.group(1), m.group(2), m.group(3), Double.parseDouble(m.group(4)));
    }

    /**
     * Checks the gate in a run.
     *
     * @param run the results
     * @return one check per context where both variants were measured
     * @throws IllegalArgumentException when no context has both variants
     */
    public List<Check> check(ResultSet run) {
        Map<String, BenchmarkResult> a = new LinkedHashMap<>();
        Map<String, BenchmarkResult> b = new LinkedHashMap<>();
        for (BenchmarkResult r : run.results()) {
            String variant = Dimensions.variant(r).toLowerCase(Locale.ROOT);
            if (variant.equals(better.toLowerCase(Locale.ROOT))) {
                a.put(Dimensions.context(r), r);
            } else if (variant.equals(worse.toLowerCase(Locale.ROOT))) {
                b.put(Dimensions.context(r), r);
            }
        }
        List<Check> checks = new ArrayList<>();
        a.forEach((context, ra) -> {
            BenchmarkResult rb = b.get(context);
            if (rb != null) {
                // in one unit: a peer whose class declares another @OutputTimeUnit (ops/ms beside ops/s)
                OptionalDouble ratio = ra.direction() == Direction.HIGHER_IS_BETTER
                        ? Measures.scoreRatio(ra, rb) : Measures.scoreRatio(rb, ra);
                if (ratio.isEmpty()) {
                    boolean timed = Measures.hasTimeUnit(ra) && Measures.hasTimeUnit(rb);
                    throw new IllegalArgumentException("gate '" + this + "': units differ in " + context + " of " + run.source()
                            + " (" + better + " in " + ra.primary().unit() + ", " + worse + " in " + rb.primary().unit() + "): "
                            + (timed ? "a throughput and a time per operation make no ratio; measure both in one mode"
                                    : "not both times or rates, so not convertible; measure both in one unit"));
                }
                checks.add(new Check(context, ratio.getAsDouble(), holds(ratio.getAsDouble())));
            }
        });
        if (checks.isEmpty() && !a.isEmpty() && !b.isEmpty()) {
            // both are in the run, never side by side: "no benchmark has both" sent the user looking for a missing one
            throw new IllegalArgumentException("gate '" + this + "': " + better + " and " + worse + " are both in " + run.source()
                    + " but never in one benchmark, mode, parameters and threads (" + better + " in " + some(a.keySet()) + "; " + worse + " in "
                    + some(b.keySet()) + ")" + (modes(a).stream().noneMatch(modes(b)::contains)
                            ? ": a gate compares them in one mode; measure both in one (-bm)" : ""));
        }
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("gate '" + this + "': no benchmark has both variants '" + better
                    + "' and '" + worse + "' in " + run.source() + " (variants are the " + Dimensions.VARIANT
                    + " parameter or the method name)");
        }
        return List.copyOf(checks);
    }

    private static String some(Set<String> contexts) {
        return contexts.stream().limit(3).collect(Collectors.joining(", "))
                + (contexts.size() > 3 ? " and " + (contexts.size() - 3) + " more" : "");
    }

    private static Set<Mode> modes(Map<String, BenchmarkResult> results) {
        return results.values().stream().map(BenchmarkResult::mode).collect(Collectors.toSet());
    }

    private boolean holds(double ratio) {
        return switch (operator) {
            case ">=" -> AtTheLimit.atLeast(ratio, factor);
            case ">" -> AtTheLimit.above(ratio, factor);
            case "<=" -> AtTheLimit.atMost(ratio, factor);
            case "<" -> AtTheLimit.below(ratio, factor);
            default -> throw new IllegalStateException(operator);
        };
    }

    /**
     * A ratio as a gate's table shows it: as every table prints one (two decimals, 1.23×), with more
     * decimals where those would read as the other verdict (1.004 and 0.996 both print 1.00×, beside
     * {@code >= 1} one passes and one fails), so the figure printed explains the verdict.
     *
     * @param ratio a ratio this gate judged
     * @return e.g. {@code 3.21×}, or {@code 0.996×} beside {@code >= 1}
     */
    public String ratioText(double ratio) {
        String text = Kind.RATIO.format(ratio);
        for (int decimals = 3; decimals <= MAX_DECIMALS && !reads(text, ratio); decimals++) {
            text = String.format(Locale.ROOT, "%,." + decimals + "f×", ratio);
        }
        return text;
    }

    /** Beyond AtTheLimit's rounding: a ratio that close to the factor is at it, and reads so. */
    private static final int MAX_DECIMALS = 12;

    /** @return whether the text, read back as a number, meets this gate as the ratio does */
    private boolean reads(String text, double ratio) {
        try {
            return holds(Double.parseDouble(text.replace("×", "").replace(",", ""))) == holds(ratio);
        } catch (NumberFormatException e) {
            return true; // "–": no ratio to read, nothing more digits could say
        }
    }

    @Override
    public String toString() {
        String f = factor == Math.rint(factor) ? String.valueOf((long) factor) : String.format(Locale.ROOT, "%s", factor);
        return better + "/" + worse + " " + operator + " " + f;
    }

    /**
     * The gate in one context.
     *
     * @param context benchmark, mode, other parameters and threads
     * @param ratio how many times better {@code better} is than {@code worse}
     * @param passed whether the ratio meets the gate
     */
    public record Check(String context, double ratio, boolean passed) {
    }
}
