package io.chunkwise.cli.loader;

import io.chunkwise.cli.BaseCommand;
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
import java.util.LinkedHashMap;
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
@Command(name = "lookup", mixinStandardHelpOptions = true, description = "Find records by CUSIP, ISIN or symbol, building or refreshing the index when needed.")
public final class LookupCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--cusip", paramLabel = "KEY", description = "CUSIP(s) to find.")
    List<String> cusips = new ArrayList<>();

    @Option(names = "--isin", paramLabel = "KEY", description = "ISIN(s) to find.")
    List<String> isins = new ArrayList<>();

    @Option(names = "--symbol", paramLabel = "KEY", description = "Symbol(s) to find (all listings are returned).")
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
        Path target = index != null ? index : Indexer.defaultPath(file);
        Indexer.Opened opened;
        try (Progress progress = Progress.bytes("index", IndexCommand.sizeOf(file))) {
            IndexOptions options = new IndexOptions(csv.strategy, csv.load(progress), IndexOptions.defaultMemoryBudget(),
                    csv.columns(), null, WriteHook.NONE);
            opened = Indexer.openOrBuild(file, target, options);
        }
        if (opened.rebuiltBecause() != null) {
            notice("lookup: built index " + target + " (" + opened.rebuiltBecause() + ")");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        try (IndexFile idx = opened.index()) {
            List<String> names = idx.headerNames();
            for (KeyKind kind : KeyKind.values()) {
                Set<String> keys = new LinkedHashSet<>(switch (kind) {
                    case CUSIP -> cusips;
                    case ISIN -> isins;
                    case SYMBOL -> symbols;
                });
                if (!keys.isEmpty() && idx.columns().column(kind) < 0) {
                    throw new UserError(file + ": has no " + kind.name().toLowerCase(Locale.ROOT) + " column "
                            + names + "; name it with --" + kind.name().toLowerCase(Locale.ROOT) + "-column");
                }
                for (String key : keys) {
                    long[] offsets = idx.offsets(kind, key);
                    if (offsets.length == 0) {
                        unmatched.add(kind.name().toLowerCase(Locale.ROOT) + " " + key);
                    }
                    for (long offset : offsets) {
                        List<String> values = idx.record(offset);
                        Map<String, Object> rec = new LinkedHashMap<>();
                        for (int i = 0; i < names.size(); i++) {
                            rec.put(names.get(i), values.get(i));
                        }
                        rec.put("_key", kind.name().toLowerCase(Locale.ROOT) + ":" + key);
                        rec.put("_offset", offset);
                        results.add(rec);
                        human.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(key)
                                .append(" @ byte ").append(offset).append('\n');
                        for (int i = 0; i < names.size(); i++) {
                            human.append("  ").append(names.get(i)).append(": ").append(values.get(i)).append('\n');
                        }
                    }
                }
            }
        }
        if (results.isEmpty()) {
            if (json()) {
                emit(results, "");
            }
            notice("lookup: no matching record (" + String.join(", ", unmatched) + ")");
            return ExitCodes.NOT_FOUND;
        }
        if (!unmatched.isEmpty()) {
            notice("lookup: no record for " + String.join(", ", unmatched));
        }
        emit(results, human.toString().stripTrailing());
        return ExitCodes.OK;
    }
}
