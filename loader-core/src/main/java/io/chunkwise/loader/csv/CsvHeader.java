package io.chunkwise.loader.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A file's header row: column names in order, looked up case-insensitively.
 *
 * @param names the column names as written
 * @param line the 1-based line of the header record (after any blank lines)
 * @param offset the byte offset of the header record (after any BOM)
 * @param dataStart the byte offset where the data records start
 * @param dataLine the 1-based line at {@code dataStart}
 * @param afterSepLine whether Excel's {@code sep=X} first line declared the delimiter it was read with
 */
public record CsvHeader(List<String> names, long line, long offset, long dataStart, long dataLine, boolean afterSepLine) {
    private static final int DESCRIBED_LENGTH = 200;

    /** Copies the names. */
    public CsvHeader {
        names = List.copyOf(names);
    }

    /**
     * A header of a file without Excel's {@code sep=} line.
     *
     * @param names the column names as written
     * @param line the 1-based line of the header record
     * @param offset the byte offset of the header record
     * @param dataStart the byte offset where the data records start
     * @param dataLine the 1-based line at {@code dataStart}
     */
    public CsvHeader(List<String> names, long line, long offset, long dataStart, long dataLine) {
        this(names, line, offset, dataStart, dataLine, false);
    }

    /**
     * Checks that no two columns share a name, ignoring case and surrounding blanks (columns are
     * found that way, so such a pair would make a name ambiguous). Empty names are not names:
     * several unnamed columns (the trailing {@code ,,} a spreadsheet writes) are allowed.
     *
     * @param source the file, for the message
     * @return this header
     * @throws CsvParseException naming both columns as written
     */
    public CsvHeader requireUniqueNames(String source) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = matchForm(names.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                String first = printable(names.get(before));
                String second = printable(names.get(i));
                throw new CsvParseException(source, line, offset, "duplicate header name: column " + (before + 1) + " '"
                        + first + "' and column " + (i + 1) + " '" + second + "'"
                        + (first.equals(second) ? "" : " (names are matched ignoring case and blanks)")
                        + "; rename one of them");
            }
        }
        return this;
    }

    /**
     * @param names a header's names
     * @param column a column, 0-based
     * @return its name, or {@code _columnN} (1-based) for an unnamed one, with more leading
     *     underscores while another column has that name: a key for output keyed by name, never
     *     one of the others (duplicate keys lose values in every JSON reader)
     */
    public static String keyOf(List<String> names, int column) {
        return keyOf(names, column, names::contains);
    }

    /**
     * Every column's {@link #keyOf}, at once: a wide header's unnamed columns each look for their
     * key among the names in a set, not along the list (16,384 columns made a look-up of one record
     * take a second).
     *
     * @param names a header's names
     * @return each column's key, in column order
     */
    public static List<String> keysOf(List<String> names) {
        Set<String> taken = new HashSet<>(names);
        List<String> keys = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            keys.add(keyOf(names, i, taken::contains));
        }
        return List.copyOf(keys);
    }

    private static String keyOf(List<String> names, int column, Predicate<String> taken) {
        String name = names.get(column);
        if (!matchForm(name).isEmpty()) {
            return name;
        }
        String key = "_column" + (column + 1);
        while (taken.test(key)) {
            key = "_" + key;
        }
        return key;
    }

    /**
     * @return the names for a message: printable and at most {@value #DESCRIBED_LENGTH}
     *     characters, so a binary file or a 600,000-column line named by mistake gives a one-line
     *     error, not a dump
     */
    public String describe() {
        String all = visible(String.join(", ", names.subList(0, Math.min(names.size(), DESCRIBED_LENGTH))));
        return all.length() <= DESCRIBED_LENGTH ? "[" + all + "]"
                : "[" + all.substring(0, DESCRIBED_LENGTH) + "… (" + names.size() + " columns)]";
    }

    /**
     * Text from a file for a message, e.g. a header name: a binary or UTF-16 file named by mistake
     * must not dump raw bytes into a terminal.
     *
     * @param text the text
     * @return it with control characters and undecodable bytes escaped ({@code \x00}, {@code \ufffd})
     */
    public static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0xFFFD) {
                b.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02x", c) : String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * @param text the text
     * @return {@link #printable(String)}, with the characters that print as nothing or as a space
     *     escaped too ({@code \u200b}, {@code \u00a0}): a name or an identifier that looks right
     *     and does not match ("no cusip column [cusip, …]") shows why
     */
    public static String visible(String text) {
        StringBuilder b = new StringBuilder(text.length());
        printable(text).codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT || c != ' ' && Character.isSpaceChar(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * @param text the text
     * @param max the most characters to keep
     * @return {@link #printable(String)}, cut at {@code max} characters with an ellipsis
     */
    public static String printable(String text, int max) {
        boolean cut = text.length() > max;
        String p = printable(cut ? text.substring(0, max) : text); // escapes lengthen it
        return cut || p.length() > max ? p.substring(0, Math.min(max, p.length())) + "…" : p;
    }

    /**
     * @return a hint when the header is one column whose name looks split by another delimiter
     *     (tab, {@code |} or {@code ;}, or a comma when another was given): the usual sign of a
     *     file read with the wrong one, whose every record then reads as one field; none for a FIX
     *     message, whose {@code |} no delimiter makes a header
     */
    public Optional<String> delimiterHint() {
        Optional<Character> apparent = apparentDelimiter();
        if (apparent.isEmpty()) {
            return Optional.empty();
        }
        char c = apparent.get();
        String looks = c == '\t' ? "tab" : c == ',' ? "comma" : "'" + c + "'";
        String delimiter = c == '\t' ? "'\\t'" : "'" + c + "'";
        if (afterSepLine) {
            // the file's sep= line decides, and a delimiter given against it is refused: the line is what to change
            return Optional.of("the header looks " + looks + "-delimited, but the file's first line (Excel's sep= line)"
                    + " declares another delimiter: correct that line to "
                    + (looks.equals("tab") ? "sep= and a tab" : "sep=" + delimiter.charAt(1)) + ", or remove it");
        }
        return Optional.of("the header looks " + looks + "-delimited: set the delimiter to " + delimiter);
    }

    /**
     * @return the delimiter a one-column header looks split by (a tab, {@code |}, {@code ;} or a comma,
     *     in that order), or empty: a header of several columns, or a FIX message, whose {@code |}
     *     no delimiter makes a header
     */
    public Optional<Character> apparentDelimiter() {
        if (names.size() != 1 || looksLikeFixMessage()) {
            return Optional.empty();
        }
        String only = names.getFirst();
        // a comma inside one quoted name is rare in a header
        return only.contains("\t") ? Optional.of('\t') : only.contains("|") ? Optional.of('|')
                : only.contains(";") ? Optional.of(';') : only.contains(",") ? Optional.of(',') : Optional.empty();
    }

    /** @return whether the header is a FIX message's start, as a FIX log's first line is (after any prefix) */
    public boolean looksLikeFixMessage() {
        return names.stream().anyMatch(name -> name.contains("8=FIX"));
    }

    /** @return the number of columns */
    public int size() {
        return names.size();
    }

    /**
     * @param candidates names to try in order, compared ignoring case and surrounding blanks; an
     *     empty or blank one names no column (unnamed columns are not names: it found the first of
     *     them, and a key column named by an unset shell variable was that empty column)
     * @return the index of the first column matching one of them
     */
    public Optional<Integer> find(String... candidates) {
        for (String c : candidates) {
            String want = matchForm(c);
            if (want.isEmpty()) {
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                if (matchForm(names.get(i)).equals(want)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @return a name as names are compared: in lower case, without surrounding blanks, the no-break
     *     spaces among them (a spreadsheet's {@code "CUSIP\u00A0"}, which prints as a space, is the
     *     column {@code cusip}), and the characters that print as nothing (a zero-width space U+200B
     *     pasted from a web page, a direction mark)
     */
    private static String matchForm(String name) {
        int from = 0;
        int to = name.length();
        while (from < to && isBlank(name.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(name.charAt(to - 1))) {
            to--;
        }
        return name.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** Blanks, no-break spaces and the characters that print as nothing (a zero-width space, a direction mark). */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || Character.getType(c) == Character.FORMAT;
    }
}
