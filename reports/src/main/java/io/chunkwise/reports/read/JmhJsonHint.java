package io.chunkwise.reports.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A hint for a directory given as results that is no profiler output directory: a bench output
 * directory holds JMH JSON files, which are to be given themselves.
 */
final class JmhJsonHint {
    /** Larger .json files are not read for a hint: JMH JSON of a suite is far smaller. */
    private static final long HINT_MAX_BYTES = 16L << 20;

    private JmhJsonHint() {
    }

    /**
     * @param dir a directory
     * @return a hint naming a JMH JSON file in it, or "" when it has none: only a file that reads as
     *     JMH results is named, never any other JSON (a FIX log's truth, a summary…)
     */
    static String in(Path dir) {
        List<Path> json;
        try (var files = Files.list(dir)) {
            json = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        for (Path f : json) {
            if (isJmhJson(f)) {
                return "; for benchmark results pass the JSON files themselves, e.g. " + f;
            }
        }
        return "";
    }

    private static boolean isJmhJson(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > HINT_MAX_BYTES) {
                return false;
            }
            JmhJsonReader.read(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // not JMH JSON, or unreadable: not a file to suggest
        }
    }
}
