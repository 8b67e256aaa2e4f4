package io.chunkwise.reports.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.reports.model.MemoryKinds;
import io.chunkwise.reports.model.MetricSummary;
import io.chunkwise.reports.model.PhaseMark;
import io.chunkwise.reports.model.RunSummary;
import io.chunkwise.reports.model.WorkTimes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a profiled run's {@code summary.json} (the profiler's shared format). */
public final class SummaryJsonReader {
    /** The summary file of a profiler output directory. */
    public static final String SUMMARY_JSON = "summary.json";

    private SummaryJsonReader() {
    }

    /**
     * Reads a summary.json file, or the one in a profiler output directory.
     *
     * @param path a summary.json file or a directory holding one
     * @return the summary, named after its directory
     * @throws ResultFileException when the file is missing or not a profiler summary
     */
    public static RunSummary read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(SUMMARY_JSON) : path;
        JsonNode root = TextFiles.json(file);
        if (!root.isObject() || !root.path("metrics").isObject()) {
            throw new ResultFileException(file, "not a profiler summary.json: expected an object with 'metrics'"
                    + (root.isArray() ? " (this looks like JMH JSON)" : ""));
        }
        Map<String, MetricSummary> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = e.getValue();
            String name = e.getKey();
            int underscore = name.lastIndexOf('_');
            String metric = underscore > 0 ? name.substring(0, underscore) : name;
            metrics.put(name, new MetricSummary(name, m.path("kind").asText(MemoryKinds.label(metric)),
                    m.path("unit").asText(""), number(m, "initial"), number(m, "peak"), number(m, "final"),
                    number(m, "delta"), number(m, "peakAtMs")));
        }
        if (metrics.isEmpty() && root.path("samples").asLong(-1) != 0) {
            // a run with 0 samples has no metrics by rights: it is listed as not charted
            throw new ResultFileException(file, "the profiler summary has no metrics");
        }
        List<PhaseMark> phases = new ArrayList<>();
        for (JsonNode p : root.path("phases")) {
            double at = number(p, "atMs");
            if (!(at >= 0)) {
                throw new ResultFileException(file, "phase '" + p.path("name").asText("") + "' has no valid atMs");
            }
            phases.add(new PhaseMark(p.path("name").asText(""), at));
        }
        List<WorkTimes> work = new ArrayList<>();
        for (JsonNode w : root.path("jfr").path("work")) {
            work.add(new WorkTimes(w.path("label").asText(w.path("event").asText("?")),
                    w.path("strategy").isTextual() ? w.get("strategy").asText() : null, w.path("count").asLong(0),
                    w.path("threads").asInt(0), number(w, "medianMs"), number(w, "firstPerThreadMaxMs"),
                    number(w, "busyPerThreadMinMs"), number(w, "busyPerThreadMaxMs"), inputRate(w),
                    w.path("fallbacks").asLong(0)));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        String name = dir == null || dir.getFileName() == null ? file.toString() : dir.getFileName().toString();
        return new RunSummary(name, root.path("command").isArray() ? join(root.get("command")) : root.path("command").asText(""),
                number(root, "intervalMs"), root.path("samples").asLong(0), root.path("exitCode").asInt(0), metrics, phases,
                work);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(" ", parts);
    }

    /**
     * @return a work entry's input rate in decimal MB/s a thread: from its input ({@code mb}, MiB) over its
     *     busy time when it has both, so a summary written when {@code mbPerSecPerThread} held MiB/s reads
     *     alike; else that field as written
     */
    private static double inputRate(JsonNode work) {
        double mib = number(work, "mb");
        double busyMs = number(work, "busyTotalMs");
        if (mib >= 0 && busyMs > 0) {
            return mib * 0x1p20 / 1e6 / (busyMs / 1e3);
        }
        return number(work, "mbPerSecPerThread");
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }
}
