package io.chunkwise.loader.tests;

import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.load.ChecksumSink;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Path;

/**
 * Loads a file with the chunked strategy in a JVM of its own (a small heap, for
 * {@link ChunkedRecordLimitTest}): prints the input error's message and exits 2, or prints what
 * else was thrown, an {@link OutOfMemoryError} included, and exits 4.
 */
public final class ChunkedRecordLimitMain {
    private ChunkedRecordLimitMain() {
    }

    /** @param args the file, then the chunk size in bytes */
    public static void main(String[] args) {
        try {
            LoaderStrategy.CHUNKED.open(LoadOptions.defaults().withChunkSize(Long.parseLong(args[1])))
                    .load(Path.of(args[0]), new ChecksumSink(1));
            System.out.println("loaded");
            System.exit(0);
        } catch (CsvParseException e) {
            System.out.println(e.getMessage());
            System.exit(2);
        } catch (Throwable t) {
            System.out.println(t);
            System.exit(4);
        }
    }
}
