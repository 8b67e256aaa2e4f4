package io.chunkwise.cli.dataset;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.Progress;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import io.chunkwise.loader.io.FileArguments;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dataset cache BARS.csv -o FILE.arrow}: ingest bars, compute features, write the Arrow cache. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Compute features from a bars CSV (timestamp,open,high,low,close,volume) and write "
                + "them as an Arrow IPC file (feather v2), warm-up rows dropped.")
public final class DatasetCacheCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "BARS.csv", description = "The bars CSV.")
    private Path bars;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.arrow", description = "The cache to write.")
    private Path out;

    @Option(names = "--features", paramLabel = "SPEC", defaultValue = FeatureSpec.DEFAULT,
            description = "Features: ret, logret, vol:N, sma:N, ema:N, rsi:N, atr:N, bb:N, z:N (default: ${DEFAULT-VALUE}).")
    private String features;

    @Option(names = "--batch-rows", paramLabel = "N", defaultValue = "65536",
            description = "Rows per Arrow record batch (default: ${DEFAULT-VALUE}).")
    private int batchRows;

    @Override
    public Integer call() throws Exception {
        FeatureSpec spec = FeatureSpec.parse(features);
        FileArguments.requireInput(bars);
        long size = Files.size(bars);
        CacheSummary s;
        try (Progress progress = Progress.bytes("features", size)) {
            s = new CacheBuilder(spec, batchRows).build(bars, out, progress, r -> { });
        }
        StringBuilder human = new StringBuilder(String.format(
                "%s: %,d rows (%,d accepted, %,d rejected, %,d warm-up dropped), %d columns, %,d record batches, %,d bytes",
                s.cache(), s.rows(), s.accepted(), s.rejected(), s.warmupDropped(), s.columns().size() + 1,
                s.batches(), s.bytes()));
        for (String r : s.firstRejects()) {
            human.append("\n  rejected ").append(r);
        }
        if (s.rejected() > s.firstRejects().size()) {
            human.append("\n  … ").append(s.rejected() - s.firstRejects().size()).append(" more rejected");
        }
        emit(s, human.toString());
        return 0;
    }
}
