package io.chunkwise.cli.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.OptionWording;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.dataset.bars.BarReject;
import io.chunkwise.dataset.bars.SkippedSymbol;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import io.chunkwise.dataset.ingest.TooFewRowsException;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.csv.RejectWriter;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.io.FileArguments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dataset cache BARS.csv -o FILE.arrow}: ingest bars, compute features, write the Arrow cache. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Compute features from a bars CSV (timestamp,open,high,low,close,volume; or MetaTrader-, "
                + "HistData- and Dukascopy-style files, see the options) and write them as an Arrow IPC file "
                + "(feather v2), warm-up rows dropped.")
public final class DatasetCacheCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "BARS.csv", description = "The bars CSV.")
    private Path bars;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.arrow", converter = OutputFileConverter.class, description = "The cache to write.")
    private Path out;

    @Option(names = "--features", paramLabel = "SPEC", defaultValue = FeatureSpec.DEFAULT,
            description = "Features: ret, logret, vol:N, sma:N, ema:N, rsi:N, atr:N, bb:N, z:N (default: ${DEFAULT-VALUE}).")
    private String features;

    @Option(names = "--batch-rows", paramLabel = "N", defaultValue = "65536",
            description = "Rows per Arrow record batch (default: ${DEFAULT-VALUE}).")
    private int batchRows;

    @Option(names = "--rejects", paramLabel = "PATH", converter = OutputFileConverter.class,
            description = "Write every rejected row to this CSV (line,offset,reason); by default only the first "
                    + "10 are shown.")
    private Path rejects;

    @Mixin
    private BarsLayoutOptions layout;

    @Override
    public Integer call() throws Exception {
        FeatureSpec spec = FeatureSpec.parse(features);
        FileArguments.requireInput(bars, WrittenName.of(spec(), bars));
        requireOffJsonStdout("-o", out);
        // a master's index replaced by a cache makes its lookups refuse the file until it is removed
        IndexFile.requireNotIndex(out, "-o");
        requireOffJsonStdout("--rejects", rejects);
        if (rejects != null) {
            FileArguments.requireDistinct("-o", out, "--rejects", rejects);
            FileArguments.requireOutput(rejects, "--rejects", false, bars);
            IndexFile.requireNotIndex(rejects, "--rejects");
        }
        long size = Files.size(bars);
        CacheSummary s;
        String left = StopNotice.outputLeft(out) + (rejects == null ? "" : "; " + StopNotice.outputLeft(rejects));
        StopNotice stop = StopNotice.begin(() -> "dataset cache: stopped (Ctrl-C or SIGTERM); " + left);
        try (stop; Progress progress = Progress.bytes("features", size);
             RejectWriter writer = rejects != null ? new RejectWriter(rejects) : null) {
            Consumer<BarReject> sink = writer == null ? r -> { }
                    : r -> writer.accept(new Reject(r.line(), r.offset(), OptionWording.of(r.reason())));
            try {
                s = new CacheBuilder(spec, batchRows).build(bars, layout.layout(), out, progress, sink);
            } catch (TooFewRowsException e) {
                // the file was read to its end: the rejects are complete, and most wanted now
                if (writer == null) {
                    throw e;
                }
                writer.publish();
                throw new TooFewRowsException(e.getMessage() + "; every reject is in " + rejects);
            }
            if (writer != null) {
                writer.publish();
            }
        }
        if (s.headerNotice() != null) {
            notice("dataset cache: " + OptionWording.of(s.headerNotice()));
        }
        StringBuilder human = new StringBuilder(String.format(Locale.ROOT,
                "%s: %s (%,d accepted, %,d rejected, %s%s%,d warm-up dropped), timestamp and %d columns, %s, %,d bytes",
                s.cache(), Counted.of(s.rows(), "row"), s.accepted(), s.rejected(), s.symbol() == null ? ""
                        : String.format(Locale.ROOT, "%,d of other symbols than %s skipped, ", s.skipped(), s.symbol()),
                // empty lines are counted like the rows, so every line is accounted for; named only when there are some
                s.blankLines() == 0 ? "" : Counted.of(s.blankLines(), "blank line") + " skipped, ",
                s.warmupDropped(), s.columns().size(), Counted.of(s.batches(), "record batch", "record batches"), s.bytes()));
        human.append("\n  read ").append(s.header() ? "" : "(no header) ").append(s.sourceColumns())
                .append(s.decimalComma() ? "; decimal comma" : "").append("; ").append(s.timestamps().describe(s.timezone()));
        if (s.skipped() > 0) {
            // the others by name: an eurusd or EUR/USD skipped by --symbol EURUSD is seen, not only counted
            human.append("\n  skipped ").append(Counted.of(s.skipped(), "row")).append(" of other symbols: ")
                    .append(SkippedSymbol.describe(s.skippedSymbols(), s.skipped()))
                    .append(" (symbols are compared as written)");
        }
        if (s.largestGapMillis() != null) {
            // a window spans a gap as it spans any two rows: said, so that a weekend or a mistyped year is no surprise
            human.append("\n  times: bars ").append(TimeSpan.of(s.barSpacingMillis())).append(" apart at the closest, the largest gap ")
                    .append(TimeSpan.of(s.largestGapMillis())).append(" before line ").append(s.largestGapLine())
                    .append(" (windows and features span gaps)");
        }
        for (String r : s.firstRejects()) {
            human.append("\n  rejected ").append(r);
        }
        if (s.rejected() > s.firstRejects().size()) {
            human.append(String.format(Locale.ROOT, "\n  … %,d more rejected", s.rejected() - s.firstRejects().size()))
                    .append(rejects == null ? "; write them all with --rejects PATH" : "")
                    .append("\n  commonest reject: ").append(s.commonestReject());
        }
        if (rejects != null) {
            human.append("\n  rejects: ").append(rejects);
        }
        if (s.rejected() > s.accepted()) {
            // a cache of the few rows left is rarely what was meant: said on stderr, also with --json
            notice(String.format(Locale.ROOT, "dataset cache: most rows were rejected (%,d of %,d): %s", s.rejected(),
                    s.rejected() + s.accepted(), OptionWording.of(s.commonestReject())));
        }
        ObjectNode json = Json.mapper().valueToTree(s);
        json.put("rejectsFile", rejects == null ? null : rejects.toString());
        // reasons in the library's words (as in the rejects file and --json), their advice in options here
        emit(json, () -> OptionWording.of(human.toString()));
        return 0;
    }
}
