package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM's job for {@link StandardDatasetReloadTest}: loads the standard dataset of a cache
 * several times in a row, keeping none, as epochs of training do.
 */
public final class RepeatedStandardLoad {
    private RepeatedStandardLoad() {
    }

    /**
     * @param args the cache, the window, how many loads
     */
    public static void main(String[] args) {
        int window = Integer.parseInt(args[1]);
        int times = Integer.parseInt(args[2]);
        try (CacheTable table = ReadMode.MAPPED.open(Path.of(args[0]))) {
            SampleLayout layout = new SampleSpec(List.of(), "close", window, 1).bind(table);
            for (int i = 1; i <= times; i++) {
                try (StandardDataset loaded = StandardDataset.load(table, layout)) {
                    System.out.println("load " + i + ": " + loaded.layout().samples() + " samples");
                }
            }
        }
    }
}
