package io.chunkwise.reports.plan;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Measures.MemoryMetric;
import io.chunkwise.reports.model.Sizes;
import io.chunkwise.reports.stats.GrowthModel;
import io.chunkwise.reports.stats.LinearFit;
import io.chunkwise.reports.table.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans capacity from measurements: for each variant measured at two input sizes or more, fits
 * time per operation and peak memory (peak RssAnon when present, else peak heap or NMT) against
 * input size by least squares, predicts both at the target with a 95% prediction band, and checks
 * the memory budget against the band's upper bound (conservative). Memory labelled O(1) (see
 * {@link GrowthModel}: no significant, material slope) is predicted by the constant model (its
 * largest measured peak, with a band from the spread): extrapolating an immaterial slope far beyond
 * the data would only project noise, and contradict the label.
 *
 * <p>Planned are the benchmarks whose time grows with the input: one whose time barely changes
 * (see {@link PlanCandidates#flatTimeGrowth}) measures a cost per operation, such as a lookup, or
 * a fixed cost that hides the cost per byte; it is left out with a note. So is each result with a
 * size that is no point (see {@link LeftOut}: a throughput or a time of zero, a unit that is no
 * time): named, with its size and why, never counted as a size the variant was not measured at; and
 * the benchmarks measured without a size parameter are named in a note. Recommended are the
 * candidates: the benchmarks a pattern selects; else, when some benchmarks name their variants by a
 * parameter, those (the others, peers and baselines, are planned as comparisons); else all.
 *
 * <p>Recommendation: the candidate predicted fastest among those that fit. When that variant is one
 * configuration of chunk size and workers planned on its own (measured at several sizes), those
 * are its chunk size and workers; otherwise, from the measured
 * configurations of chunk size and workers (results with those parameters), the Pareto front of
 * time per GiB against peak memory, and on it the fastest configuration whose memory at the target
 * (measured peak plus the variant's fitted memory slope times the extra input) fits the budget.
 * No rule of thumb is used, and no other variant's configuration is borrowed: without measured
 * configurations of the variant, chunk size and workers stay null.
 * Without a memory metric a budget cannot be checked, nor when no candidate has a memory figure at
 * every size it was measured at: the recommendation, variant and configuration alike, is by time
 * alone and says so, never "among variants that fit".
 */
public final class CapacityPlanner {
    private static final double CONFIDENCE = 0.95;
    private static final double GIB = 1024.0 * 1024 * 1024;
    /** Beyond this many times the largest size measured, the plan says how far it carries the fits. */
    private static final double FAR = 10;

    private CapacityPlanner() {
    }

    /**
     * Makes a plan.
     *
     * @param results JMH results (input size from the size parameter, see {@link Dimensions})
     * @param targetBytes the input size to plan for
     * @param budgetBytes the memory budget, if any
     * @return the plan
     * @throws NothingToFitException when no result has an input size or no variant was measured at
     *     two sizes
     * @throws IllegalArgumentException when the target size is not positive
     */
    public static CapacityPlan plan(List<BenchmarkResult> results, long targetBytes, OptionalLong budgetBytes) {
        return plan(results, targetBytes, budgetBytes, Optional.empty());
    }

    /**
     * Makes a plan of the benchmarks a pattern selects, every one of them a candidate.
     *
     * @param results JMH results (input size from the size parameter, see {@link Dimensions})
     * @param targetBytes the input size to plan for
     * @param budgetBytes the memory budget, if any
     * @param benchmarks when present, only the results whose benchmark name it finds (as JMH's
     *     include patterns do) are planned, and each may be recommended; when empty, every result is
     *     planned and the candidates are chosen as {@link PlanCandidates} says
     * @return the plan
     * @throws NothingToFitException when the pattern selects nothing, no result has an input size,
     *     or no variant was measured at two sizes
     * @throws IllegalArgumentException when the target size is not positive
     */
    public static CapacityPlan plan(List<BenchmarkResult> results, long targetBytes, OptionalLong budgetBytes,
            Optional<Pattern> benchmarks) {
        if (targetBytes <= 0) {
            throw new IllegalArgumentException("the target size must be positive");
        }
        if (benchmarks.isPresent()) {
            results = selected(results, benchmarks.get());
        }
        List<BenchmarkResult> sized = results.stream()
                .filter(r -> Dimensions.sizeBytes(r).isPresent() && LeftOut.seconds(r).isPresent()).toList();
        LeftOut leftOut = LeftOut.of(results);
        if (sized.isEmpty()) {
            // sizes without a time: why each result is no point is the story, not the sizes
            throw new NothingToFitException(leftOut.isEmpty() ? "no result has an input size parameter (one of " + Dimensions.SIZE
                    + ") and a time or throughput score: nothing to fit"
                    : "nothing to fit: " + String.join("; ", leftOut.labels().stream().map(l -> l + ": " + leftOut.clause(l)).toList())
                            + leftOut.unsizedNote().map(n -> "; " + n).orElse(""));
        }
        // a variant without a memory figure is planned by time; the others keep their budget check
        Optional<MemoryMetric> memory = Measures.preferredPeakMemory(sized);
        Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
        sized.forEach(r -> groups.computeIfAbsent(groupOf(r), k -> new ArrayList<>()).add(r));
        Map<String, Integer> unfitted = new LinkedHashMap<>();
        Map<String, List<BenchmarkResult>> unfittedResults = new LinkedHashMap<>();
        groups.values().removeIf(rs -> {
            boolean one = rs.stream().map(r -> Dimensions.sizeBytes(r).getAsLong()).distinct().count() < 2;
            if (one) {
                unfitted.merge(LeftOut.label(rs.getFirst()), 1, Integer::sum);
                unfittedResults.computeIfAbsent(LeftOut.label(rs.getFirst()), k -> new ArrayList<>()).addAll(rs);
            }
            return one;
        });
        long variantsNamed = groups.keySet().stream().map(k -> k.substring(k.indexOf('\u0000') + 1)).distinct().count();
        boolean qualify = variantsNamed < groups.size();
        List<String> notes = new ArrayList<>();
        unfitted.forEach((what, n) -> notes.add(what + ": " + (leftOut.has(what) ? leftOut.clause(what) + "; " : "") + n
                + (n == 1 ? " configuration" : " configurations") + (leftOut.has(what) ? " left," : "") + " measured at one input size only ("
                + sizesOf(unfittedResults.get(what)) + "), not fitted (used for the chunk size and workers front when they vary)"));
        // a result left out of a variant still fitted, or of one with nothing left, is named all the same
        Set<String> usable = new HashSet<>(sized.stream().map(LeftOut::label).toList());
        leftOut.labels().stream().filter(l -> !unfitted.containsKey(l)).forEach(l -> notes.add(l + ": " + leftOut.clause(l)
                + (usable.contains(l) ? "; planned from its other results" : "; nothing left to plan")));
        leftOut.unsizedNote().ifPresent(notes::add);
        List<VariantPlan> plans = new ArrayList<>();
        List<String> shrinking = new ArrayList<>();
        Set<String> flatGroups = new HashSet<>();
        Map<String, Double> memorySlopes = new LinkedHashMap<>();
        Map<String, Boolean> variantParams = new LinkedHashMap<>();
        Map<String, String> benchmarkOf = new LinkedHashMap<>();
        for (var g : groups.entrySet()) {
            List<BenchmarkResult> rs = g.getValue();
            String variant = Dimensions.variant(rs.getFirst());
            String name = qualify ? Dimensions.context(rs.getFirst(), Dimensions.SIZE) + " " + variant : variant;
            double[] x = rs.stream().mapToDouble(r -> Dimensions.sizeBytes(r).getAsLong()).toArray();
            int distinct = (int) Arrays.stream(x).distinct().count();
            double[] seconds = rs.stream().mapToDouble(r -> LeftOut.seconds(r).getAsDouble()).toArray();
            OptionalDouble flat = PlanCandidates.flatTimeGrowth(x, seconds);
            if (flat.isPresent()) {
                notes.add(String.format(Locale.ROOT, "%s: its time changed %.2f× while the input grew %.0f× (%s): a cost per "
                        + "operation (a lookup), or a pass whose fixed cost hides its cost per byte at these sizes; not "
                        + "extrapolated to a run of %s (a pass: measure it at larger sizes)", name, flat.getAsDouble(),
                        PlanCandidates.span(x), sizesOf(rs), Sizes.format(targetBytes)));
                flatGroups.add(g.getKey());
                continue;
            }
            LinearFit.Prediction time = LinearFit.of(x, seconds).prediction(targetBytes, CONFIDENCE);
            if (!(time.value() > 0)) {
                // a time that falls as the input grows is noise or a fixed cost, not a trend: carried
                // this far, the line promises a time of nothing or less; below the sizes measured, a
                // rising line can cross zero too
                boolean below = targetBytes < Arrays.stream(x).min().orElseThrow();
                notes.add(name + (below ? ": the fitted line reaches zero between " + Sizes.format(targetBytes)
                                + " and the smallest size measured (" + sizesOf(rs) + "): not extrapolated; measure at "
                                + "sizes around the target"
                        : ": time fell as the input grew over the sizes measured (" + sizesOf(rs)
                                + "), and the fitted line reaches zero before " + Sizes.format(targetBytes)
                                + ": not extrapolated; measure at larger sizes"));
                shrinking.add(name);
                continue;
            }
            Long memValue = null;
            Long memLower = null;
            boolean memLowerClamped = false;
            Long memUpper = null;
            String growth = null;
            Boolean fits = null;
            boolean measured = memory.isPresent()
                    && rs.stream().allMatch(r -> Measures.memoryBytes(r, memory.get().name()).isPresent());
            GrowthModel model = null;
            LinearFit.Prediction m = null;
            if (measured) {
                double[] mem = rs.stream().mapToDouble(r -> Measures.memoryBytes(r, memory.get().name()).getAsDouble()).toArray();
                model = GrowthModel.fit(x, mem);
                if (model.growsMateriallyBy(targetBytes)) {
                    // immaterial over the sizes measured may not be at a target hundreds of times beyond them; but a JVM's
                    // RssAnon also creeps with run length (JIT, code cache) up to a bound, so the label stays, with a warning
                    double added = model.fit().slope() * (targetBytes - model.fit().xMax());
                    notes.add(name + ": its " + memory.get().kind() + " grew " + String.format(Locale.ROOT, "%+.1f%%",
                            model.growthOverRange() * 100) + " over the sizes measured (" + sizesOf(rs) + "), too little there to "
                            + "count, but its slope (" + String.format(Locale.ROOT, "%.3g", model.fit().slope())
                            + " B per input byte) is significant: carried to " + Sizes.format(targetBytes) + " it would add "
                            + Sizes.format(Math.round(added)) + ", at least " + Math.round(GrowthModel.MATERIAL_GROWTH * 100)
                            + "% of its largest peak. Labelled O(1) from the sizes measured; measure it at larger sizes "
                            + "before relying on this plan");
                }
                m = model.predict(targetBytes, CONFIDENCE);
                memorySlopes.put(variant, model.order().grows() ? model.fit().slope() : 0.0);
                if (!(m.value() > 0)) {
                    // a line of O(n) memory carried below the sizes measured crosses zero: no run needs 0 bytes, and
                    // shown as 0 B it fitted any budget
                    notes.add(name + ": its fitted " + memory.get().kind() + " reaches zero between " + Sizes.format(targetBytes)
                            + " and the smallest size measured (" + sizesOf(rs) + "): no run needs 0 bytes, so its memory is "
                            + "not predicted" + (budgetBytes.isPresent() ? " and the budget cannot be checked" : "")
                            + "; measure at sizes around the target");
                    measured = false;
                }
            }
            if (measured) {
                memValue = Math.round(m.value());
                // a band reaching below zero is shown from zero, which must not read as a peak of 0 bytes
                memLowerClamped = m.hasBand() && m.lower() <= 0;
                if (memLowerClamped) {
                    notes.add(name + ": its " + memory.get().kind() + " band's lower end is below zero before clamping: the fit "
                            + "cannot bound the peak from below at " + Sizes.format(targetBytes));
                }
                memLower = m.hasBand() ? Math.round(Math.max(0, m.lower())) : null;
                memUpper = m.hasBand() ? Math.round(Math.max(0, m.upper())) : null;
                growth = model.order().label();
                if (m.value() >= Sizes.MOST) {
                    // Math.round holds it at Long.MAX_VALUE: that is no prediction, but a bound it passed
                    notes.add(name + ": its predicted " + memory.get().kind() + " at " + Sizes.format(targetBytes) + " ("
                            + String.format(Locale.ROOT, "%.3g", m.value()) + " bytes) is more than a byte count holds: "
                            + "shown as more than 8.0 EiB, and written as " + Sizes.MOST + " bytes, the most a long holds");
                }
                if (distinct == 2 && model.order() == GrowthModel.Order.CONSTANT && model.fit().slope() > 0) {
                    notes.add(name + ": memory measured at two sizes only, so whether it grows cannot be tested; "
                            + "labelled O(1) (it grew " + Math.round(model.growthOverRange() * 100) + "% over them) "
                            + "and predicted at its largest peak: measure at three sizes or more to check it");
                }
                if (model.order() == GrowthModel.Order.LIKELY_LINEAR) {
                    notes.add(name + ": its " + memory.get().kind() + " rose at every step over the sizes measured (" + sizesOf(rs)
                            + "; +" + Math.round(model.growthOverRange() * 100) + "% over them), but too few sizes for the slope to "
                            + "test significant: labelled O(n)? and predicted along the fitted line"
                            + (budgetBytes.isPresent() ? ", the budget checked against its band's upper end" : "")
                            + ", not at its largest peak; measure at more sizes to settle it");
                }
                if (budgetBytes.isPresent()) {
                    fits = (memUpper != null ? memUpper : memValue) <= budgetBytes.getAsLong();
                }
            } else if (budgetBytes.isPresent() && model == null) {
                notes.add(name + ": " + lacking(rs, memory) + ", cannot check the budget");
            }
            long largest = (long) Arrays.stream(x).max().orElseThrow();
            BenchmarkResult any = rs.getFirst();
            Long chunkSize = Dimensions.chunkBytes(any).isPresent() ? Dimensions.chunkBytes(any).getAsLong() : null;
            Integer workers = Dimensions.workers(any).isPresent() ? Dimensions.workers(any).getAsInt() : null;
            // a band reaching below zero is shown from zero, which must not read as a prediction
            boolean clamped = time.hasBand() && time.lower() < 0;
            if (clamped) {
                notes.add(name + ": its time band's lower end is below zero before clamping: the fit cannot bound the time "
                        + "from below at " + Sizes.format(targetBytes));
            }
            plans.add(new VariantPlan(name, variant, chunkSize, workers, distinct, largest, (double) targetBytes / largest, time.value(),
                    time.hasBand() ? Math.max(0, time.lower()) : null, clamped, time.hasBand() ? time.upper() : null, memValue, memLower,
                    memLowerClamped, memUpper,
                    measured ? memory.get().kind() : null, growth, fits, true));
            variantParams.put(name, Dimensions.variantIsParam(rs.getFirst()));
            benchmarkOf.put(name, Dimensions.benchmarkOf(rs.getFirst()));
        }
        // the default rule: beside benchmarks that name their variants by a parameter, the others
        // (peers, baselines) are comparisons; a pattern's selection are all candidates
        boolean byParameter = benchmarks.isEmpty() && PlanCandidates.someNameVariantsByParameter(variantParams);
        if (byParameter) {
            plans.replaceAll(v -> variantParams.get(v.name()) ? v : v.asComparison());
            notes.add(PlanCandidates.comparisonNote(benchmarksOf(plans, false, benchmarkOf), benchmarksOf(plans, true, benchmarkOf)));
        }
        if (plans.isEmpty() && !shrinking.isEmpty() && targetBytes < sizesMeasured(sized).getFirst()) {
            throw new NothingToFitException("the target " + Sizes.format(targetBytes) + " is below every size measured ("
                    + sizesOf(sized) + "), where every variant's fitted time falls to zero or less (" + String.join(", ", shrinking)
                    + "): nothing to extrapolate; measure at sizes around the target");
        }
        if (plans.isEmpty() && !shrinking.isEmpty()) {
            throw new NothingToFitException("every variant's time fell as the input grew, down to zero or less at "
                    + Sizes.format(targetBytes) + " (" + String.join(", ", shrinking) + "): nothing to extrapolate; "
                    + "measure at larger sizes, e.g. JMH -p size=256MiB,1GiB");
        }
        if (plans.isEmpty() && !flatGroups.isEmpty()) {
            throw new NothingToFitException("no benchmark's time grew with its input (" + flatGroups.size()
                    + (flatGroups.size() == 1 ? " benchmark" : " benchmarks") + " measured at sizes " + sizesOf(sized)
                    + "): each is a cost per operation, or a pass whose fixed cost hides its cost per byte; nothing to "
                    + "extrapolate (a pass: measure it at larger sizes)");
        }
        if (plans.isEmpty()) {
            throw new NothingToFitException("no variant was measured at two input sizes or more (sizes measured: " + sizesOf(sized)
                    + "): nothing to fit; run the benchmarks at two sizes or more, e.g. JMH -p size=64MiB,256MiB");
        }
        unbandedNote(plans, budgetBytes.isPresent()).ifPresent(notes::add);
        long largestMeasured = plans.stream().mapToLong(VariantPlan::largestMeasuredBytes).max().orElseThrow();
        double factor = (double) targetBytes / largestMeasured;
        if (factor > FAR) {
            // a benchmark reads its input again and again, so from the page cache: a run on a larger
            // input than the machine's memory reads from the disk, which no measurement here saw
            notes.add("The target (" + Sizes.format(targetBytes) + ") is " + Kind.NUMBER.format(factor) + "× the largest size measured ("
                    + Sizes.format(largestMeasured) + "), and the times measured are of page-cached input: a target larger than "
                    + "this machine's memory will also wait on the disk, which the plan cannot know.");
        }
        long smallestMeasured = sizesMeasured(sized).getFirst();
        if (targetBytes * FAR < smallestMeasured) {
            // JMH times warmed-up operations in a running JVM: below the sizes measured, the costs it left
            // out (the JVM's start, the JIT's warm-up) are what a run of that size mostly pays
            notes.add("The target (" + Sizes.format(targetBytes) + ") is 1/" + Kind.NUMBER.format((double) smallestMeasured / targetBytes)
                    + " of the smallest size measured (" + Sizes.format(smallestMeasured) + "): the fits are carried below every "
                    + "size measured, where a run pays mostly the costs a benchmark leaves out (the JVM's start, the JIT's "
                    + "warm-up), which the plan cannot know.");
        }
        memory.flatMap(m -> UncappedHeap.note(sized, m)).ifPresent(notes::add);
        if (memory.isEmpty()) {
            notes.add("no peak memory metric (" + Measures.PEAK_RSS_ANON + "): memory not predicted");
        }
        // when some variant's budget was checked, one whose memory is unknown is not said to fit
        List<VariantPlan> candidates = plans.stream().filter(VariantPlan::candidate).toList();
        boolean checked = CapacityPlan.budgetChecked(candidates);
        Optional<VariantPlan> best = candidates.stream()
                .filter(v -> checked ? Boolean.TRUE.equals(v.fitsBudget()) : !Boolean.FALSE.equals(v.fitsBudget()))
                .min(Comparator.comparingDouble(VariantPlan::predictedSeconds));
        List<BenchmarkResult> configurable = results.stream()
                .filter(r -> !flatGroups.contains(groupOf(r)))
                .filter(r -> !byParameter || Dimensions.variantIsParam(r)).toList();
        List<Config> configs = configurations(configurable, memory, targetBytes, memorySlopes);
        // a budget no candidate's memory was checked against (none has a figure at every size) is
        // not one the recommendation fits: it is by time, as without a memory metric, and says so
        Recommendation recommendation = recommend(best, configs, checked ? budgetBytes : OptionalLong.empty(), candidates,
                memory.isPresent());
        if (!checked && budgetBytes.isPresent()) {
            recommendation = new Recommendation(recommendation.variant(), recommendation.chunkSize(), recommendation.workers(),
                    recommendation.reason() + "; the budget of " + Sizes.format(budgetBytes.getAsLong()) + " cannot be checked: "
                            + memory.map(m -> "no variant on trial has a " + m.kind() + " figure at every size measured")
                                    .orElse("the results have no peak memory metric"));
        }
        notes.addFirst(String.format(Locale.ROOT, "Least-squares fits of time and %s against input size; 95%% prediction bands; "
                + "the budget is checked against the band's upper bound; memory labelled O(1) is predicted as constant, at its largest measured peak, "
                + "O(n) and O(n)? along its fitted line.%s", memory.map(MemoryMetric::kind).orElse("memory"),
                memory.isPresent() ? " Growth: " + GrowthModel.legend() + "." : ""));
        return new CapacityPlan(targetBytes, budgetBytes.isPresent() ? budgetBytes.getAsLong() : null, plans, recommendation,
                configs, notes);
    }

    /**
     * @return a note naming the variants predicted without a band (fitted to two points, which a
     *     line passes through exactly: no spread is left to estimate a band from), whose budget is
     *     then checked against the predicted peak itself, not a band's upper bound as the first note says
     */
    private static Optional<String> unbandedNote(List<VariantPlan> plans, boolean budget) {
        List<String> names = plans.stream().filter(v -> v.secondsUpper() == null).map(VariantPlan::name).toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String whose = names.size() == 1 ? "its" : "their";
        boolean checked = budget && plans.stream().anyMatch(v -> v.secondsUpper() == null && v.fitsBudget() != null);
        return Optional.of(String.join(", ", names) + ": measured at two sizes only, which a line passes through exactly, "
                + "leaving no spread to draw a 95% band from: " + whose + " time and peak are predicted without one"
                + (checked ? ", and the budget is checked against " + whose + " predicted peak itself" : "")
                + "; measure at three sizes or more for bands");
    }

    /**
     * One point per configuration (variant, chunk size, workers), over every size it was measured
     * at: the median time per GiB, and the peak measured at its largest size; so a configuration
     * measured at two sizes is one row, one point of the front.
     */
    private static List<Config> configurations(List<BenchmarkResult> results, Optional<MemoryMetric> memory, long targetBytes,
            Map<String, Double> memorySlopes) {
        Map<List<Object>, List<BenchmarkResult>> byConfig = new LinkedHashMap<>();
        results.stream()
                .filter(r -> (Dimensions.chunkBytes(r).isPresent() || Dimensions.workers(r).isPresent())
                        && LeftOut.seconds(r).isPresent())
                .filter(r -> memory.isEmpty() || Measures.memoryBytes(r, memory.get().name()).isPresent())
                .forEach(r -> byConfig.computeIfAbsent(Arrays.asList(Dimensions.variant(r),
                        Dimensions.chunkBytes(r).isPresent() ? Dimensions.chunkBytes(r).getAsLong() : null,
                        Dimensions.workers(r).isPresent() ? Dimensions.workers(r).getAsInt() : null), k -> new ArrayList<>()).add(r));
        List<double[]> points = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        List<Double> predictedPeaks = new ArrayList<>();
        for (List<BenchmarkResult> measured : byConfig.values()) {
            double[] perGiB = measured.stream().mapToDouble(r -> {
                double seconds = LeftOut.seconds(r).getAsDouble();
                OptionalLong size = Dimensions.sizeBytes(r);
                return size.isPresent() ? seconds / size.getAsLong() * GIB : seconds;
            }).sorted().toArray();
            BenchmarkResult largest = measured.stream()
                    .max(Comparator.comparingLong(r -> Dimensions.sizeBytes(r).orElse(0))).orElseThrow();
            if (memory.isEmpty()) {
                // no memory metric: time is the only cost, so the front is the fastest configuration
                points.add(new double[] {median(perGiB)});
                peaks.add(null);
                predictedPeaks.add(null);
                continue;
            }
            double peak = Measures.memoryBytes(largest, memory.get().name()).getAsDouble();
            double slope = Math.max(0, memorySlopes.getOrDefault(Dimensions.variant(largest), 0.0));
            long measuredSize = Dimensions.sizeBytes(largest).orElse(targetBytes);
            points.add(new double[] {median(perGiB), peak});
            peaks.add(peak);
            predictedPeaks.add(peak + slope * Math.max(0, targetBytes - measuredSize));
        }
        boolean[] front = ParetoFront.of(points);
        List<Config> configs = new ArrayList<>();
        int i = 0;
        for (List<Object> key : byConfig.keySet()) {
            configs.add(new Config((String) key.get(0), (Long) key.get(1), (Integer) key.get(2), points.get(i)[0],
                    peaks.get(i), predictedPeaks.get(i), front[i]));
            i++;
        }
        return configs;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Recommendation recommend(Optional<VariantPlan> best, List<Config> configs, OptionalLong budget,
            List<VariantPlan> plans, boolean byMemory) {
        if (best.isEmpty()) {
            VariantPlan smallest = plans.stream().filter(p -> p.predictedPeakAnonBytes() != null)
                    .min(Comparator.comparingLong(VariantPlan::predictedPeakAnonBytes)).orElseThrow();
            return new Recommendation(null, null, null, "no variant is predicted to fit " + Sizes.format(budget.getAsLong())
                    + "; the smallest, " + smallest.name() + ", needs " + (smallest.predictedPeakAnonBytes() >= Sizes.MOST ? "" : "about ")
                    + Sizes.format(smallest.predictedPeakAnonBytes()));
        }
        VariantPlan v = best.get();
        String variant = v.name();
        String why = "predicted fastest (" + Kind.SECONDS.format(v.predictedSeconds()) + ")"
                + (budget.isPresent() ? " among variants that fit " + Sizes.format(budget.getAsLong()) : "");
        if (v.chunkSize() != null || v.workers() != null) {
            // one configuration planned on its own: the prediction is of its chunk size and workers
            return new Recommendation(variant, v.chunkSize(), v.workers(), why + "; chunk size and workers: this "
                    + "configuration's own, the one the prediction is of");
        }
        List<Config> front = configs.stream().filter(Config::pareto)
                .filter(c -> budget.isEmpty() || c.predictedPeakBytes() <= budget.getAsLong()).toList();
        // another variant's chunk size and workers say nothing of this one's (mmap has no workers)
        List<Config> ofVariant = front.stream().filter(c -> c.variant().equals(v.variant())).toList();
        Optional<Config> config = ofVariant.stream().min(Comparator.comparingDouble(Config::secondsPerGiB));
        if (config.isEmpty()) {
            boolean measuredForIt = configs.stream().anyMatch(c -> c.variant().equals(v.variant()));
            return new Recommendation(variant, null, null, why + (configs.isEmpty()
                    ? "; no chunk size or worker configurations were measured, so none is recommended"
                    : !measuredForIt ? "; no chunk size or worker configuration of " + v.variant() + " was measured (those "
                            + "measured are of " + String.join(", ", configs.stream().map(Config::variant).distinct().toList())
                            + "), so none is recommended"
                    : "; no measured chunk size and worker configuration fits the budget"));
        }
        Config c = config.get();
        String from = byMemory ? "the fastest point of the measured Pareto front (time per GiB vs peak memory)"
                + (budget.isPresent() ? " that fits the budget" : "")
                : "the fastest measured (time per GiB; no memory metric, so configurations are not compared by memory)";
        return new Recommendation(variant, c.chunkSize(), c.workers(), why + "; chunk size and workers: " + from);
    }

    /**
     * @param results results
     * @param benchmarks a pattern of benchmark names
     * @return the results a plan with this pattern is of
     * @throws NothingToFitException when the pattern finds no benchmark, naming those there are
     */
    public static List<BenchmarkResult> selected(List<BenchmarkResult> results, Pattern benchmarks) {
        return PlanCandidates.select(results, benchmarks);
    }

    /** @return the key results are planned together by: their context but for the size, and their variant */
    private static String groupOf(BenchmarkResult r) {
        return Dimensions.context(r, Dimensions.SIZE) + "\u0000" + Dimensions.variant(r);
    }

    /** @return the distinct benchmarks of the candidates, or of the comparisons */
    private static List<String> benchmarksOf(List<VariantPlan> plans, boolean candidates, Map<String, String> benchmarkOf) {
        return plans.stream().filter(v -> v.candidate() == candidates).map(v -> benchmarkOf.get(v.name())).distinct().toList();
    }

    /**
     * @return which sizes of a variant lack a memory figure, e.g. {@code no peak RssAnon figure at
     *     128 MiB (measured at 64.0 MiB, 128 MiB, 256 MiB)}: a reader re-runs that size, not all
     */
    private static String lacking(List<BenchmarkResult> rs, Optional<MemoryMetric> memory) {
        List<BenchmarkResult> without = memory.isEmpty() ? rs
                : rs.stream().filter(r -> Measures.memoryBytes(r, memory.get().name()).isEmpty()).toList();
        String kind = memory.map(MemoryMetric::kind).orElse("peak memory");
        boolean none = sizesMeasured(without).equals(sizesMeasured(rs));
        return "no " + kind + " figure at " + (none ? "any size measured (" + sizesOf(rs) + ")"
                : sizesOf(without) + " (measured at " + sizesOf(rs) + ")");
    }

    /** @return the distinct input sizes of results, smallest first, e.g. "64 MiB, 256 MiB" */
    private static String sizesOf(List<BenchmarkResult> rs) {
        return String.join(", ", sizesMeasured(rs).stream().map(Sizes::format).toList());
    }

    /** @return the distinct sizes of the results, smallest first */
    private static List<Long> sizesMeasured(List<BenchmarkResult> rs) {
        return rs.stream().map(r -> Dimensions.sizeBytes(r).getAsLong()).distinct().sorted().toList();
    }
}
