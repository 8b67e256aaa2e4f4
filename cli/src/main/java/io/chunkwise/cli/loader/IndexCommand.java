package io.chunkwise.cli.loader;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.BuildBudget;
import io.chunkwise.cli.ByteRate;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.CsvOutputName;
import io.chunkwise.cli.DefaultOutputs;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.HooklessCommand;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.PlainJsonResult;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.Footer;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.index.DuplicateId;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.InvalidId;
import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.index.SecondHeader;
import io.chunkwise.loader.io.ChunkPlanner;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.load.ByteOrderMarks;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chunkwise index FILE}: build and persist the CUSIP / ISIN / symbol index. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build and persist the CUSIP, ISIN and symbol index of a CSV file.")
public final class IndexCommand extends BaseCommand implements PlainJsonResult, HooklessCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (header row required).")
    Path file;

    @Mixin
    CsvOptions csv;

    @Option(names = "--memory-budget", paramLabel = "SIZE", description = "Peak RssAnon of the build, the whole process's:"
            + " the JVM's memory, the loader's chunks and the sort buffers, which get the rest (entries beyond them spill to disk)."
            + " Default: what 24MiB of sort buffers need, 128MiB for the default chunks and workers on 2 cores.")
    ByteSize memoryBudget;

    @Option(names = "--index", paramLabel = "PATH", converter = OutputFileConverter.class, description = "Index file (default: FILE.cwx).")
    Path index;

    @Option(names = "--rejects", paramLabel = "PATH", converter = OutputFileConverter.class, description = "Rejects file (default: FILE.rejects.csv).")
    Path rejects;

    @Override
    public Integer call() {
        // the input first: a missing, unreadable file or a pipe is the news, not where its default outputs would go
        ReadableInput.require(file, WrittenName.of(spec(), file));
        csv.keys.requireAgreesWith(file);
        Path target = index != null ? index : DefaultOutputs.written(file, Indexer.INDEX_SUFFIX, "index", "--index");
        Path rejectsPath = rejects != null ? rejects : DefaultOutputs.written(file, ".rejects.csv", "rejects file", "--rejects");
        // refused by the option that names or moves them, as scan and reconcile do, not in the library's
        // words; the defaults too (index FILE --json > FILE.cwx would rename the index over the JSON)
        requireOffJsonStdout("--index", target);
        requireOffJsonStdout("--rejects", rejectsPath);
        CsvOutputName.mismatch("--rejects", rejectsPath).ifPresent(n -> notice("index: " + n));
        if (index != null) {
            FileArguments.requireOutput(index, "--index", true, file);
        }
        if (rejects != null) {
            FileArguments.requireOutput(rejects, "--rejects", false, file);
        }
        IndexSummary s;
        BuildBudget budget;
        long sortBuffers;
        // a stop leaves the index and its rejects as they were (published whole, or not at all): said, not silent
        String left = StopNotice.outputLeft(target) + "; " + StopNotice.outputLeft(rejectsPath);
        StopNotice stop = StopNotice.begin(() -> "index: stopped (Ctrl-C or SIGTERM); " + left);
        try (stop; Progress progress = Progress.bytes("index", sizeOf(file))) {
            LoadOptions load = csv.load(progress);
            budget = budget(load);
            sortBuffers = sortBuffers(budget, load);
            IndexOptions options = new IndexOptions(csv.strategy, load, sortBuffers, csv.columns(), rejectsPath,
                    io.chunkwise.loader.index.WriteHook.NONE);
            // one build at a time, as lookup's: a build of the same index by another run is waited for
            s = Indexer.build(file, target, options,
                    holder -> notice("index: waiting for " + holder + ", which is building the index " + target));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", s.load().records());
        out.put("rejected", s.load().rejected());
        out.put("duplicates", s.duplicates());
        out.put("invalidIds", s.invalidIds());
        out.put("bytes", s.load().bytes());
        out.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        out.put("index", s.index().toString());
        out.put("indexBytes", s.indexBytes());
        out.put("rejectsFile", rejectsPath.toString());
        // which columns were indexed: a near-miss name ("ISIN Code") leaves a key out, to be found out here
        KeyColumns columns = KeyColumns.resolve(file.toString(), s.load().header(), csv.columns());
        Map<String, String> keyColumns = keyColumns(columns, s.load().header().names());
        CsvFormat format = HeaderReader.format(file, csv.keys.format());
        Optional<Footer> footer = Footer.find(file, format, s.load().header().dataStart(), s.lastReject(), s.load().rejected());
        // an export's row of labels under its header is indexed as a record (lookup --symbol Ticker finds it)
        noticeSecondHeader("index", file, format, s.load().header(), columns);
        out.put("keyColumns", keyColumns);
        out.put("duplicateCusips", s.duplicateCusips());
        out.put("duplicateIsins", s.duplicateIsins());
        out.put("sharedSymbols", s.sharedSymbols());
        out.put("invalidCusips", s.invalidCusips());
        out.put("invalidIsins", s.invalidIsins());
        out.put("firstInvalidId", firstInvalidId(s.firstInvalidId()));
        out.put("firstDuplicateId", firstDuplicateId(s.firstDuplicateId()));
        out.put("strategy", csv.strategy.cliName());
        // the size used: smaller where the heap cannot hold a chunk's key entries (narrow records),
        // larger where it is far below file size / 65,536
        out.put("chunkSize", ChunkPlanner.sizeFor(s.load().bytes(), s.chunkSize()));
        out.put("chunkSizeRequested", csv.chunkSize.bytes());
        out.put("workers", csv.workers);
        out.put("memoryBudget", budget.budget());
        out.put("sortBuffers", sortBuffers);
        out.put("chunks", s.load().chunks());
        out.put("fallbacks", s.load().fallbacks());
        out.put("mbPerSecond", Math.round(s.load().bytes() / 1e6 / Math.max(1e-9, s.seconds()) * 10) / 10.0);
        putByteOrderMarks(out, s.load().byteOrderMarks());
        out.put("footer", footer(footer));
        out.put("emptyKeyColumns", s.emptyKeyColumns().stream().sorted().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        Supplier<String> human = () -> String.format(Locale.ROOT,
                "indexed %s (%,d rejected, %,d duplicate ids, %,d invalid ids) from %s in %.2f s (%s) -> %s%n"
                        + "keys: %s%nrejects: %s",
                Counted.of(s.load().records(), "record"), s.load().rejected(), s.duplicates(), s.invalidIds(), ByteSize.format(s.load().bytes()),
                s.seconds(), ByteRate.of(s.load().bytes(), s.seconds()), s.index(),
                describe(keyColumns, s.load().header().names()), rejectsPath)
                + emptyKeyColumnsLine(s, keyColumns)
                + footerLine(footer)
                + byteOrderMarksLine(s.load().byteOrderMarks())
                + (s.firstDuplicateId() == null ? "" : System.lineSeparator() + "duplicate ids: " + s.firstDuplicateId().describe())
                + (s.firstInvalidId() == null ? "" : System.lineSeparator() + "invalid ids: " + s.firstInvalidId().describe());
        emit(out, human);
        return ExitCodes.OK;
    }

    /** @return the split of {@code --memory-budget}, or of the default; a budget too small to build in is refused */
    private BuildBudget budget(LoadOptions load) {
        if (memoryBudget == null) {
            return BuildBudget.unset(csv.strategy, load.chunkSize(), load.workers());
        }
        long machine = machineMemory();
        if (memoryBudget.bytes() > machine) {
            // a file larger than the budget fills its sort buffers: past the machine's memory the
            // system kills the build, minutes in and without a word
            throw new UserError("--memory-budget " + ByteSize.format(memoryBudget.bytes()) + " is more than this machine's memory ("
                    + ByteSize.format(machine) + "): the system would stop a build that grew to it; give less, or leave it out"
                    + " (the default builds a file of any size, spilling sorted runs to disk)");
        }
        BuildBudget split = BuildBudget.of(memoryBudget.bytes(), csv.strategy, load.chunkSize(), load.workers());
        if (!split.holdsSortBuffers()) {
            throw new UserError(split.tooSmall(csv.strategy, load.chunkSize(), load.workers()));
        }
        if (csv.strategy == LoaderStrategy.FULL) {
            // the baseline holds the file on the heap, which no budget bounds: said, not exceeded in silence
            // (a 600 MiB master at --memory-budget 100MiB peaked at 1.9 GB)
            notice("index: --memory-budget " + ByteSize.format(memoryBudget.bytes()) + " bounds only the sort buffers of"
                    + " --strategy full, which holds the whole file (" + ByteSize.format(sizeOf(file)) + ") and its records"
                    + " on the heap beyond it; the mmap, chunked and parallel strategies keep within it");
        }
        return split;
    }

    /** @return the memory of this machine, or of the container the JVM runs in (Long.MAX_VALUE when unknown) */
    private static long machineMemory() {
        long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return total > 0 ? total : Long.MAX_VALUE;
    }

    /**
     * @return the budget's sort buffers, at most what this JVM's heap holds beside the loader (the
     *     launcher gives the budget's heap; {@code CHUNKWISE_JAVA_OPTS=-Xmx…} may give less, and a
     *     smaller heap keeps within the budget): without a budget, the library's default does the same
     */
    private long sortBuffers(BuildBudget budget, LoadOptions load) {
        if (memoryBudget == null) {
            return IndexOptions.defaultMemoryBudget();
        }
        return IndexOptions.budgetFitting(csv.strategy, load, budget.sortBuffers());
    }

    /** @return {@code kind}, {@code value} and {@code byte} of the first record with an invalid id, or null when none */
    private static Map<String, Object> firstInvalidId(InvalidId first) {
        return first == null ? null : idAt(first.kind(), first.value(), first.offset());
    }

    /**
     * @return {@code kind}, {@code value}, {@code byte} and {@code firstByte} (of the record it repeats) of the
     *     first record with a duplicate id, or null when none
     */
    private static Map<String, Object> firstDuplicateId(DuplicateId first) {
        if (first == null) {
            return null;
        }
        Map<String, Object> out = idAt(first.kind(), first.value(), first.offset());
        out.put("firstByte", first.firstOffset());
        return out;
    }

    private static Map<String, Object> idAt(KeyKind kind, String value, long offset) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.name());
        out.put("value", value);
        out.put("byte", offset);
        return out;
    }

    /**
     * Adds {@code byteOrderMarks} (the count) and {@code firstByteOrderMark} ({@code line}, {@code byte},
     * or {@code null} when none) to a summary.
     */
    static void putByteOrderMarks(Map<String, Object> out, ByteOrderMarks marks) {
        out.put("byteOrderMarks", marks.count());
        Map<String, Object> first = null;
        if (marks.count() > 0) {
            first = new LinkedHashMap<>();
            first.put("line", marks.firstLine());
            first.put("byte", marks.firstOffset());
        }
        out.put("firstByteOrderMark", first);
    }

    /**
     * @return the human summary's line on key columns empty in every record (a line break first), or "": the
     *     keys line names them as found, and a look-up of any of their keys would find nothing without a word
     */
    private static String emptyKeyColumnsLine(IndexSummary s, Map<String, String> keyColumns) {
        return s.emptyKeyColumns().stream().sorted().map(k -> {
            String kind = k.name().toLowerCase(Locale.ROOT);
            return System.lineSeparator() + "empty key column: " + kind + " column '" + CsvHeader.printable(keyColumns.get(kind))
                    + "' is empty in every record, so no " + kind + " can be looked up (a column exported blank, or another"
                    + " column named?)";
        }).collect(Collectors.joining());
    }

    /**
     * @param footer a file's footer, rejected as its last record or read as one
     * @return {@code line} (null when it was read as a record), {@code byte}, {@code text} and {@code rejected}
     *     of it for the JSON summary, or null when none
     */
    static Map<String, Object> footer(Optional<Footer> footer) {
        if (footer.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", footer.get().line() < 0 ? null : footer.get().line());
        out.put("byte", footer.get().offset());
        out.put("text", footer.get().text());
        out.put("rejected", footer.get().rejected());
        return out;
    }

    /** @return the human summary's line on a file's footer, rejected or read as a record (a line break first), or "" */
    static String footerLine(Optional<Footer> footer) {
        return footer.map(f -> System.lineSeparator() + f.describe()).orElse("");
    }

    /** @return the human summary's line on rows that start with a byte-order mark (a line break first), or "" */
    static String byteOrderMarksLine(ByteOrderMarks marks) {
        return marks.count() == 0 ? "" : System.lineSeparator() + marks.describe();
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * @param columns the key columns an index has
     * @param names its file's header names
     * @return each key kind's column name, null for none: {@code keyColumns} in JSON
     */
    public static Map<String, String> keyColumns(KeyColumns columns, List<String> names) {
        Map<String, String> keyColumns = new LinkedHashMap<>();
        for (KeyKind k : KeyKind.values()) {
            int c = columns.column(k);
            keyColumns.put(k.name().toLowerCase(Locale.ROOT), c < 0 ? null : names.get(c));
        }
        return keyColumns;
    }

    /**
     * @param keyColumns as {@link #keyColumns} gives them
     * @return e.g. {@code cusip=CUSIP, isin=ISIN, symbol: no column (name it with --symbol-column)}: a
     *     key column under another name ({@code ISIN Code}, {@code CUSIP9}) is the usual cause
     */
    public static String describe(Map<String, String> keyColumns) {
        return describe(keyColumns, List.of());
    }

    /**
     * @param keyColumns as {@link #keyColumns} gives them
     * @param names the file's header names
     * @return {@link #describe(Map)}, giving a missing key's option with the name it most likely has
     *     ({@code symbol: no column (name it with --symbol-column 'Ticker Symbol')}, {@link LikelyColumn})
     */
    public static String describe(Map<String, String> keyColumns, List<String> names) {
        List<String> missing = keyColumns.entrySet().stream().filter(e -> e.getValue() == null)
                .map(e -> LikelyColumn.option(names, KeyKind.valueOf(e.getKey().toUpperCase(Locale.ROOT)))).toList();
        return keyColumns.entrySet().stream()
                .map(e -> e.getValue() == null ? e.getKey() + ": no column" : e.getKey() + "=" + CsvHeader.printable(e.getValue()))
                .collect(Collectors.joining(", "))
                + (missing.isEmpty() ? "" : " (name " + (missing.size() == 1 ? "it" : "them") + " with "
                        + String.join(", ", missing) + ")");
    }

    /**
     * Says that a file's first record looks like a second header row (an export's row of labels):
     * it is read and indexed as a record, so a key of the file may be a column's label.
     *
     * @param command the command that says it
     * @param file the file
     * @param format its dialect as its header was read
     * @param header its header
     * @param columns its key columns
     */
    public static void noticeSecondHeader(String command, Path file, CsvFormat format, CsvHeader header, KeyColumns columns) {
        SecondHeader.of(file, format, header, columns).ifPresent(row -> noticeSecondHeader(command, file, row));
    }

    /**
     * Says that a row of a file looks like a second header row, in the words every command uses.
     *
     * @param command the command that says it
     * @param file the file
     * @param row the row
     */
    public static void noticeSecondHeader(String command, Path file, SecondHeader row) {
        notice(command + ": " + file + ": " + row.describe());
    }

    /**
     * Says that a build behind another command rejected records: they are in no index, so a
     * look-up of their keys finds nothing, and that command writes no rejects file.
     *
     * @param command the command that built the index
     * @param master the master
     * @param opened the index as opened, with its build, if one ran
     */
    public static void noticeRejects(String command, Path master, Indexer.Opened opened) {
        IndexSummary built = opened.build();
        if (built != null && built.load().rejected() > 0) {
            // the reasons are in the rejects file: a wrong field count, a stray quote, a repeated header row;
            // the command given reads the file as this build did (index does not take a fresh index's options)
            notice(String.format(Locale.ROOT, "%s: %s of %s rejected (a wrong field count, a stray quote, a NUL byte or "
                    + "a repeated header row), so none of their keys can be found; %s writes them "
                    + "to a rejects file with each one's reason", command,
                    Counted.of(built.load().rejected(), "record"), master,
                    IndexCommandLine.of(master, opened.index(), built.index())));
        }
        if (built != null && built.load().byteOrderMarks().count() > 0) {
            notice(command + ": " + master + ": " + built.load().byteOrderMarks().describe());
        }
        if (built != null) {
            // an exchange file's footer is its last line, not a record of the user's: named as index names it
            Footer.find(master, opened.index().format(), built.load().header().dataStart(), built.lastReject(),
                    built.load().rejected()).ifPresent(footer -> notice(command + ": " + master + ": " + footer.describe()));
        }
    }
}
