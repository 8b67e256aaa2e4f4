package io.chunkwise.cli.loader;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.ChunkLimits;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.util.Map;
import java.util.function.LongConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code index}, {@code lookup} and {@code scan}: dialect, key columns, strategy. */
public final class CsvOptions {
    @Mixin
    KeyColumnOptions keys;

    @Option(names = "--strategy", paramLabel = "STRATEGY", description = "full | chunked | mmap | parallel (default parallel).")
    LoaderStrategy strategy = LoaderStrategy.PARALLEL;

    @Option(names = "--chunk-size", paramLabel = "SIZE", description = "Chunk size (default 8MiB).")
    ByteSize chunkSize = new ByteSize(LoadOptions.DEFAULT_CHUNK_SIZE);

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads for parallel (default: processors).")
    int workers = ChunkLimits.defaultWorkers();

    LoadOptions load(LongConsumer progress) {
        return new LoadOptions(keys.format(), chunkSize.bytes(), workers, progress);
    }

    Map<KeyKind, String> columns() {
        return keys.columns();
    }
}
