package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

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
            // a file without a header (HistData's) has a bar there, which no one calls a header
            boolean bar = new FirstLine(List.of(only.split(Pattern.quote(String.valueOf(best)), -1)), layout).isBar();
            throw new BarsFormatException(file + ":" + header.line() + " (byte " + header.offset() + "): "
                    + (bar ? "line " + header.line() + ", a bar without a header, is" : "the header is") + " one column '"
                    + CsvHeader.printable(only, 200) + "' read with delimiter " + layout.delimiterName()
                    + "; it looks " + BarsLayout.name(best) + "-separated: set the delimiter to " + BarsLayout.name(best));
        }
    }
}
