package io.chunkwise.reports;

import io.chunkwise.reports.model.Measures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Our index builds with a peak RssAnon metric at 32, 64 and 128 MiB ({@code full} holding twice the
 * input above 100 MiB, {@code parallel} a flat 80 MiB), and a peer measured at the same sizes without
 * one (another project's results, or a run with {@code --no-memory}), written as two JMH files.
 */
public final class PeerBesideOurs {
    /** A mebibyte, as a double for the scores. */
    public static final double MIB = 1 << 20;
    private final JmhFiles ours = new JmhFiles();
    private final JmhFiles peer = new JmhFiles();

    /** Adds the results. */
    public PeerBesideOurs() {
        for (int size : new int[] {32, 64, 128}) {
            double bytes = size * MIB;
            ours.add("io.x.IndexBuildBenchmark.build", "avgt", Map.of("strategy", "full", "size", size + "MiB"), "s/op",
                    constant(bytes / 1000e6), Map.of(Measures.PEAK_RSS_ANON, 100 * MIB + 2 * bytes));
            ours.add("io.x.IndexBuildBenchmark.build", "avgt", Map.of("strategy", "parallel", "size", size + "MiB"), "s/op",
                    constant(bytes / 400e6), Map.of(Measures.PEAK_RSS_ANON, 80 * MIB));
            peer.add("io.x.CsvPeerBenchmark.duckDbCount", "avgt", Map.of("size", size + "MiB"), "s/op",
                    constant(bytes / 2000e6), Map.of());
        }
    }

    /**
     * @param dir where to write
     * @return our results, with the memory metric, written as {@code loader.json}
     * @throws IOException if the file cannot be written
     */
    public Path ours(Path dir) throws IOException {
        return ours.write(dir.resolve("loader.json"));
    }

    /**
     * @param dir where to write
     * @return the peer's, without it (the fastest at every size), written as {@code peer.json}
     * @throws IOException if the file cannot be written
     */
    public Path peer(Path dir) throws IOException {
        return peer.write(dir.resolve("peer.json"));
    }

    private static double[][] constant(double v) {
        return new double[][] {{v, v, v, v, v}};
    }
}
