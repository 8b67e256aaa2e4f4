package io.chunkwise.cli.loader;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code chunkwise index} command that builds an index again as it was built, for a hint to paste:
 * {@code index} reads a file with its own options, not with a fresh index's, so an exchange file
 * indexed by {@code reconcile --delimiter '|' --symbol-column 'ACT Symbol'} needs them given again.
 */
final class IndexCommandLine {
    /** Words a POSIX shell takes as they are; any other is single-quoted. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private IndexCommandLine() {
    }

    /**
     * @param master the file the index is of
     * @param index the index as built
     * @param indexPath where it was published
     * @return e.g. {@code chunkwise index otherlisted.txt --delimiter '|' --symbol-column 'ACT Symbol'}: the
     *     delimiter unless it is ',' or the file's {@code sep=} line declares it, each key column that its
     *     usual names would not find, and {@code --index} when the index is not beside the file
     */
    static String of(Path master, IndexFile index, Path indexPath) {
        List<String> words = new ArrayList<>(List.of("chunkwise", "index", shellWord(master.toString())));
        byte delimiter = index.format().delimiter();
        if (delimiter != ',' && !HeaderReader.declaresDelimiter(master)) {
            words.add("--delimiter");
            words.add(delimiter == '\t' ? "'\\t'" : shellWord(String.valueOf((char) delimiter)));
        }
        CsvHeader header = index.header();
        List<String> names = index.headerNames();
        for (KeyKind kind : KeyKind.values()) {
            int column = index.columns().column(kind);
            if (column >= 0 && !header.find(kind.headerNames().toArray(String[]::new)).equals(Optional.of(column))) {
                words.add("--" + kind.name().toLowerCase(Locale.ROOT) + "-column");
                words.add(shellWord(names.get(column)));
            }
        }
        if (!indexPath.equals(Indexer.defaultPath(master))) {
            words.add("--index");
            words.add(shellWord(indexPath.toString()));
        }
        return String.join(" ", words);
    }

    /** @return the word as a POSIX shell reads it back: bare when plain, else in single quotes */
    static String shellWord(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
