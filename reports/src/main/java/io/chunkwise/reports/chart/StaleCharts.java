package io.chunkwise.reports.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Removes the charts an earlier run wrote to a directory and this one did not, so that every chart
 * there is this run's: a chart left from before would describe other results. Only files an earlier
 * run recorded in the directory's manifest ({@value #MANIFEST}) are ever removed: a user's own image
 * there, or any other file, stays.
 */
public final class StaleCharts {
    /** The file, in the charts' directory, that names the charts our runs wrote there, one a line. */
    public static final String MANIFEST = ".chunkwise-charts";

    private StaleCharts() {
    }

    /**
     * Removes the charts the manifest names that match {@code ours} and that this run did not write,
     * then records this run's charts (and the other kinds' charts still there) in the manifest.
     *
     * @param dir the charts' directory (nothing happens when it does not exist)
     * @param written the charts this run wrote (in {@code dir})
     * @param ours which file names are charts this kind of run writes
     * @throws IOException when the directory cannot be read, a chart removed or the manifest written
     */
    public static void remove(Path dir, Collection<Path> written, Predicate<String> ours) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<String> keep = new LinkedHashSet<>();
        for (Path p : written) {
            keep.add(p.getFileName().toString());
        }
        Set<String> recorded = new LinkedHashSet<>();
        for (String name : earlier(dir)) {
            Path chart = dir.resolve(name);
            if (keep.contains(name) || !Files.isRegularFile(chart, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (ours.test(name)) {
                Files.delete(chart);
            } else {
                recorded.add(name); // another kind of run's chart: that run removes it
            }
        }
        recorded.addAll(keep);
        Path manifest = dir.resolve(MANIFEST);
        Path tmp = Files.createTempFile(dir, MANIFEST, ".tmp");
        try {
            Files.write(tmp, recorded, StandardCharsets.UTF_8);
            Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** @return the chart names an earlier run recorded: plain file names only, nothing outside {@code dir} */
    private static List<String> earlier(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(name -> !name.isEmpty() && !name.equals(MANIFEST) && isImage(name)
                        && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && !name.startsWith("."))
                .toList();
    }

    /**
     * @param fileName a file's name
     * @return whether it is an image a chart is written as (PNG or SVG)
     */
    public static boolean isImage(String fileName) {
        return fileName.endsWith(".png") || fileName.endsWith(".svg");
    }
}
