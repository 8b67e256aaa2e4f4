package io.chunkwise.loader.tests;

import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Path;

/**
 * Runs one loader call in a JVM of its own with a small heap (for {@link SmallHeapTest}): prints
 * the input error's message and exits 2, or prints what else was thrown, an
 * {@link OutOfMemoryError} included, and exits 4.
 */
public final class SmallHeapMain {
    private SmallHeapMain() {
    }

    /**
     * @param args {@code full FILE} (an index build with the full strategy) or {@code record FILE
     *     SYMBOL} (the records of a symbol, read as text)
     */
    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        try {
            if (args[0].equals("full")) {
                Indexer.build(file, Indexer.defaultPath(file), IndexOptions.defaults().withStrategy(LoaderStrategy.FULL));
            } else {
                try (IndexFile index = Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults()).index()) {
                    for (long offset : index.offsets(KeyKind.SYMBOL, args[2])) {
                        System.out.println(index.record(offset).getLast().length());
                    }
                }
            }
            System.out.println("done");
            System.exit(0);
        } catch (CsvParseException | IllegalArgumentException e) {
            System.out.println(e.getMessage());
            System.exit(2);
        } catch (Throwable t) {
            System.out.println(t);
            System.exit(4);
        }
    }
}
