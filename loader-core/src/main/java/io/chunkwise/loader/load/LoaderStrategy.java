package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.HeaderReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The four ways to load the same file, as factories (usable as a JMH {@code @Param}). All give
 * identical records, rejects and counts for every chunk size and worker count.
 */
public enum LoaderStrategy {
    /** The naive baseline: the whole file read into the heap, every part kept until the end. */
    FULL(FullLoader::new),
    /** Sequential streaming reads into a {@code chunkSize} buffer (grown for longer records). */
    CHUNKED(ChunkedLoader::new),
    /** Single-threaded over the whole file mapped as one segment. */
    MMAP(MmapLoader::new),
    /** Mapped, {@code workers} threads: quote-parity split, speculative parse, validated in file order. */
    PARALLEL(ParallelLoader::new);

    private final Function<LoadOptions, Loader> factory;

    LoaderStrategy(Function<LoadOptions, Loader> factory) {
        this.factory = factory;
    }

    /**
     * @param options how to load (a file's {@code sep=X} line overrides a default comma: {@link HeaderReader#format})
     * @return a loader of this strategy
     */
    public Loader open(LoadOptions options) {
        // the file's own sep= line settles the delimiter before any strategy parses a byte of data
        return new Loader() {
            @Override
            public <P> LoadSummary load(Path file, ChunkSink<P> sink) {
                return factory.apply(options.withFormat(HeaderReader.format(file, options.format()))).load(file, sink);
            }
        };
    }

    /** @return the name as the CLI writes it, e.g. {@code parallel} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
