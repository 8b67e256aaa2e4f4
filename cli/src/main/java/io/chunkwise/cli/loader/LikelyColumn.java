package io.chunkwise.cli.loader;

import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.KeyKind;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --*-column} option for a key column its usual names did not find, with the name it
 * most likely has ({@link KeyColumns#likely}: {@code --symbol-column 'Ticker Symbol'}), so a hint
 * gives the option whole rather than leave the user to guess its value.
 */
final class LikelyColumn {
    private LikelyColumn() {
    }

    /**
     * @param names the header's names
     * @param kind the key kind no column was found for
     * @return e.g. {@code --symbol-column 'Ticker Symbol'}, or {@code --symbol-column} when no name is likely
     */
    static String option(List<String> names, KeyKind kind) {
        String option = "--" + kind.name().toLowerCase(Locale.ROOT) + "-column";
        return KeyColumns.likely(names, kind).map(n -> option + " " + IndexCommandLine.shellWord(n)).orElse(option);
    }
}
