package io.chunkwise.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * The option a mistyped one was likely meant to be ({@code --workerz} for {@code --workers},
 * {@code --out} for {@code --output}): named beside "unknown option", so the fix is read off the
 * error rather than looked up in {@code --help}.
 */
final class OptionSuggestion {
    /** Edits (insertions, deletions, substitutions, swaps of neighbours) a typo may hold. */
    private static final int MOST_EDITS = 2;

    private OptionSuggestion() {
    }

    /**
     * @param cmd the command the word was given to (its options and those of the commands above it)
     * @param word a word that looks like an option but is none ({@code --workerz}, {@code --strat=mmap})
     * @return the closest option's name: one the word starts (an abbreviation) or within two edits of
     *     it; empty when none is, or when two are equally close
     */
    static Optional<String> of(CommandLine cmd, String word) {
        String typed = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        if (typed.length() < 3 || !typed.startsWith("-")) {
            return Optional.empty();
        }
        Map<String, Integer> scores = new TreeMap<>();
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            for (String name : c.getCommandSpec().optionsMap().keySet()) {
                if (name.startsWith("--")) { // a short option is one letter: any typo is near all of them
                    // an abbreviation beats a typo: --out is --output before it is a neighbour of --our
                    scores.putIfAbsent(name, name.startsWith(typed) ? 0 : 1 + edits(typed, name));
                }
            }
        }
        int best = scores.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        List<String> closest = scores.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return best <= MOST_EDITS + 1 && closest.size() == 1 ? Optional.of(closest.getFirst()) : Optional.empty();
    }

    /** @return the optimal string alignment distance: edits, a swap of neighbours counting one */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
