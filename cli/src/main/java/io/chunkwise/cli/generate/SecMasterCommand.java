package io.chunkwise.cli.generate;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import io.chunkwise.loader.generate.SecMasterSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chunkwise generate secmaster}: a security master CSV. */
@Command(
        name = "secmaster",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a security master CSV: 21 columns (cusip,isin,symbol,name,exchange,currency,…), "
                    + "about 380 bytes a row, valid check digits, unique CUSIPs, symbols shared across "
                    + "exchanges, ~1%% of fields needing quotes. Multithreaded; same seed, same bytes.",
        })
public final class SecMasterCommand extends BaseCommand {
    private static final long TYPICAL_ROW_BYTES = 380;
    /** No generated row is shorter (its ids, dates and prices alone take more): the floor of a --rows run's size. */
    private static final long MIN_ROW_BYTES = 200;
    /**
     * Room for the header (205 bytes) and a row: the longest of a million generated rows took 526
     * bytes, and at 1 KiB every seed tried, at the highest quote rate, wrote one row or two.
     */
    private static final long MIN_SIZE = 1024;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Amount amount;

    static final class Amount {
        @Option(names = "--rows", paramLabel = "N", description = "Number of data rows.")
        Long rows;

        @Option(names = "--size", paramLabel = "SIZE", description = "Size not to exceed, e.g. 1GiB, 500MB (the header row is always written).")
        ByteSize size;
    }

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, converter = OutputFileConverter.class,
            description = "Output CSV.")
    private Path output;

    @Option(names = "--workers", paramLabel = "N", description = "Generator threads (default: the processor count).")
    private Integer workers;

    @Option(names = "--quote-rate", paramLabel = "R", defaultValue = "0.01",
            description = "Fraction of fields that need quoting, at most 2/21: only name and description can "
                    + "(default: ${DEFAULT-VALUE}).")
    private double quoteRate;

    @Option(names = "--duplicate-rate", paramLabel = "R", defaultValue = "0",
            description = "Fraction of rows repeating an earlier row's CUSIP and ISIN (default: ${DEFAULT-VALUE}).")
    private double duplicateRate;

    @Option(names = "--invalid-rate", paramLabel = "R", defaultValue = "0",
            description = "Fraction of rows with a wrong CUSIP or ISIN check digit (default: ${DEFAULT-VALUE}).")
    private double invalidRate;

    @Option(names = "--shared-symbol-rate", paramLabel = "R", defaultValue = "0.05",
            description = "Fraction of rows listing an issuer on a second exchange (default: ${DEFAULT-VALUE}).")
    private double sharedSymbolRate;

    @Override
    public Integer call() {
        requireOffJsonStdout("-o", output);
        SecMasterSpec spec = buildSpec();
        long expected = amount.rows != null ? amount.rows * TYPICAL_ROW_BYTES : amount.size.bytes();
        if (amount.size != null) {
            OutputPath.requireSpace(output, amount.size.bytes());
        } else {
            // rows that cannot fit would fill the disk for minutes, other programs' writes failing meanwhile
            OutputPath.requireSpaceForAtLeast(output, amount.rows, MIN_ROW_BYTES);
        }
        SizeNotice.of("secmaster", amount.rows != null ? Counted.of(amount.rows, "row") : "rows",
                expected, amount.size != null, output).ifPresent(BaseCommand::notice);
        SecMasterSummary s;
        String left = StopNotice.outputLeft(output);
        StopNotice stop = StopNotice.begin(() -> "secmaster: stopped (Ctrl-C or SIGTERM); " + left);
        try (stop; Progress progress = Progress.bytes("secmaster", expected)) {
            s = new SecMasterGenerator(spec).generate(OutputPath.regular(output), progress);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("workers", spec.workers());
        details.put("duplicateRows", s.duplicateRows());
        details.put("invalidCusips", s.invalidCusips());
        details.put("invalidIsins", s.invalidIsins());
        details.put("quotedFields", s.quotedFields());
        GenerationResult result = new GenerationResult("secmaster", output.toString(), s.rows(), s.bytes(),
                s.seconds(), s.megabytesPerSecond(), seed, details);
        emit(result, () -> result.human("row"));
        return 0;
    }

    private SecMasterSpec buildSpec() {
        SecMasterSpec base;
        if (amount.rows != null) {
            if (amount.rows < 0) {
                throw new UserError("--rows cannot be negative: " + amount.rows);
            }
            if (amount.rows == 0) {
                // a header alone: every command that reads a master refuses it
                throw new UserError("--rows 0 makes a master without records: give at least 1");
            }
            base = SecMasterSpec.ofRows(amount.rows);
        } else {
            if (amount.size.bytes() < MIN_SIZE) {
                // the smallest size is a floor of the command's, not the room a record needs: said as such
                throw new UserError("--size " + amount.size + " is below the smallest master generated, 1KiB (the header"
                        + " alone is " + SecMasterGenerator.header().length() + " bytes): give at least 1KiB");
            }
            base = SecMasterSpec.ofSize(amount.size.bytes());
        }
        OutputPath.checkWorkers(workers);
        rate("--quote-rate", quoteRate);
        rate("--duplicate-rate", duplicateRate);
        rate("--invalid-rate", invalidRate);
        rate("--shared-symbol-rate", sharedSymbolRate);
        if (duplicateRate + invalidRate > 1) {
            throw new UserError("--duplicate-rate plus --invalid-rate cannot exceed 1");
        }
        return base.withSeed(seed)
                .withWorkers(workers == null ? SecMasterSpec.defaultWorkers() : workers)
                .withQuoteRate(quoteRate)
                .withDuplicateRate(duplicateRate)
                .withInvalidCheckDigitRate(invalidRate)
                .withSharedSymbolRate(sharedSymbolRate);
    }

    static void rate(String option, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new UserError(option + " must be between 0 and 1: " + value);
        }
    }
}
