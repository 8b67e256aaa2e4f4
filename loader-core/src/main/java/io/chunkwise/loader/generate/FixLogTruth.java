package io.chunkwise.loader.generate;

import java.util.Locale;

/**
 * The planted truth of a generated FIX log: what reconciling it against its master must report
 * (issue 4's rules: the top-level 48 with 22=1 or 22=4 is looked up, else 55; messages with
 * neither are not checked). Written beside the log as {@code LOG.expected.json}.
 *
 * @param master the master the log references, as given
 * @param seed the seed
 * @param discrepancyRate the rate asked for
 * @param messages messages written (all well-formed)
 * @param malformed malformed messages written (always 0)
 * @param checked messages whose instrument a reconciler looks up
 * @param symbolMismatch messages whose security is in the master under another symbol
 * @param unknownSecurity messages whose CUSIP or ISIN is not in the master
 * @param unknownSymbol messages identified by symbol only, a symbol not in the master
 * @param bytes size of the log
 * @param nanos time taken, the master's reading included
 */
public record FixLogTruth(String master, long seed, double discrepancyRate, long messages, long malformed,
        long checked, long symbolMismatch, long unknownSecurity, long unknownSymbol, long bytes, long nanos) {

    /** @return all planted discrepancies */
    public long discrepancies() {
        return symbolMismatch + unknownSecurity + unknownSymbol;
    }

    /** @return elapsed seconds */
    public double seconds() {
        return nanos / 1e9;
    }

    /** @return throughput in MB/s (10^6 bytes a second) */
    public double megabytesPerSecond() {
        return nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }

    /**
     * @return the {@code expected.json} text: the counts with the key names of {@code reconcile --json},
     *     the log's size ({@code bytes}) among them, so that a truth beside another log (one of two runs
     *     writing the same path at once published its log, the other its truth) is told by the size
     */
    public String toJson() {
        return String.format(Locale.ROOT, """
                {
                  "master" : %s,
                  "seed" : %d,
                  "discrepancyRate" : %s,
                  "messages" : %d,
                  "malformed" : %d,
                  "bytes" : %d,
                  "checked" : %d,
                  "discrepancies" : {
                    "SYMBOL_MISMATCH" : %d,
                    "UNKNOWN_SECURITY" : %d,
                    "UNKNOWN_SYMBOL" : %d
                  }
                }
                """, quote(master), seed, Double.toString(discrepancyRate), messages, malformed, bytes, checked,
                symbolMismatch, unknownSecurity, unknownSymbol);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
