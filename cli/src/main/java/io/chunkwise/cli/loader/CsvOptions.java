package io.chunkwise.cli.loader;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;
import picocli.CommandLine.Option;

/** Options shared by {@code index}, {@code lookup} and {@code scan}: dialect, key columns, strategy. */
public final class CsvOptions {
    @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter (default ','; use '|' for exchange files).")
    char delimiter = ',';

    @Option(names = "--strategy", paramLabel = "STRATEGY", description = "full | chunked | mmap | parallel (default parallel).")
    LoaderStrategy strategy = LoaderStrategy.PARALLEL;

    @Option(names = "--chunk-size", paramLabel = "SIZE", description = "Chunk size (default 8MiB).")
    ByteSize chunkSize = new ByteSize(LoadOptions.DEFAULT_CHUNK_SIZE);

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads for parallel (default: processors).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cusip-column", paramLabel = "NAME", description = "Header name of the CUSIP column (default: cusip).")
    String cusipColumn;

    @Option(names = "--isin-column", paramLabel = "NAME", description = "Header name of the ISIN column (default: isin).")
    String isinColumn;

    @Option(names = "--symbol-column", paramLabel = "NAME", description = "Header name of the symbol column (default: symbol or ticker).")
    String symbolColumn;

    LoadOptions load(LongConsumer progress) {
        return new LoadOptions(CsvFormat.RFC4180.withDelimiter(delimiter), chunkSize.bytes(), workers, progress);
    }

    Map<KeyKind, String> columns() {
        Map<KeyKind, String> m = new EnumMap<>(KeyKind.class);
        if (cusipColumn != null) {
            m.put(KeyKind.CUSIP, cusipColumn);
        }
        if (isinColumn != null) {
            m.put(KeyKind.ISIN, isinColumn);
        }
        if (symbolColumn != null) {
            m.put(KeyKind.SYMBOL, symbolColumn);
        }
        return m;
    }
}
