package io.chunkwise.dataset.ingest;

import io.chunkwise.dataset.bars.BarReject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Counts rejects by kind (the reason with its quoted text and numbers blanked, so "bad timestamp
 * 'x'" and "bad timestamp 'y'" are one kind) and keeps the first example of each, so a summary can
 * say why most rows were rejected. A kind is shown with its quoted text while every reject of it
 * has the same (a hint's {@code ';'}), then with its numbers while those are the same. Kinds are
 * capped: a file cannot make it grow without bound.
 */
final class RejectTally implements Consumer<BarReject> {
    private static final int MAX_KINDS = 1000;
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\([^)]*\\)");

    /** In the order the kinds were first seen: a tie goes to the kind the file shows first. */
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, BarReject> examples = new HashMap<>();
    /** Each kind as shown: whole, or with its quoted text blanked, while every reject of the kind reads so. */
    private final Map<String, String> shown = new HashMap<>();
    private long total;

    @Override
    public void accept(BarReject r) {
        total++;
        String whole = PARENTHESISED.matcher(r.reason()).replaceAll("");
        String withNumbers = QUOTED.matcher(whole).replaceAll("'…'");
        String kind = NUMBER.matcher(withNumbers).replaceAll("N");
        long[] n = counts.get(kind);
        if (n == null) {
            if (counts.size() >= MAX_KINDS) {
                return;
            }
            n = new long[1];
            counts.put(kind, n);
            examples.put(kind, r);
            shown.put(kind, whole);
        } else if (!shown.get(kind).equals(whole)) {
            // the quoted text varies: '…' stands for it; and if the numbers vary too, N stands for them
            String wasWithNumbers = QUOTED.matcher(shown.get(kind)).replaceAll("'…'");
            shown.put(kind, wasWithNumbers.equals(withNumbers) ? withNumbers : kind);
        }
        n[0]++;
    }

    /** @return rejects counted */
    long total() {
        return total;
    }

    /**
     * @return the commonest kind with its count and first example, e.g. {@code 30 × bad timestamp
     *     '…' (first: bars.csv:2 (byte 37): bad timestamp '2024-01-07T22:01:00+0200')}, or null when none;
     *     of kinds as common, the first seen, followed by {@code , and as many of 2 other kinds}
     */
    String commonest() {
        Map.Entry<String, long[]> top = null;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (top == null || e.getValue()[0] > top.getValue()[0]) {
                top = e;
            }
        }
        if (top == null) {
            return null;
        }
        long n = top.getValue()[0];
        long tied = counts.values().stream().filter(c -> c[0] == n).count() - 1;
        long unordered = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (isOrderKind(e.getKey())) {
                unordered += e.getValue()[0];
            }
        }
        boolean unsorted = unordered > 2 && unordered * 2 > total;
        // a field of dataset cache's JSON too: ASCII digits, whatever the locale
        // a tie is said, so the first of equals is not read as the commonest
        return String.format(Locale.ROOT, "%,d × %s (first: %s)%s%s", n, shown.get(top.getKey()), examples.get(top.getKey()),
                tied == 0 ? "" : String.format(Locale.ROOT, ", and as many of %,d other %s", tied, tied == 1 ? "kind" : "kinds"),
                unsorted ? "; is the file newest-first or not sorted by time? sort it oldest-first" : "");
    }

    /** @return whether rejects of this kind say the rows are not in time order */
    private static boolean isOrderKind(String kind) {
        return kind.contains("out of order") || kind.contains("not after the previous row") || kind.contains("not after the earlier row");
    }
}
