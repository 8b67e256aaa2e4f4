package io.chunkwise.reports.chart;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Removes the charts an earlier run wrote to a directory and this one did not, so that every chart
 * there is this run's: a chart left from before would describe other results. Other files stay.
 */
public final class StaleCharts {
    private StaleCharts() {
    }

    /**
     * @param dir the charts' directory (nothing happens when it does not exist)
     * @param written the charts this run wrote
     * @param ours which file names are charts this kind of run writes
     * @throws IOException when the directory cannot be listed or a chart removed
     */
    public static void remove(Path dir, Collection<Path> written, Predicate<String> ours) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<Path> keep = new HashSet<>();
        for (Path p : written) {
            keep.add(p.toAbsolutePath().normalize());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> ours.test(p.getFileName().toString()))) {
            for (Path chart : files) {
                if (Files.isRegularFile(chart, LinkOption.NOFOLLOW_LINKS) && !keep.contains(chart.toAbsolutePath().normalize())) {
                    Files.delete(chart);
                }
            }
        }
    }

    /**
     * @param fileName a file's name
     * @return whether it is an image a chart is written as (PNG or SVG)
     */
    public static boolean isImage(String fileName) {
        return fileName.endsWith(".png") || fileName.endsWith(".svg");
    }
}
