package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names the {@code --delimiter} a file needs when its header reads as one column that holds
 * another usual separator ({@code timestamp;open;high;...}): without it the user would only be told
 * that every column is missing. A first line with a control character is no text at all (random or
 * damaged bytes, which hold a {@code ;} by chance): it is named so, not given a delimiter to try.
 */
final class DelimiterHint {
    private static final char[] USUAL = {',', ';', '\t', '|'};

    private DelimiterHint() {
    }

    /**
     * @param file the bars file, for the message
     * @param header its header as read with the layout's delimiter
     * @param layout the layout
     * @throws BarsFormatException when the header is one column containing another usual delimiter,
     *     or a control character
     */
    static void check(Path file, CsvHeader header, BarsLayout layout) {
        if (header.size() != 1) {
            return;
        }
        String only = header.names().get(0);
        int control = firstControl(only);
        if (control >= 0) {
            // a binary or damaged file: a delimiter found among its bytes would be advice that cannot help
            throw new BarsFormatException(file + ":" + header.line() + " (byte " + header.offset() + "): line " + header.line()
                    + " holds a control character (" + CsvHeader.printable(only.substring(control, control + 1))
                    + ", its character " + (control + 1) + "), which no header or bar has: not a text file, or a damaged"
                    + " one; a bars file is text");
        }
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

    /** @return the index of the first control character but a tab (a delimiter), or -1 when none */
    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return i;
            }
        }
        return -1;
    }
}
