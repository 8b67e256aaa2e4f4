package io.chunkwise.cli.generate;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.cli.loader.KeyColumnOptions;
import io.chunkwise.cli.loader.ReadableInput;
import io.chunkwise.loader.generate.FixLogGenerator;
import io.chunkwise.loader.generate.FixLogSpec;
import io.chunkwise.loader.generate.FixLogTruth;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chunkwise generate fixlog}: a FIX 4.4 log against a master, with planted discrepancies. */
@Command(
        name = "fixlog",
        mixinStandardHelpOptions = true,
        description = "Generate a FIX 4.4 log (SOH-delimited, one message a line, correct BodyLength and CheckSum) "
                + "referencing real rows of a master by CUSIP (22=1), ISIN (22=4) or symbol, with planted "
                + "SYMBOL_MISMATCH, UNKNOWN_SECURITY and UNKNOWN_SYMBOL; the exact truth goes to FILE.expected.json.")
public final class FixLogCommand extends BaseCommand {
    private static final long TYPICAL_MESSAGE_BYTES = 160;
    /** No generated message is shorter (a heartbeat's header and trailer take more): the floor of a run's size. */
    private static final long MIN_MESSAGE_BYTES = 64;
    /** The smallest --size, as secmaster's and fxbars': a few messages. */
    private static final long MIN_SIZE = 1024;

    @Option(names = "--master", paramLabel = "FILE", required = true,
            description = "The security master CSV, read as index and reconcile read it (--delimiter, --*-column).")
    private Path master;

    /** The master is read as index and reconcile read it: the same delimiter and key-column options. */
    @Mixin
    private KeyColumnOptions masterColumns;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Amount amount;

    /** How much to write: a message count or a size, as secmaster and fxbars take them. */
    static final class Amount {
        // --rows as secmaster and fxbars take it: a user's first guess, which was refused as an unknown option
        @Option(names = {"--messages", "--rows"}, paramLabel = "N",
                description = "Number of messages (one a line; --rows says the same).")
        Long messages;

        @Option(names = "--size", paramLabel = "SIZE",
                description = "Size not to exceed, e.g. 1GiB, 500MB: whole messages while they fit.")
        ByteSize size;
    }

    @Option(names = "--discrepancy-rate", paramLabel = "R", defaultValue = "0.02",
            description = "Fraction of instrument messages with a planted discrepancy (default: ${DEFAULT-VALUE}).")
    private double discrepancyRate;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--workers", paramLabel = "N", description = "Generator threads (default: the processor count).")
    private Integer workers;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, converter = OutputFileConverter.class,
            description = "Output log.")
    private Path output;

    @Override
    public Integer call() {
        Long messages = amount.messages;
        String option = messagesOption();
        if (messages != null && messages < 0) {
            throw new UserError(option + " cannot be negative: " + messages);
        }
        if (messages != null && messages == 0) {
            // as generate secmaster --rows 0 and fxbars --rows 0 are: an empty log checks nothing
            throw new UserError(option + " 0 makes a log without messages: give at least 1");
        }
        if (amount.size != null && amount.size.bytes() < MIN_SIZE) {
            throw new UserError("--size " + amount.size + " is below the smallest log generated, 1KiB: give at least 1KiB");
        }
        SecMasterCommand.rate("--discrepancy-rate", discrepancyRate);
        OutputPath.checkWorkers(workers);
        // in the words of every command's input: 'permission denied: m.csv', 'm.csv: is a directory, not a file'
        ReadableInput.require(master, WrittenName.of(spec(), master));
        requireOffJsonStdout("-o", output);
        OutputPath.regular(output, master);
        OutputPath.regular(FixLogGenerator.expectedFile(output), "the truth file of -o " + output + ",", master);
        if (messages != null) {
            OutputPath.requireSpaceForAtLeast(output, messages, MIN_MESSAGE_BYTES);
        } else {
            OutputPath.requireSpace(output, amount.size.bytes());
        }
        long expected = messages != null ? messages * TYPICAL_MESSAGE_BYTES : amount.size.bytes();
        FixLogSpec spec = (messages != null ? FixLogSpec.of(messages) : FixLogSpec.ofSize(amount.size.bytes()))
                .withDiscrepancyRate(discrepancyRate).withSeed(seed);
        if (workers != null) {
            spec = spec.withWorkers(workers);
        }
        SizeNotice.of("fixlog", messages != null ? Counted.of(messages, "message") : "messages", expected, messages == null,
                output).ifPresent(BaseCommand::notice);
        FixLogTruth truth;
        String left = StopNotice.outputLeft(output) + " (its truth file " + FixLogGenerator.expectedFile(output).getFileName() + " likewise)";
        StopNotice stop = StopNotice.begin(() -> "fixlog: stopped (Ctrl-C or SIGTERM); " + left);
        try (stop; Progress progress = Progress.bytes("fixlog", expected)) {
            truth = new FixLogGenerator(master, masterColumns.format(), masterColumns.columns(), spec).generate(output, progress);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("master", master.toString());
        details.put("expected", FixLogGenerator.expectedFile(output).toString());
        details.put("checked", truth.checked());
        details.put("discrepancyRate", discrepancyRate);
        Map<String, Long> planted = new LinkedHashMap<>();
        planted.put("SYMBOL_MISMATCH", truth.symbolMismatch());
        planted.put("UNKNOWN_SECURITY", truth.unknownSecurity());
        planted.put("UNKNOWN_SYMBOL", truth.unknownSymbol());
        details.put("discrepancies", planted);
        GenerationResult result = new GenerationResult("fixlog", output.toString(), truth.messages(), truth.bytes(),
                truth.seconds(), truth.megabytesPerSecond(), seed, details);
        emit(result, () -> result.human("message") + "; planted "
                + Counted.of(truth.discrepancies(), "discrepancy", "discrepancies") + ", truth in "
                + FixLogGenerator.expectedFile(output));
        return 0;
    }

    /** @return the name the message count was given by, {@code --rows} or {@code --messages}, for its errors */
    private String messagesOption() {
        for (String arg : spec().commandLine().getParseResult().originalArgs()) {
            if (arg.equals("--rows") || arg.startsWith("--rows=")) {
                return "--rows";
            }
        }
        return "--messages";
    }
}
