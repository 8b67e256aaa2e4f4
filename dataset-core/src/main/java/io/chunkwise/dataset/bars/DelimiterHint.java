package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvHeader;
import java.nio.file.Path;

/**
 * Names the {@code --delimiter} a file needs when its header reads as one column that holds
 * another usual separator ({@code timestamp;open;high;...}): without it the user would only be told
 * that every column is missing.
 */
final class DelimiterHint {
    private static final char[] USUAL = {',', ';', '\t', '|'};

    private DelimiterHint() {
    }

    /**
     * @param file the bars file, for the message
     * @param header its header as read with the layout's delimiter
     * @param layout the layout
     * @throws BarsFormatException when the header is one column containing another usual delimiter
     */
    static void check(Path file, CsvHeader header, BarsLayout layout) {
        if (header.size() != 1) {
            return;
        }
        String only = header.names().get(0);
        char best = 0;
        long most = 0;
        for (char c : USUAL) {
            long n = only.chars().filter(x -> x == c).count();
            if (c != layout.delimiter() && n > most) {
                best = c;
                most = n;
            }
        }
        if (most > 0) {
            throw new BarsFormatException(file + ":" + header.line() + " (byte " + header.offset() + "): the header is one column '"
                    + CsvHeader.printable(only, 200) + "' read with delimiter " + layout.delimiterName()
                    + "; it looks " + BarsLayout.name(best) + "-separated: set the delimiter to " + BarsLayout.name(best));
        }
    }
}
