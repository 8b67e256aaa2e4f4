package io.chunkwise.cli.dataset;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.sample.BatchLoader;
import io.chunkwise.dataset.sample.BlockShuffleOrder;
import io.chunkwise.dataset.sample.DatasetMode;
import io.chunkwise.dataset.sample.EpochResult;
import io.chunkwise.dataset.sample.IterableDataset;
import io.chunkwise.dataset.sample.LoaderOptions;
import io.chunkwise.dataset.sample.ModeChoice;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleOrder;
import io.chunkwise.dataset.sample.SampleSpec;
import io.chunkwise.dataset.sample.SampleStore;
import io.chunkwise.dataset.sample.Shard;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dataset iterate FILE.arrow}: one epoch of batches, with its checksum and speed. */
@Command(name = "iterate", mixinStandardHelpOptions = true,
        description = "Iterate one epoch of [batch, window, features] float32 batches from an Arrow cache and "
                + "print samples, batches, checksums and speed. The exact checksum (an integer sum of the values' "
                + "float bits) is identical in every mode, worker count, chunk size and shuffle; the checksum (the "
                + "sum of the values) agrees up to floating-point rounding.")
public final class DatasetIterateCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE.arrow", description = "The Arrow cache.")
    private Path file;

    @Option(names = "--mode", defaultValue = "auto", paramLabel = "MODE",
            description = "standard (full load), iterable (streamed) or auto (default: ${DEFAULT-VALUE}).")
    private DatasetMode mode;

    @Option(names = "--read", defaultValue = "mapped", paramLabel = "HOW",
            description = "mapped (zero-copy FFM) or buffered (ArrowFileReader) (default: ${DEFAULT-VALUE}).")
    private ReadMode read;

    @Option(names = "--features", split = ",", paramLabel = "COLS",
            description = "Feature columns (default: every floating-point column).")
    private List<String> features = List.of();

    @Option(names = "--target", defaultValue = "close", paramLabel = "COL", description = "Target column (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--window", defaultValue = "64", paramLabel = "W", description = "Rows per window (default: ${DEFAULT-VALUE}).")
    private int window;

    @Option(names = "--horizon", defaultValue = "1", paramLabel = "H",
            description = "Target rows after the window's last row (default: ${DEFAULT-VALUE}).")
    private int horizon;

    @Option(names = "--batch", defaultValue = "256", paramLabel = "B", description = "Samples per batch (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--workers", defaultValue = "2", paramLabel = "K",
            description = "Worker threads assembling batches, 0 to 256; 0 = in the main thread (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = "--prefetch", defaultValue = "4", paramLabel = "N",
            description = "Ready batches each worker may hold ahead (default: ${DEFAULT-VALUE}).")
    private int prefetch;

    @Option(names = "--chunk-size", defaultValue = "65536", paramLabel = "ROWS",
            description = "Iterable: window starts per streamed chunk; with --shuffle the chunk is the shuffle block "
                    + "instead (default: ${DEFAULT-VALUE}).")
    private int chunkSize;

    @Option(names = "--shuffle", description = "Shuffle blocks of samples, then samples within each block.")
    private boolean shuffle;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--epoch", defaultValue = "0", paramLabel = "E", description = "Epoch, varies the shuffle (default: ${DEFAULT-VALUE}).")
    private long epoch;

    @Option(names = "--shuffle-block", defaultValue = "16384", paramLabel = "SAMPLES",
            description = "Samples per shuffle block; with --shuffle the iterable streams one block per chunk "
                    + "(default: ${DEFAULT-VALUE}).")
    private int shuffleBlock;

    @Option(names = "--start-batch", defaultValue = "0", paramLabel = "N",
            description = "Resume from this batch index; with --shard, an index among the shard's batches (the steps "
                    + "this process has taken, the same in every process) (default: ${DEFAULT-VALUE}).")
    private long startBatch;

    @Option(names = "--shard", defaultValue = "0/1", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Data-parallel process I of N (0 ≤ I < N): iterate only the epoch's batches b with "
                    + "b mod N = I, in the shuffled order, so N processes with the same --seed and --epoch read "
                    + "disjoint shards that together are the epoch; --workers split this shard (default: ${DEFAULT-VALUE}).")
    private Shard shardOption;

    @Option(names = "--even-shards",
            description = "Drop the epoch's last (batches mod N) batches, from every shard, so that every process takes as "
                    + "many steps: a DDP rank with one batch more than the others waits for them forever (PyTorch's "
                    + "drop_last). Without it, shards differ by at most one batch.")
    private boolean evenShards;

    @Override
    public Integer call() {
        // checked whatever the mode resolves to: a bad value is a mistake even where it is not used
        if (chunkSize < 1) {
            throw new UserError("--chunk-size must be ≥ 1: " + chunkSize);
        }
        if (shuffleBlock < 1) {
            throw new UserError("--shuffle-block must be ≥ 1: " + shuffleBlock);
        }
        if (epoch < 0) {
            throw new UserError("--epoch must be ≥ 0: " + epoch);
        }
        requireFeatureNames();
        Shard shard = evenShards ? shardOption.evenly() : shardOption;
        LoaderOptions options = new LoaderOptions(batch, workers, prefetch, startBatch, shard);
        SampleSpec sampleSpec = new SampleSpec(features, target, window, horizon);
        try (CacheTable table = read.open(file)) {
            SampleLayout layout = sampleSpec.bind(table); // refuses a cache shorter than one sample
            ModeChoice choice = mode.choose(layout);
            SampleOrder order = shuffle ? new BlockShuffleOrder(layout.samples(), shuffleBlock, seed, epoch)
                    : SampleOrder.natural(layout.samples());
            int chunk = shuffle ? shuffleBlock : chunkSize;
            noticeIgnored(choice.mode());
            long openStart = System.nanoTime();
            try (SampleStore store = choice.mode().open(table, layout, chunk);
                 BatchLoader loader = new BatchLoader(store, order, options);
                 Progress progress = Progress.items("samples", shard.samplesFrom(layout.samples(), batch, startBatch), "samples")) {
                if (mode == DatasetMode.AUTO) {
                    // said once the batch buffers fit too, so that "fits comfortably" is never followed by a refusal
                    notice("dataset iterate: mode " + choice.mode().name().toLowerCase(java.util.Locale.ROOT)
                            + " — " + choice.reason());
                }
                long loadNanos = System.nanoTime() - openStart;
                long cpuStart = processCpuNanos();
                if (choice.mode() == DatasetMode.STANDARD) {
                    table.checkUnchanged(); // every row is on the heap now: later writes to the file change nothing
                }
                EpochResult r;
                // iterating writes nothing: the line only says the epoch did not end, so no result follows
                StopNotice stop = StopNotice.begin(() -> "dataset iterate: stopped (Ctrl-C or SIGTERM) before the epoch's end; "
                        + "it writes no file");
                try (stop) {
                    r = EpochResult.drain(loader, progress);
                }
                long cpuNanos = processCpuNanos() - cpuStart;
                if (choice.mode() != DatasetMode.STANDARD) {
                    // a cache copied over in place faults nothing, yet the samples may mix both files: no checksum then
                    table.checkUnchanged();
                }
                double seconds = r.nanos() / 1e9;
                long dropped = shard.droppedBatches(loader.epochBatches());
                Optional<EmptyRun> empty = EmptyRun.of(shard, loader.epochBatches(), loader.batches(), startBatch, batch);
                // the shape of the batches built, not of those configured: none built, none to show
                List<Integer> shape = empty.isPresent() ? null : List.of(r.largestBatch(), window, layout.width());
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("samples", r.samples());
                out.put("batches", r.batches());
                out.put("checksum", r.checksum());
                out.put("exactChecksum", String.format(Locale.ROOT, "%016x", r.exactChecksum()));
                out.put("seconds", seconds);
                out.put("samplesPerSecond", seconds > 0 ? r.samples() / seconds : 0);
                out.put("cpuSeconds", cpuNanos / 1e9);
                out.put("loadSeconds", loadNanos / 1e9);
                out.put("mode", choice.mode().name().toLowerCase(java.util.Locale.ROOT));
                out.put("modeReason", choice.reason());
                out.put("read", read.name().toLowerCase(java.util.Locale.ROOT));
                out.put("file", file.toString());
                out.put("rows", layout.rows());
                out.put("features", layout.featureNames());
                out.put("target", target);
                out.put("window", window);
                out.put("horizon", horizon);
                out.put("batch", batch);
                out.put("workers", workers);
                out.put("prefetch", prefetch);
                out.put("chunkRows", store instanceof IterableDataset it ? it.chunkSamples() : null);
                out.put("shuffle", shuffle);
                out.put("seed", shuffle ? seed : null);
                out.put("epoch", epoch);
                out.put("shuffleBlock", shuffle ? shuffleBlock : null);
                out.put("startBatch", startBatch);
                out.put("shard", shard.toString());
                out.put("shardBatches", loader.batches());
                out.put("shardSamples", shard.samples(layout.samples(), batch));
                out.put("evenShards", shard.even());
                out.put("droppedBatches", dropped);
                out.put("droppedSamples", shard.droppedSamples(layout.samples(), batch));
                out.put("epochBatches", loader.epochBatches());
                out.put("epochSamples", layout.samples());
                out.put("batchShape", shape);
                out.put("empty", empty.isPresent());
                out.put("emptyReason", empty.map(EmptyRun::reason).orElse(null));
                out.put("emptyMessage", empty.map(EmptyRun::message).orElse(null));
                out.put("bufferBytes", loader.bufferBytes());
                out.put("datasetBytes", choice.mode() == DatasetMode.STANDARD ? store.residentBytes() : null);
                out.put("standardEstimateBytes", choice.estimate().neededBytes());
                out.put("heapAvailableBytes", choice.estimate().availableBytes());
                if (loader.batches() == 0 && shard.count() > 1 && dropped == 0) {
                    // a data-parallel rank with no step while others take one waits for them forever
                    notice("dataset iterate: shard " + shard + " takes no batch: the epoch has "
                            + Counted.of(loader.epochBatches(), "batch", "batches") + " of up to " + batch + " samples for "
                            + shard.count() + " shards; use a smaller --batch or fewer shards");
                }
                if (dropped > 0) {
                    notice("dataset iterate: --even-shards: every shard takes " + Counted.of(loader.batches(), "batch", "batches")
                            + "; the epoch's last " + Counted.of(dropped, "batch", "batches") + " of " + loader.epochBatches()
                            + (dropped == 1 ? " goes" : " go") + " to none");
                }
                String where = String.format(Locale.ROOT, "%s (%s, %s read%s)", file, out.get("mode"), out.get("read"),
                        shard.count() > 1 ? ", shard " + shard : "");
                emit(out, () -> empty.map(e -> String.format(Locale.ROOT, "%s: 0 samples in 0 batches — %s; load %.3f s",
                                where, e.message(), loadNanos / 1e9))
                        .orElseGet(() -> String.format(Locale.ROOT, "%s: %s in %s of [%d, %d, %d], checksum %.6f "
                                        + "(exact %s), %.3f s (%,.0f samples/s; load %.3f s)",
                                where, Counted.of(r.samples(), "sample"), Counted.of(r.batches(), "batch", "batches"),
                                shape.get(0), shape.get(1), shape.get(2), r.checksum(), out.get("exactChecksum"), seconds,
                                out.get("samplesPerSecond"), loadNanos / 1e9)));
            }
        }
        return 0;
    }

    /**
     * Refuses an empty column name in {@code --features}, as {@code dataset cache} refuses an empty
     * feature: the split drops the empty names at a list's end, so {@code ,} would quietly mean
     * every column, while {@code ''} names none.
     */
    private void requireFeatureNames() {
        CommandLine.ParseResult given = spec().commandLine().getParseResult();
        if (!given.hasMatchedOption("--features")) {
            return;
        }
        for (String value : given.matchedOption("--features").originalStringValues()) {
            if (List.of(value.split(",", -1)).contains("")) {
                throw new UserError("empty item in --features '" + value + "': name the feature columns, separated by ','"
                        + " (leave out --features for every floating-point column)");
            }
        }
    }

    /** Says which options given will do nothing in this run, so that none is ignored silently. */
    private void noticeIgnored(DatasetMode resolved) {
        CommandLine.ParseResult given = spec().commandLine().getParseResult();
        if (!shuffle) {
            List<String> unused = java.util.stream.Stream.of("--seed", "--epoch", "--shuffle-block")
                    .filter(given::hasMatchedOption).toList();
            if (!unused.isEmpty()) {
                notice("dataset iterate: " + String.join(", ", unused) + (unused.size() == 1 ? " applies" : " apply")
                        + " only with --shuffle; ignored: the samples come in their natural order");
            }
        }
        if (evenShards && !given.hasMatchedOption("--shard")) {
            // a script's --shard $RANK/$WORLD with a world of 1 is said nothing: it is the option left out that does nothing
            notice("dataset iterate: --even-shards applies only with --shard I/N; ignored: this process takes the whole epoch");
        }
        if (given.hasMatchedOption("--chunk-size")) {
            if (resolved == DatasetMode.STANDARD) {
                notice("dataset iterate: mode standard holds every sample in memory; --chunk-size " + chunkSize
                        + " (for the iterable mode) is ignored");
            } else if (shuffle) {
                notice("dataset iterate: with --shuffle the iterable streams one shuffle block per chunk (--shuffle-block "
                        + shuffleBlock + "); --chunk-size " + chunkSize + " is ignored");
            }
        }
    }

    /** {@code I/N}; a bad value is exit 2 naming {@code --shard}. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** CPU time of the whole process (all threads), to compare runs on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
