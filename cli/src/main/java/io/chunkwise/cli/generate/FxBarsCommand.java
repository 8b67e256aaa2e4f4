package io.chunkwise.cli.generate;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.dataset.generate.FxBarsGenerator;
import io.chunkwise.dataset.generate.FxBarsSpec;
import io.chunkwise.dataset.generate.FxBarsSummary;
import io.chunkwise.dataset.generate.FxPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chunkwise generate fxbars}: OHLCV bars of a currency pair. */
@Command(
        name = "fxbars",
        mixinStandardHelpOptions = true,
        description = "Generate OHLCV bars (timestamp,open,high,low,close,volume): a random walk with the pair's "
                + "volatility, intraday seasonality, weekend gaps; high >= max(open, close), low <= min(open, close).")
public final class FxBarsCommand extends BaseCommand {
    private static final long TYPICAL_ROW_BYTES = 60;
    /** Room for the header and a bar, with much to spare: as {@code generate secmaster --size}'s floor. */
    private static final long MIN_SIZE = 1024;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Amount amount;

    static final class Amount {
        @Option(names = "--rows", paramLabel = "N", description = "Number of bars.")
        Long rows;

        @Option(names = "--size", paramLabel = "SIZE",
                description = "Size not to exceed, e.g. 2GiB, 500MB: as many bars as fit, the same as --rows gives for the seed.")
        ByteSize size;
    }

    @Option(names = "--pair", paramLabel = "PAIR", defaultValue = "EURUSD",
            description = "Currency pair (default: ${DEFAULT-VALUE}); known: EURUSD, GBPUSD, USDJPY, USDCHF, "
                    + "AUDUSD, USDCAD, NZDUSD, EURGBP, EURJPY, GBPJPY.")
    private String pair;

    @Option(names = "--freq", paramLabel = "DURATION", defaultValue = "1m",
            description = "Bar length, 1s to 24h (default: ${DEFAULT-VALUE}).")
    private Duration freq;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--start", paramLabel = "INSTANT", defaultValue = "2024-01-07T22:00:00Z",
            description = "First bar's open, UTC (default: ${DEFAULT-VALUE}, the FX week's open).")
    private Instant start;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, converter = OutputFileConverter.class,
            description = "Output CSV.")
    private Path output;

    @Override
    public Integer call() {
        FxBarsSpec spec = barsSpec();
        requireOffJsonStdout("-o", output);
        OutputPath.writable(output);
        if (!Files.exists(output) || Files.isRegularFile(output)) {
            // a pipe or device holds nothing; a file that cannot hold the bars would fill its disk for nothing
            if (amount.size != null) {
                OutputPath.requireSpace(output, amount.size.bytes());
            } else {
                OutputPath.requireSpaceForAtLeast(output, spec.rows(), FxBarsSpec.MIN_ROW_BYTES);
            }
        }
        FxBarsSummary s;
        long expected = amount.size != null ? amount.size.bytes() : spec.rows() * TYPICAL_ROW_BYTES;
        String bars = (amount.size != null ? "bars" : Counted.of(spec.rows(), "bar")) + " of "
                + freq.toString().substring(2).toLowerCase(Locale.ROOT); // PT1S: 1s, as --freq takes it
        SizeNotice.of("fxbars", bars, expected, amount.size != null, output).ifPresent(BaseCommand::notice);
        String left = StopNotice.outputLeft(output);
        StopNotice stop = StopNotice.begin(() -> "fxbars: stopped (Ctrl-C or SIGTERM); " + left);
        try (stop; Progress progress = Progress.bytes("fxbars", expected)) {
            s = new FxBarsGenerator(spec).generate(OutputPath.writable(output), progress);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pair", spec.pair().name());
        details.put("freq", freq.toString());
        details.put("first", s.first() == null ? null : s.first().toString());
        details.put("last", s.last() == null ? null : s.last().toString());
        GenerationResult result = new GenerationResult("fxbars", output.toString(), s.rows(), s.bytes(), s.seconds(),
                s.megabytesPerSecond(), seed, details);
        emit(result, () -> result.human("bar"));
        return 0;
    }

    private FxBarsSpec barsSpec() {
        if (amount.size != null) {
            if (amount.size.bytes() < MIN_SIZE) {
                // the smallest size is a floor of the command's, not the room a bar needs: said as such
                throw new UserError("--size " + amount.size + " is below the smallest bars file generated, 1KiB (the"
                        + " header alone is " + FxBarsGenerator.HEADER.length() + " bytes): give at least 1KiB");
            }
            return FxBarsSpec.ofSize(FxPair.of(pair), freq, amount.size.bytes(), seed, start);
        }
        if (amount.rows < 0) {
            throw new UserError("--rows cannot be negative: " + amount.rows);
        }
        if (amount.rows == 0) {
            // a header alone: dataset cache refuses it (no bar to cache)
            throw new UserError("--rows 0 makes a file without bars: give at least 1");
        }
        return new FxBarsSpec(FxPair.of(pair), freq, amount.rows, seed, start);
    }
}
