package io.chunkwise.cli.loader;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.HooklessCommand;
import io.chunkwise.cli.DefaultOutputs;
import io.chunkwise.cli.PlainJsonResult;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.UserError;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.index.WriteHook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
public final class LookupCommand extends BaseCommand implements PlainJsonResult, HooklessCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--cusip", paramLabel = "KEY", description = "CUSIP(s) to find (in any case).")
    List<String> cusips = new ArrayList<>();

    @Option(names = "--isin", paramLabel = "KEY", description = "ISIN(s) to find (in any case).")
    List<String> isins = new ArrayList<>();

    @Option(names = "--symbol", paramLabel = "KEY", description = "Symbol(s) to find, case as written (all listings are returned).")
    List<String> symbols = new ArrayList<>();

    @Option(names = "--index", paramLabel = "PATH", description = "Index file (default: FILE.cwx).")
    Path index;

    @Mixin
    CsvOptions csv;

    @Override
    public Integer call() {
        if (cusips.isEmpty() && isins.isEmpty() && symbols.isEmpty()) {
            throw new UserError("give at least one of --cusip, --isin or --symbol");
        }
        Map<KeyKind, Set<String>> queries = new EnumMap<>(KeyKind.class);
        // each key in its normal form, the one the index matches and _key shows: " us0378331005" is US0378331005
        queries.put(KeyKind.CUSIP, normalForms(KeyKind.CUSIP, cusips));
        queries.put(KeyKind.ISIN, normalForms(KeyKind.ISIN, isins));
        queries.put(KeyKind.SYMBOL, normalForms(KeyKind.SYMBOL, symbols));
        csv.keys.requireAgreesWith(file);
        Path target = index != null ? index : DefaultOutputs.beside(file, Indexer.INDEX_SUFFIX, "index", "--index");
        Indexer.Opened opened;
        try (Progress progress = Progress.bytes("index", IndexCommand.sizeOf(file))) {
            IndexOptions options = new IndexOptions(csv.strategy, csv.load(progress), IndexOptions.defaultMemoryBudget(),
                    csv.columns(), null, WriteHook.NONE);
            opened = Indexer.openOrBuild(file, target, options, csv.keys.dialect(),
                    reason -> notice("lookup: rebuilding index " + target + " (" + reason + ")"));
        }
        if (opened.rebuiltBecause() != null) {
            if (opened.rebuiltBecause().equals(Indexer.NO_INDEX_YET)) {
                notice("lookup: built index " + target + " (" + Indexer.NO_INDEX_YET + ")");
            } else {
                notice("lookup: rebuilt index " + target + " with " + opened.builtWith());
            }
            IndexCommand.noticeRejects("lookup", file, opened.build());
        }
        List<String> unmatched = new ArrayList<>();
        long matches = 0;
        try (IndexFile idx = opened.index()) {
            List<String> names = idx.headerNames();
            for (KeyKind kind : KeyKind.values()) {
                if (!queries.get(kind).isEmpty() && idx.columns().column(kind) < 0) {
                    String kindName = kind.name().toLowerCase(Locale.ROOT);
                    throw new UserError(file + ": has no " + kindName + " column " + names + "; name it with --"
                            + kindName + "-column");
                }
            }
            MatchPrinter printer = MatchPrinter.of(json());
            for (KeyKind kind : KeyKind.values()) {
                String kindName = kind.name().toLowerCase(Locale.ROOT);
                for (String key : queries.get(kind)) {
                    long[] offsets = idx.offsets(kind, key);
                    if (offsets.length == 0) {
                        unmatched.add(kindName + " " + key + otherKind(idx, kind, key));
                    }
                    for (long offset : offsets) {
                        printer.match(kindName + ":" + key, offset, names, idx.record(offset));
                    }
                    matches += offsets.length;
                }
            }
            printer.end();
        }
        if (unmatched.isEmpty()) {
            return ExitCodes.OK;
        }
        // every key asked for must be found: a batch with one missing id is not a success
        notice("lookup: no record for " + String.join(", ", unmatched));
        return ExitCodes.NOT_FOUND;
    }

    /**
     * @return " (found as a cusip: use --cusip)" when a key missing as one kind is in the index as
     *     another (a CUSIP given to --symbol), else ""
     */
    private static String otherKind(IndexFile idx, KeyKind asked, String key) {
        for (KeyKind other : KeyKind.values()) {
            if (other != asked && idx.columns().column(other) >= 0 && idx.offsets(other, other.normalForm(key)).length > 0) {
                String name = other.name().toLowerCase(Locale.ROOT);
                return " (found as " + (name.startsWith("i") ? "an " : "a ") + name + ": use --" + name + ")";
            }
        }
        return "";
    }

    private static Set<String> normalForms(KeyKind kind, List<String> keys) {
        Set<String> forms = new LinkedHashSet<>();
        for (String k : keys) {
            String form = kind.normalForm(k);
            if (form.isEmpty()) {
                // never indexed (a blank key is no key): a mistake in the command line, not a key not found
                throw new UserError("empty --" + kind.name().toLowerCase(Locale.ROOT) + " '" + k
                        + "': a key blank after trimming is never indexed");
            }
            forms.add(form);
        }
        return forms;
    }
}
