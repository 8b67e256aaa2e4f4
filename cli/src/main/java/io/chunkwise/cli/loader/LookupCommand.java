package io.chunkwise.cli.loader;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.DefaultOutputs;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.HooklessCommand;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.PlainJsonResult;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;
import io.chunkwise.loader.index.IndexException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.index.SecondHeader;
import io.chunkwise.loader.index.WriteHook;
import io.chunkwise.loader.io.FileArguments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chunkwise lookup FILE --cusip KEY}: records by CUSIP, ISIN or symbol, from the persisted index. */
@Command(name = "lookup", mixinStandardHelpOptions = true, description = {"Find records by CUSIP, ISIN or symbol, building or refreshing the index when needed.",
        "A stale index is rebuilt with the delimiter and key columns it was built with, unless others are given.",
        "--json: an array of records keyed by header name, plus _key (the key that matched, in its normal form:"
                + " trimmed, a CUSIP or ISIN in upper case, e.g. isin:US0378331005) and _offset (the record's first byte)."})
public final class LookupCommand extends BaseCommand implements PlainJsonResult, HooklessCommand, KeyArguments.Listener {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--cusip", paramLabel = "KEY", arity = "1..*", parameterConsumer = KeyArguments.class, description = "CUSIP(s) to find (in any case): --cusip A B, or --cusip A --cusip B.")
    List<String> cusips = new ArrayList<>();

    @Option(names = "--isin", paramLabel = "KEY", arity = "1..*", parameterConsumer = KeyArguments.class, description = "ISIN(s) to find (in any case).")
    List<String> isins = new ArrayList<>();

    @Option(names = "--symbol", paramLabel = "KEY", arity = "1..*", parameterConsumer = KeyArguments.class, description = "Symbol(s) to find, case as written (all listings are returned).")
    List<String> symbols = new ArrayList<>();

    /** The keys as the command line gave them, whatever their kind: (option, key) in order. */
    private final List<Map.Entry<String, String>> given = new ArrayList<>();

    @Option(names = "--index", paramLabel = "PATH", converter = OutputFileConverter.class, description = "Index file (default: FILE.cwx).")
    Path index;

    @Mixin
    CsvOptions csv;

    @Override
    public Integer call() {
        if (cusips.isEmpty() && isins.isEmpty() && symbols.isEmpty()) {
            throw new UserError("give at least one of --cusip, --isin or --symbol");
        }
        List<Query> queries = queriesInOrder();
        // the input first: a pipe (cat m.csv | lookup /dev/stdin) cannot be indexed, whatever --index says
        FileArguments.requireInput(file, WrittenName.of(spec(), file));
        csv.keys.requireAgreesWith(file);
        if (index != null) {
            FileArguments.requireOutput(index, "--index", true, file);
        }
        Path target = index != null ? index : DefaultOutputs.beside(file, Indexer.INDEX_SUFFIX, "index", "--index");
        // the default too: stdout redirected to FILE.cwx empties it, and the index rebuilt would be renamed over the JSON
        requireOffJsonStdout("--index", target);
        if (!Files.exists(target)) {
            // refused before a first build, not after it (minutes on a large master); in the dialect the build reads
            CsvHeader header = HeaderReader.read(file, HeaderReader.format(file, csv.keys.format()));
            requireColumns(queries, header, KeyColumns.resolve(file.toString(), header, csv.keys.columns()));
        }
        // a few look-ups read a few blocks of the index: those are checked, not the whole of it
        IndexFile idx = open(target, progress -> Indexer.openOrBuild(file, target, options(progress),
                csv.keys.dialect(), Indexer.Check.AS_READ,
                reason -> notice("lookup: rebuilding index " + target + " (" + reason + ")"),
                holder -> notice("lookup: waiting for " + holder + ", which is building the index " + target)));
        List<String> unmatched = new ArrayList<>();
        try {
            List<String> names = idx.headerNames();
            requireColumns(queries, idx.header(), idx.columns());
            List<Found> found;
            try {
                found = find(idx, queries);
            } catch (IndexException damaged) {
                // a block the look-ups read is damaged (an index too large to check whole before use):
                // found before anything is printed, so the answer comes whole from the index built again
                idx.close();
                notice("lookup: rebuilding index " + target + " (" + damaged.getMessage() + ")");
                idx = open(target, progress -> Indexer.rebuild(file, target, options(progress), csv.keys.dialect(),
                        damaged.getMessage()));
                found = find(idx, queries);
            }
            // a row of labels under the header (an export's second header row) is a record: found, and said to be one
            Optional<SecondHeader> second = SecondHeader.of(file, idx.format(), idx.header(), idx.columns());
            if (second.isPresent() && found.stream().anyMatch(f -> Arrays.stream(f.offsets()).anyMatch(o -> o == second.get().offset()))) {
                IndexCommand.noticeSecondHeader("lookup", file, second.get());
            }
            MatchPrinter printer = MatchPrinter.of(json());
            for (Found f : found) {
                String kindName = f.query().kind().name().toLowerCase(Locale.ROOT);
                if (f.offsets().length == 0) {
                    // a key as typed may hold a tab or an escape sequence: shown escaped, never sent to the terminal
                    unmatched.add(kindName + " " + CsvHeader.visible(f.query().key()) + f.otherKind());
                }
                for (long offset : f.offsets()) {
                    printer.match(kindName + ":" + f.query().key(), offset, names, idx.record(offset));
                }
            }
            printer.end();
        } finally {
            idx.close();
        }
        if (unmatched.isEmpty()) {
            return ExitCodes.OK;
        }
        // every key asked for must be found: a batch with one missing id is not a success
        notice("lookup: no record for " + String.join(", ", unmatched));
        return ExitCodes.NOT_FOUND;
    }

    /** Refuses a query of a kind the master has no column for, naming the file and the line and byte of its header, as index does. */
    private void requireColumns(List<Query> queries, CsvHeader header, KeyColumns columns) {
        for (KeyKind kind : KeyKind.values()) {
            if (queries.stream().anyMatch(q -> q.kind() == kind) && columns.column(kind) < 0) {
                String kindName = kind.name().toLowerCase(Locale.ROOT);
                throw new UserError(String.format(Locale.ROOT, "%s:%d (byte %d): has no %s column %s; name it with"
                        + " %s", file, header.line(), header.offset(), kindName, header.describe(),
                        LikelyColumn.option(header.names(), kind)));
            }
        }
    }

    /** Opens (or builds) the index under a progress bar, and says when it was built. */
    private IndexFile open(Path target, java.util.function.Function<Progress, Indexer.Opened> opening) {
        Indexer.Opened opened;
        try (Progress progress = Progress.bytes("index", IndexCommand.sizeOf(file))) {
            opened = opening.apply(progress);
        }
        if (opened.rebuiltBecause() != null) {
            if (opened.rebuiltBecause().equals(Indexer.NO_INDEX_YET)) {
                notice("lookup: built index " + target + " (" + Indexer.NO_INDEX_YET + ")");
            } else {
                notice("lookup: rebuilt index " + target + " with " + opened.builtWith());
            }
            IndexCommand.noticeRejects("lookup", file, opened);
        }
        return opened.index();
    }

    private IndexOptions options(Progress progress) {
        return new IndexOptions(csv.strategy, csv.load(progress), IndexOptions.defaultMemoryBudget(), csv.columns(), null,
                WriteHook.NONE);
    }

    /** @return each query's matches, or the kind it was found as instead (printed after all are found) */
    private static List<Found> find(IndexFile idx, List<Query> queries) {
        List<Found> found = new ArrayList<>();
        for (Query q : queries) {
            long[] offsets = idx.offsets(q.kind(), q.key());
            found.add(new Found(q, offsets, offsets.length == 0 ? otherKind(idx, q.kind(), q.key()) : ""));
        }
        return found;
    }

    /** A query's record offsets, and when it has none, where else its key is ({@link #otherKind}). */
    private record Found(Query query, long[] offsets, String otherKind) {
    }

    /**
     * @return " (found as a cusip: use --cusip)" when a key missing as one kind is in the index as
     *     another (a CUSIP given to --symbol), " (found as AAPL: symbols keep their case)" when a
     *     symbol is there in upper or lower case (a ticker typed as aapl), a hint on a check digit
     *     ({@link #checkDigitHint}), on a number a spreadsheet wrote ({@link SpreadsheetNumber}) or on
     *     separators in it, a list or a grouped identifier ({@link SeparatedKey}), or on quotes it kept
     *     ({@link QuotedKey}), or on bytes that are not UTF-8 in it, else ""
     */
    private static String otherKind(IndexFile idx, KeyKind asked, String key) {
        for (KeyKind other : KeyKind.values()) {
            if (other != asked && idx.columns().column(other) >= 0 && idx.offsets(other, other.normalForm(key)).length > 0) {
                String name = other.name().toLowerCase(Locale.ROOT);
                return " (found as " + (name.startsWith("i") ? "an " : "a ") + name + ": use --" + name + ")";
            }
        }
        if (idx.columns().column(asked) >= 0 && idx.entries(asked) == 0 && idx.records() > 0) {
            // the column was found by its name, but holds nothing: no key of it can be found, whichever is asked
            String kindName = asked.name().toLowerCase(Locale.ROOT);
            return " (the " + kindName + " column '" + CsvHeader.printable(idx.headerNames().get(idx.columns().column(asked)))
                    + "' is empty in every record)";
        }
        if (asked == KeyKind.SYMBOL) {
            for (String cased : List.of(key.toUpperCase(Locale.ROOT), key.toLowerCase(Locale.ROOT))) {
                if (!cased.equals(key) && idx.offsets(KeyKind.SYMBOL, cased).length > 0) {
                    return " (found as " + cased + ": symbols keep their case)";
                }
            }
        }
        String checkDigit = checkDigitHint(idx, asked, key);
        String spreadsheet = checkDigit.isEmpty() ? SpreadsheetNumber.hint(idx, asked, key) : checkDigit;
        String separated = spreadsheet.isEmpty() ? SeparatedKey.hint(idx, asked, key) : spreadsheet;
        String quoted = separated.isEmpty() ? QuotedKey.hint(idx, asked, key) : separated;
        return quoted.isEmpty() && key.indexOf('\uFFFD') >= 0
                // the shell passed bytes that are not UTF-8 (a Latin-1 É): the JVM decoded them to U+FFFD, never a key
                ? " (the key holds bytes that are not UTF-8, which reach Java as U+FFFD; type it in UTF-8: a Latin-1 master's"
                        + " keys are found so)"
                : quoted;
    }

    /**
     * @return for a CUSIP or ISIN that is in the index with another check digit, " (a wrong check
     *     digit? found as 037833100)", or " (found as 594918105, whose check digit is not valid)"
     *     when the master's is the wrong one; for one with a wrong check digit not found so,
     *     " (its check digit is not valid: it would be 037833100)"; else "": a key not found tells
     *     nothing of a digit mistyped or mangled by a spreadsheet
     */
    private static String checkDigitHint(IndexFile idx, KeyKind kind, String key) {
        int length = kind == KeyKind.CUSIP ? Cusip.LENGTH : kind == KeyKind.ISIN ? Isin.LENGTH : -1;
        if (key.length() != length) {
            return "";
        }
        boolean valid = kind == KeyKind.CUSIP ? Cusip.isValid(key) : Isin.isValid(key);
        String base = key.substring(0, length - 1);
        for (char digit = '0'; digit <= '9'; digit++) {
            String other = base + digit;
            if (!other.equals(key) && idx.offsets(kind, other).length > 0) {
                return valid ? " (found as " + other + ", whose check digit is not valid)"
                        : " (a wrong check digit? found as " + other + ")";
            }
        }
        if (valid) {
            return "";
        }
        try {
            return " (its check digit is not valid: it would be " + base
                    + (kind == KeyKind.CUSIP ? Cusip.checkDigit(base) : Isin.checkDigit(base)) + ")";
        } catch (IllegalArgumentException notAnId) {
            return ""; // a character outside the identifier's alphabet: no check digit to give
        }
    }

    /** A key to find, in its normal form: the one the index matches and {@code _key} shows. */
    private record Query(KeyKind kind, String key) {
    }

    /**
     * @return the keys in the order the command line gives them, whatever their kind (results are
     *     printed in that order), each once, in its normal form ({@code " us0378331005"} is
     *     {@code US0378331005})
     */
    private List<Query> queriesInOrder() {
        Map<String, KeyKind> kinds = Map.of("--cusip", KeyKind.CUSIP, "--isin", KeyKind.ISIN, "--symbol", KeyKind.SYMBOL);
        Map<KeyKind, List<String>> lists = new EnumMap<>(Map.of(KeyKind.CUSIP, cusips, KeyKind.ISIN, isins,
                KeyKind.SYMBOL, symbols));
        Set<Query> ordered = new LinkedHashSet<>();
        Map<KeyKind, Integer> told = new EnumMap<>(KeyKind.class);
        for (Map.Entry<String, String> key : given) {
            KeyKind kind = kinds.get(key.getKey());
            ordered.add(query(kind, key.getValue()));
            told.merge(kind, 1, Integer::sum);
        }
        // values set otherwise (embedding, a test): after them, by kind
        lists.forEach((kind, keys) -> keys.subList(Math.min(keys.size(), told.getOrDefault(kind, 0)), keys.size())
                .forEach(k -> ordered.add(query(kind, k))));
        return List.copyOf(ordered);
    }

    @Override
    public void key(String option, String key) {
        given.add(Map.entry(option, key));
    }

    private static Query query(KeyKind kind, String key) {
        String form = kind.normalForm(key);
        if (form.isEmpty()) {
            // never indexed (a blank key is no key): a mistake in the command line, not a key not found
            throw new UserError("empty --" + kind.name().toLowerCase(Locale.ROOT) + " '" + key
                    + "': a key blank after trimming is never indexed");
        }
        return new Query(kind, form);
    }
}
