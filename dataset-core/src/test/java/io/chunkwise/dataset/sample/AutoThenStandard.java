package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM's job for {@link HeapFigureTest}: with garbage not yet collected in the heap, chooses
 * the auto mode of a cache's dataset, then loads its standard dataset, printing the choice's reason
 * and the refusal.
 */
public final class AutoThenStandard {
    /** What a previous epoch, or the cache's opening, left: garbage, not yet collected. */
    private static byte[] garbage;

    private AutoThenStandard() {
    }

    /**
     * @param args the cache, the window
     */
    public static void main(String[] args) {
        try (CacheTable table = ReadMode.MAPPED.open(Path.of(args[0]))) {
            SampleLayout layout = new SampleSpec(List.of(), "close", Integer.parseInt(args[1]), 1).bind(table);
            garbage = new byte[16 << 20];
            garbage = null;
            System.out.println("auto: " + DatasetMode.AUTO.choose(layout).reason());
            try (StandardDataset loaded = StandardDataset.load(table, layout)) {
                System.out.println("standard: loaded " + loaded.layout().samples() + " samples");
            } catch (DatasetTooLargeException e) {
                System.out.println("standard: " + e.getMessage());
            }
        }
    }
}
