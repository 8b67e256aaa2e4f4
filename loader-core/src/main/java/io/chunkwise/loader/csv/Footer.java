package io.chunkwise.loader.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file's footer read as its last record: exchange files end with a line that is no record
 * (NASDAQ Trader's {@code File Creation Time: 1120202617:00|||||||}), rejected for its field count
 * with no word of why. It stays a reject (never dropped in silence); this names it, so the user
 * need not wonder which record of theirs was lost.
 *
 * A footer with as many delimiters as the header ({@code File Creation Time: …|||||||} under eight
 * columns) is read as a record, indexed under its first field: {@link #accepted} names that one.
 *
 * @param line the footer's line, or -1 when it was read as a record (its line is not counted)
 * @param offset its first byte
 * @param text its text for a message: without the empty fields after it, printable, cut when long
 * @param named whether it starts with a known footer phrase; otherwise it is the only reject
 * @param lineBreak whether a line break follows it (without one, it may be a last record cut short)
 * @param rejected whether it was rejected (else it had the header's field count and is a record)
 */
public record Footer(long line, long offset, String text, boolean named, boolean lineBreak, boolean rejected) {
    /** How footers of exchange and vendor files begin (compared ignoring case, at a word's end). */
    private static final List<String> PHRASES = List.of("file creation time", "file created", "record count", "row count",
            "total records", "total rows", "trailer", "end of file", "eof");
    /** The most bytes after the reject's start read: a footer is one short line. */
    private static final int LOOK = 4 << 10;
    private static final int SHOWN = 60;

    /**
     * @param file the file
     * @param format its dialect (for the empty fields a footer ends with)
     * @param last the last reject in file order, or null when none
     * @param rejected how many records were rejected
     * @return the footer, when {@code last} is a field-count reject on the file's last non-blank line
     *     that starts with a known footer phrase, or is the only reject; empty otherwise or when the
     *     file cannot be read
     */
    public static Optional<Footer> of(Path file, CsvFormat format, Reject last, long rejected) {
        if (last == null || !last.fieldCountMismatch()) {
            return Optional.empty();
        }
        byte[] bytes;
        try (FileChannel ch = FileChannel.open(file)) {
            long left = ch.size() - last.offset();
            if (left <= 0 || left > LOOK) {
                return Optional.empty(); // more than a short line after it: not the last line
            }
            bytes = readToEnd(ch, last.offset());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // the counts stand without the note
        }
        int lf = 0;
        while (lf < bytes.length && bytes[lf] != '\n') {
            lf++;
        }
        for (int i = lf; i < bytes.length; i++) {
            if (bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != ' ' && bytes[i] != '\t') {
                return Optional.empty(); // a record after it: not the last line
            }
        }
        int end = lf;
        while (end > 0 && (bytes[end - 1] == '\r' || bytes[end - 1] == format.delimiter() || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8).strip();
        boolean named = startsWithPhrase(text);
        // unnamed, the only reject is a footer only when it has fewer fields than the header (a total, a
        // date): a last row with more is a record with a stray delimiter or line break, not a trailer
        if (!named && (rejected != 1 || last.foundFields() > last.expectedFields())) {
            return Optional.empty();
        }
        return Optional.of(new Footer(last.line(), last.offset(), CsvHeader.printable(text, SHOWN), named, lf < bytes.length,
                true));
    }

    /**
     * @param file the file
     * @param format its dialect
     * @param dataStart where its records start
     * @param last the last reject in file order, or null when none
     * @param rejected how many records were rejected
     * @return the footer rejected as the last record ({@link #of}), or else read as one ({@link #accepted})
     */
    public static Optional<Footer> find(Path file, CsvFormat format, long dataStart, Reject last, long rejected) {
        return of(file, format, last, rejected).or(() -> accepted(file, format, dataStart, last));
    }

    /**
     * A footer read as a record: the file's last non-blank line starts with a known footer phrase
     * and was not rejected. Reads the file's last few KiB only.
     *
     * @param file the file
     * @param format its dialect
     * @param dataStart where its records start (the header is never a footer)
     * @param last the last reject in file order, or null when none
     * @return the footer, or empty when the last line is none (or was rejected: {@link #of}), or the
     *     file cannot be read
     */
    public static Optional<Footer> accepted(Path file, CsvFormat format, long dataStart, Reject last) {
        byte[] bytes;
        long from;
        try (FileChannel ch = FileChannel.open(file)) {
            from = Math.max(dataStart, ch.size() - LOOK);
            bytes = readToEnd(ch, from);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        if (start == 0 && from > dataStart || start == end) {
            return Optional.empty(); // a line longer than the look, or no record at all
        }
        long offset = from + start;
        if (last != null && last.offset() == offset) {
            return Optional.empty(); // rejected: of() says it
        }
        boolean lineBreak = hasLineFeed(bytes, end);
        int textEnd = end;
        while (textEnd > start && (bytes[textEnd - 1] == format.delimiter() || bytes[textEnd - 1] == ' ' || bytes[textEnd - 1] == '\t')) {
            textEnd--;
        }
        String text = new String(bytes, start, textEnd - start, StandardCharsets.UTF_8).strip();
        if (!startsWithPhrase(text) || text.indexOf(format.quote()) >= 0) {
            return Optional.empty(); // a quote: the line may be inside a quoted field
        }
        return Optional.of(new Footer(-1, offset, CsvHeader.printable(text, SHOWN), true, lineBreak, false));
    }

    /** @return the bytes from {@code from} to the end of the file (at most {@link #LOOK}: callers read a tail) */
    private static byte[] readToEnd(FileChannel ch, long from) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.max(0, Math.min(LOOK, ch.size() - from)));
        while (b.hasRemaining() && ch.read(b, from + b.position()) > 0) {
            // to the end of the file
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    private static boolean hasLineFeed(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("\"")) {
            lower = lower.substring(1);
        }
        for (String p : PHRASES) {
            if (lower.startsWith(p) && (lower.length() == p.length() || !Character.isLetterOrDigit(lower.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return e.g. {@code the last line is the file's footer (File Creation Time: 0815201621:32), not a
     *     record: rejected as such}
     */
    public String describe() {
        if (!rejected) {
            return "the last line (byte " + offset + ") looks like the file's footer (" + text + ") but has the header's"
                    + " field count: it is read as a record; remove it, e.g. with sed '$d'";
        }
        if (named) {
            return "the last line is the file's footer (" + text + "), not a record: rejected as such";
        }
        return lineBreak
                ? "the last line, the only reject, looks like the file's footer (" + text + "), not a record: rejected as such"
                : "the last line, the only reject, has no line break after it: the file's footer (" + text
                        + "), or a last record cut short (a copy that stopped early?)";
    }
}
