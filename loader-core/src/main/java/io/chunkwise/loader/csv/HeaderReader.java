package io.chunkwise.loader.csv;

import io.chunkwise.loader.io.BinaryFormats;
import io.chunkwise.loader.io.FileArguments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the header row at the start of a file (after a UTF-8 BOM, Excel's {@code sep=X} line and
 * blank lines).
 *
 * <p>A first line {@code sep=;} (any one character after {@code sep=}, then a line break) is how
 * Excel declares a file's delimiter: it is the delimiter, the header is the next line, and a
 * format's default comma gives way to it ({@link #format(Path, CsvFormat)}); another delimiter
 * given for such a file contradicts it and is refused.
 *
 * <p>Excel's line is the whole first line, {@code sep=X}. A first line that starts with
 * {@code sep=} but is not one is either a header whose first name starts with {@code sep=} (the
 * line holds the delimiter: {@code sep=x,symbol}) or a delimiter line gone wrong ({@code sep=},
 * {@code sep=ab}, a two-byte {@code sep=é}): read as a header, such a line would be a single
 * column named after it and the real header a record, so it is refused instead, naming what
 * follows {@code sep=}.
 */
public final class HeaderReader {
    private static final int FIRST_READ = 64 * 1024;
    /** The longest header row read (a hundred thousand names and more); a longer "header" is not one. */
    private static final int MAX_HEADER = 1 << 20;
    /**
     * Enough bytes for a BOM and a {@code sep=X} line, or to tell a header whose first name starts
     * with {@code sep=} (it holds the delimiter) from a bad {@code sep=} line.
     */
    private static final int SEP_LINE_MAX = 4096;
    /** The most characters of a bad {@code sep=} line shown in its error. */
    private static final int SEP_LINE_SHOWN = 40;

    private HeaderReader() {
    }

    /**
     * @param file the file
     * @param format its dialect
     * @return the header, with unique names
     * @throws CsvParseException when the file is empty, has only blank lines, or the header is
     *     malformed, blank (spaces or tabs only) or repeats a name
     */
    public static CsvHeader read(Path file, CsvFormat format) {
        CsvHeader header = readFirst(file, format);
        if (onlyBlanks(header.names())) {
            // read as a header, a line of spaces is a column named "  ": no key column, and its records all rejected
            throw new CsvParseException(file.toString(), header.line(), header.offset(), "line " + header.line()
                    + " holds only spaces or tabs where the header row belongs: remove it (a file of blank lines,"
                    + " or blank lines before the header?)");
        }
        return header.requireUniqueNames(file.toString());
    }

    /** @return whether every name is blank and one holds a space or tab: a line of blanks, not a header */
    private static boolean onlyBlanks(List<String> names) {
        return names.stream().allMatch(String::isBlank) && names.stream().anyMatch(n -> !n.isEmpty());
    }

    /**
     * The first row as {@link #read(Path, CsvFormat)} finds it, without checking its names: for a
     * reader that decides whether it is a header at all (a header-less file's first row is data,
     * whose values may repeat).
     *
     * @param file the file
     * @param format its dialect
     * @return the first row
     * @throws CsvParseException when the file is empty, has only blank lines, or the row is malformed
     */
    public static CsvHeader readFirst(Path file, CsvFormat format) {
        FileArguments.requireInput(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            String source = file.toString();
            if (size == 0) {
                throw new CsvParseException(source, 1, 0, ch.read(ByteBuffer.allocate(1)) > 0
                        // /proc and /sys make their files' text as it is read, and give their size as 0
                        ? "the file's size is 0, yet it holds text: a file made as it is read (/proc, /sys), read here"
                                + " by its size; copy it to a file first (cp " + source + " m.csv)"
                        : "empty file: expected a header row on line 1");
            }
            int want = (int) Math.min(size, FIRST_READ);
            while (true) {
                byte[] bytes = readPrefix(ch, want);
                boolean eof = bytes.length >= size;
                requireUtf8(source, bytes);
                int bom = leadingMarks(bytes);
                int sepEnd = sepLine(source, bytes, bom, format);
                CsvFormat declared = sepEnd < 0 ? format : declared(source, bytes, bom, format, false);
                CsvScanner scanner = new CsvScanner(declared, source);
                // byte-order marks before the header: after the sep= line (Excel's line put before a UTF-8 export),
                // and more than one (a tool that adds a mark wrote text that had one: '\uFEFFcusip' is no cusip column)
                int headerAt = sepEnd < 0 ? bom : sepEnd;
                while (hasBomAt(bytes, headerAt)) {
                    headerAt += 3;
                }
                if (sepEnd >= 0 && sepLineEnd(bytes, headerAt) >= 0) {
                    // a script that put Excel's line before a file that had it already: the second is no header
                    throw new CsvParseException(source, 2, headerAt, "a second Excel delimiter line 'sep="
                            + CsvHeader.printable(String.valueOf((char) bytes[sepDelimiterAt(bytes, headerAt)]))
                            + "' on line 2, where the header belongs: remove one of the two");
                }
                scanner.reset(MemorySegment.ofArray(bytes), 0, headerAt, sepEnd < 0 ? 1 : 2);
                int status = scanner.next(bytes.length, eof);
                if (status == CsvScanner.RECORD) {
                    CsvRecord r = scanner.record();
                    if (r.nulOffset() >= 0) {
                        // the first line's NULs are named above; these follow a sep= line or blank lines: 'is\0in' is no isin column
                        throw new CsvParseException(source, r.line(), r.nulOffset(),
                                "a NUL byte in the header row: NUL is not text (binary data, or a crashed writer's padding?)");
                    }
                    if (sepEnd < 0 && sepLineEnd(bytes, (int) r.offset()) >= 0) {
                        // read as a header, its one column is no key column, and --delimiter X leaves it one
                        throw new CsvParseException(source, r.line(), r.offset(), "Excel's delimiter line 'sep="
                                + CsvHeader.printable(String.valueOf((char) bytes[sepDelimiterAt(bytes, (int) r.offset())]))
                                + "' on line " + r.line() + ", after blank lines, declares the delimiter only as the"
                                + " first line: remove the blank lines before it");
                    }
                    if (scanner.position() >= size && r.values().stream().anyMatch(HeaderReader::hasBareCr)) {
                        throw new CsvParseException(source, 1, bom, "the only line breaks are bare CR (classic Mac OS): "
                                + "convert them to LF or CRLF, e.g. with tr '\\r' '\\n'");
                    }
                    return new CsvHeader(r.values(), r.line(), r.offset(), scanner.position(), scanner.line(), sepEnd >= 0);
                }
                if (status == CsvScanner.END) {
                    if (sepEnd >= 0) {
                        throw new CsvParseException(source, 2, sepEnd, "no header row after Excel's delimiter line 'sep="
                                + CsvHeader.printable(String.valueOf((char) bytes[sepDelimiterAt(bytes, bom)])) + "' (line 1)");
                    }
                    // named at line 1, where the header was expected, as every other error names its line
                    throw new CsvParseException(source, 1, bom, "no header row: the file has only blank lines");
                }
                if (want >= MAX_HEADER) {
                    // a JSON export or a file without line breaks: named now, not read whole as column names
                    throw new CsvParseException(source, 1, bom, "the header row runs past " + (MAX_HEADER >> 20)
                            + " MiB without ending: not a CSV file with a header row (no line break, or a quote left open?)");
                }
                want = (int) Math.min(size, (long) want * 2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dialect a file is read with: the given one, or the delimiter its {@code sep=X} first
     * line declares instead of the default comma.
     *
     * @param file the file
     * @param format the dialect asked for
     * @return the dialect to read the file with
     * @throws CsvParseException when the format's delimiter is neither a comma nor the declared one,
     *     or the declared one cannot be a delimiter
     */
    public static CsvFormat format(Path file, CsvFormat format) {
        return format(file, format, false);
    }

    /**
     * {@link #format(Path, CsvFormat)}, for a delimiter given on purpose: a comma then contradicts
     * a {@code sep=} line too.
     *
     * @param file the file
     * @param format the dialect asked for
     * @param delimiterGiven whether its delimiter was given on purpose, not a default
     * @return the dialect to read the file with
     * @throws CsvParseException when the delimiter contradicts the file's {@code sep=} line
     */
    public static CsvFormat format(Path file, CsvFormat format, boolean delimiterGiven) {
        FileArguments.requireInput(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = readPrefix(ch, (int) Math.min(ch.size(), SEP_LINE_MAX));
            int bom = leadingMarks(bytes);
            String source = file.toString();
            return sepLine(source, bytes, bom, format) < 0 ? format : declared(source, bytes, bom, format, delimiterGiven);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file the file
     * @return whether it starts with Excel's {@code sep=X} line (after a byte-order mark), which
     *     declares its delimiter
     */
    public static boolean declaresDelimiter(Path file) {
        FileArguments.requireInput(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = readPrefix(ch, (int) Math.min(ch.size(), SEP_LINE_MAX));
            return sepLineEnd(bytes, leadingMarks(bytes)) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return where what follows {@code sep=} (any case) at the start of the line at {@code from}
     *     is, or -1 when the line does not start so; the line may be quoted, {@code "sep=X"}, as a
     *     CSV writer that quotes every field leaves it
     */
    private static int afterSep(byte[] b, int from) {
        int s = from < b.length && b[from] == '"' ? from + 1 : from;
        if (b.length < s + 4 || (b[s] | 0x20) != 's' || (b[s + 1] | 0x20) != 'e' || (b[s + 2] | 0x20) != 'p'
                || b[s + 3] != '=') {
            return -1;
        }
        return s + 4;
    }

    /**
     * @return where the delimiter of Excel's {@code sep=X} line at {@code from} is (its X), or -1
     *     when the file has no such line
     */
    private static int sepDelimiterAt(byte[] b, int from) {
        int x = afterSep(b, from);
        return x < 0 || b.length <= x || b[x] == '\n' || b[x] == '\r' ? -1 : x;
    }

    /**
     * @return {@link #sepLineEnd}: the byte after Excel's {@code sep=X} line at {@code bom}, or -1
     *     when the first line is not one (a header, which may start with {@code sep=} when it holds
     *     the delimiter)
     * @throws CsvParseException when the first line starts with {@code sep=} but is neither
     *     Excel's line nor holds the delimiter (see the class comment)
     */
    private static int sepLine(String source, byte[] b, int bom, CsvFormat format) {
        int end = sepLineEnd(b, bom);
        int x = afterSep(b, bom);
        if (end >= 0 || x < 0) {
            return end;
        }
        int e = x;
        while (e < b.length && b[e] != '\n' && b[e] != '\r') {
            if (b[e] == format.delimiter()) {
                return -1; // a header whose first name starts with sep=, e.g. sep=x,symbol
            }
            e++;
        }
        String line = "'" + CsvHeader.printable(CsvText.decode(Arrays.copyOfRange(b, bom, e)), SEP_LINE_SHOWN) + "'";
        boolean quoted = b[bom] == '"';
        int q = quoted && e > x && b[e - 1] == '"' ? 1 : 0; // a quoted line's closing quote
        String write = ": write one character after sep= (e.g. sep=;) or remove the line (a header row starting with"
                + " sep= holds the delimiter " + shown(format.delimiter()) + ")";
        String why;
        if (quoted && q == 0) {
            why = "has no closing quote" + write;
        } else if (x == e - q) {
            why = "declares no delimiter" + write;
        } else if (e - q - x == 1) {
            why = "ends in a bare CR (a classic Mac OS line break): convert the line breaks to LF or CRLF";
        } else {
            why = "declares '" + CsvHeader.printable(CsvText.decode(Arrays.copyOfRange(b, x, e - q)), SEP_LINE_SHOWN)
                    + "', not one ASCII character" + write;
        }
        throw new CsvParseException(source, 1, bom, "the first line " + line + " (Excel's delimiter line) " + why);
    }

    private static String shown(byte delimiter) {
        return delimiter == '\t' ? "'\\t'" : "'" + (char) delimiter + "'";
    }

    /** @return the byte after Excel's {@code sep=X} line at {@code from} (after its line break), or -1 when there is none */
    private static int sepLineEnd(byte[] b, int from) {
        int x = sepDelimiterAt(b, from);
        if (x < 0) {
            return -1;
        }
        int e = x + 1;
        if (b[from] == '"') {
            if (e >= b.length || b[e] != '"') {
                return -1;
            }
            e++;
        }
        if (e == b.length) {
            return e;
        }
        if (b[e] == '\n') {
            return e + 1;
        }
        int lf = e;
        while (lf < b.length && b[lf] == '\r') {
            lf++; // CRLF, or the \r\r\n of a CRLF file written again in text mode
        }
        return lf > e && lf < b.length && b[lf] == '\n' ? lf + 1 : -1;
    }

    /** @return the dialect the {@code sep=X} line at {@code bom} declares, checked against the one asked for */
    private static CsvFormat declared(String source, byte[] b, int bom, CsvFormat format, boolean delimiterGiven) {
        byte d = b[sepDelimiterAt(b, bom)];
        String line = "'sep=" + CsvHeader.printable(String.valueOf((char) (d & 0xFF))) + "'";
        if (d < 0 || d == format.quote()) {
            throw new CsvParseException(source, 1, bom, "the first line " + line + " (Excel's delimiter line) declares a"
                    + " delimiter that is not one ASCII character other than the quote");
        }
        if (d != format.delimiter() && (delimiterGiven || format.delimiter() != ',')) {
            String named = shown(d);
            String given = shown(format.delimiter());
            throw new CsvParseException(source, 1, bom, "the first line " + line + " (Excel's delimiter line) declares the"
                    + " delimiter " + named + ", but the delimiter given is " + given + ": leave the delimiter unset, or set"
                    + " the delimiter to " + named);
        }
        return new CsvFormat(d, format.quote());
    }

    /**
     * @return whether a value holds a CR not followed by LF: a line break of a classic Mac OS file,
     *     read as data; a CRLF (quoted, in a header that is the file's only line) is not one
     */
    private static boolean hasBareCr(String value) {
        for (int i = value.indexOf('\r'); i >= 0; i = value.indexOf('\r', i + 1)) {
            if (i + 1 == value.length() || value.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses archives and binary files ({@link BinaryFormats}: a compressed master, a workbook, an
     * index given for its CSV), and UTF-16 and UTF-32 text (a spreadsheet's "Unicode Text" export):
     * read as UTF-8, their header is a garble and no column is ever found.
     */
    private static void requireUtf8(String source, byte[] start) {
        String binary = BinaryFormats.describe(start);
        if (binary != null) {
            throw new CsvParseException(source, 1, 0, binary);
        }
        String utf32 = utf32Bom(start);
        if (utf32 != null) {
            // FF FE 00 00 starts with UTF-16's mark: named as UTF-16, iconv -f UTF-16 would leave a NUL after every character
            throw new CsvParseException(source, 1, 0, "UTF-32 text (byte-order mark " + utf32
                    + "); CSV files are read as UTF-8: convert it, e.g. iconv -f UTF-32 -t UTF-8");
        }
        int b0 = start.length > 0 ? start[0] & 0xFF : -1;
        int b1 = start.length > 1 ? start[1] & 0xFF : -1;
        String bom = b0 == 0xFF && b1 == 0xFE ? "FF FE" : b0 == 0xFE && b1 == 0xFF ? "FE FF" : null;
        if (bom != null) {
            throw new CsvParseException(source, 1, 0, "UTF-16 text (byte-order mark " + bom + ")"
                    + "; CSV files are read as UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
        int nul = -1;
        int end = 0;
        for (; end < start.length && start[end] != '\n'; end++) {
            if (start[end] == 0 && nul < 0) {
                nul = end;
            }
        }
        if (nul >= 0) {
            // UTF-16 or UTF-32 text without a mark, named at its start; NUL padding or binary data at its first NUL
            String what = NulStart.describe(start, end, nul);
            throw new CsvParseException(source, 1, what.startsWith("UTF-") ? 0 : nul, what);
        }
    }

    /** @return the UTF-32 byte-order mark {@code start} begins with, as hex, or null */
    private static String utf32Bom(byte[] start) {
        if (start.length < 4) {
            return null;
        }
        int b0 = start[0] & 0xFF;
        int b1 = start[1] & 0xFF;
        int b2 = start[2] & 0xFF;
        int b3 = start[3] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return "FF FE 00 00";
        }
        return b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF ? "00 00 FE FF" : null;
    }

    /** @return whether a UTF-8 byte-order mark starts at {@code at} */
    private static boolean hasBomAt(byte[] b, int at) {
        return at + 3 <= b.length && (b[at] & 0xFF) == 0xEF && (b[at + 1] & 0xFF) == 0xBB && (b[at + 2] & 0xFF) == 0xBF;
    }

    /**
     * @return the bytes of the UTF-8 byte-order marks that start the file: several when a tool that
     *     adds one wrote text that had one, and Excel's {@code sep=} line after them is still its first line
     */
    private static int leadingMarks(byte[] bytes) {
        int at = 0;
        while (hasBomAt(bytes, at)) {
            at += 3;
        }
        return at;
    }

    private static byte[] readPrefix(FileChannel ch, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, buf.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }
}
