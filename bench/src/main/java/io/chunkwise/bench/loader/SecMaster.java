package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.Sizes;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generated security master of the chosen size (from the input cache, generated on first
 * use), its record count, and a sample of its CUSIPs spread over the whole file. Reading it once
 * here also puts it in the page cache: the loader suite measures page-cached loading.
 */
@State(Scope.Benchmark)
public class SecMaster {
    static final int SAMPLE_KEYS = 1024;

    /** File size; {@code full} holds at most 2 GiB, so give larger sizes with the other strategies only. */
    @Param({"64MiB", "1GiB"})
    public String size;

    Path file;
    long bytes;
    long records;
    byte[][] cusips;

    /** Finds or generates the file, counts it and samples keys. */
    @Setup(Level.Trial)
    public void prepare() {
        file = SecMasterFiles.of(Sizes.parse(size));
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sample();
    }

    private void sample() {
        long stride = Math.max(1, bytes / 400 / SAMPLE_KEYS);
        byte[][] keys = new byte[SAMPLE_KEYS][];
        int[] taken = {0};
        long[] seen = {0};
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            int cusip = reader.header().find("cusip").orElseThrow(
                    () -> new IllegalStateException(file + " has no cusip column"));
            CsvReader.Counts counts = reader.forEach(r -> {
                if (seen[0]++ % stride == 0 && taken[0] < SAMPLE_KEYS) {
                    keys[taken[0]++] = r.get(cusip).getBytes(StandardCharsets.US_ASCII);
                }
            }, reject -> { });
            records = counts.records() + counts.rejected();
        }
        if (taken[0] < SAMPLE_KEYS) {
            // Fewer rows than keys wanted (tiny files): reuse the ones seen.
            for (int i = taken[0]; i < SAMPLE_KEYS; i++) {
                keys[i] = keys[i % taken[0]];
            }
        }
        cusips = keys;
    }
}
