package io.chunkwise.cli.report;

import java.util.List;

/** The reason a child {@code chunkwise scan} gave for failing, taken from its stderr. */
final class ScanFailure {
    private static final String PREFIX = "chunkwise scan: ";

    private ScanFailure() {
    }

    /**
     * @param stderr everything the scan wrote to stderr
     * @return its last error line without the {@code chunkwise scan: } prefix (else its last
     *     non-blank line), or a note that it gave no reason
     */
    static String describe(String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines.reversed()) {
            if (line.startsWith(PREFIX)) {
                return line.substring(PREFIX.length());
            }
        }
        return lines.isEmpty() ? "the scan failed without a message" : lines.getLast();
    }
}
