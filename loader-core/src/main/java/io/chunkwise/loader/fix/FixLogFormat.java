package io.chunkwise.loader.fix;

import io.chunkwise.loader.io.BinaryFormats;
import io.chunkwise.loader.io.FileErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Refuses, before a scan, a log that would scan to "no message" and so pass for a clean one: a
 * compressed or archived log (rotated FIX logs are usually gzipped), UTF-16 or UTF-32 text,
 * whose every {@code 8=FIX} is spread over two or four bytes a character (named with its byte
 * order when it has no mark), and any other binary file (a NUL byte and no {@code 8=FIX} in its
 * first bytes). Names, without refusing it, a log that would scan wrongly for a reason the user
 * can fix in one command (bare CR line breaks, SOH spelled {@code ^A} or {@code <SOH>}, or turned
 * into a space or tab). Finds the delimiter of a log whose messages are delimited by {@code ^},
 * {@code ;} or {@code ,} ({@link DelimiterDetection}), to scan it with. The checks read the first
 * few KiB; those of how its messages are written read its first messages, wherever a banner, a
 * log4j header or stack traces leave them within its first {@value #START_LOOK} bytes (a start
 * is looked for block by block), and the delimiter's {@value #DELIMITER_LOOK} bytes from there (a
 * line that long is no obstacle: they start at the message).
 */
public final class FixLogFormat {
    /** How far a UTF-16 or UTF-32 {@code 8=FIX} is looked for. */
    private static final int LOOK = 4096;
    /** How far the messages' delimiter is looked for, from the first message's line. */
    private static final int DELIMITER_LOOK = 64 * 1024;
    /**
     * How far the first message start is looked for: past any banner, log4j header or stack trace
     * a log begins with, yet bounded, so a large file with no FIX at all is not read twice.
     */
    static final long START_LOOK = 256L << 20;
    private static final int SEARCH_BLOCK = 1 << 20;
    /** Bytes a message start's {@code 8=FIX}, version, delimiter and {@code 9=} fit in. */
    private static final int START_MAX = 32;
    /** A message's start, {@code 8=FIX}. */
    static final byte[] BEGIN = {'8', '=', 'F', 'I', 'X'};
    private static final byte[] NUL = {0};
    private static final byte SOH = 1;
    /**
     * SOH as text, each with the sed command that converts it back: as {@code cat -v} prints it, as
     * log viewers and FIX tools print it (a tag, a C or Java escape, Unicode's symbol for it).
     */
    private static final String[][] SOH_SPELLINGS = {{"^A", "\\^A"}, {"<SOH>", "<SOH>"}, {"[SOH]", "\\[SOH\\]"},
        {"\\x01", "\\\\x01"}, {"\\001", "\\\\001"}, {"\\u0001", "\\\\u0001"}, {"\u2401", "\u2401"}};
    private static final byte[] BODY_LENGTH_TAG = {'9', '='};
    private static final byte[] CHECKSUM_TAG = {'1', '0', '='};

    private FixLogFormat() {
    }

    /**
     * @param log the log
     * @return notices for the user: when its lines end in a bare CR (no LF in its first bytes),
     *     since line numbers and the lost-start rule count LF line breaks, when it spells SOH
     *     as text ({@code ^A}, {@code <SOH>}, {@code \x01}…) or as a space or tab, and when its
     *     messages are delimited by {@code ^}, {@code ;} or {@code ,} ({@link #inspect}); else empty
     * @throws FixLogFormatException when it is an archive, compressed, UTF-16 or UTF-32 text or
     *     binary, or when its first messages are delimited by two of {@code ^ ; ,}
     * @throws UncheckedIOException when it cannot be read (missing, a directory, no permission)
     */
    public static List<String> requireText(Path log) {
        return inspect(log).notices();
    }

    /**
     * {@link #requireText(Path)}, and the delimiter to scan the log with: {@code ^}, {@code ;} or
     * {@code ,} when its first messages are delimited by one (said in a notice), else {@code |}.
     *
     * @param log the log
     * @return the notices and the delimiter
     * @throws FixLogFormatException when it is an archive, compressed, UTF-16 or UTF-32 text or
     *     binary, or when its first messages are delimited by two of {@code ^ ; ,}
     * @throws UncheckedIOException when it cannot be read (missing, a directory, no permission)
     */
    public static LogInspection inspect(Path log) {
        String source = log.toString();
        byte[] sample;
        long base = 0;
        long written;
        Start first;
        byte[] region = null;
        try (FileChannel ch = FileChannel.open(log)) {
            // the NULs that end a preallocated log are space not yet written: no sign of a binary file
            written = UnwrittenSpace.start(ch, ch.size());
            sample = read(ch, 0, DELIMITER_LOOK);
            if (written > 0 && sample.length >= LOOK && allNul(Arrays.copyOf(sample, LOOK))) {
                // a hole at its head (logrotate copytruncate while the writer keeps its offset, a
                // zeroed first block): its first bytes are those after it, when they start messages
                long at = firstNonNul(ch, LOOK);
                byte[] after = at < 0 ? new byte[0] : read(ch, at, DELIMITER_LOOK);
                if (indexOf(Arrays.copyOf(after, Math.min(LOOK, after.length)), BEGIN, 0) >= 0) {
                    sample = after;
                    base = at;
                }
            }
            // its first messages, wherever a banner, a log4j header or stack traces leave them
            first = firstStart(ch, base, Math.min(written, base + START_LOOK));
            if (first != null) {
                region = read(ch, first.offset(), (int) Math.min(DELIMITER_LOOK, written - first.offset()));
            }
        } catch (IOException e) {
            // a NoSuchFileException's message is only the path: said as the other readers say it
            throw new UncheckedIOException("cannot read " + log + ": " + FileErrors.reason(e), e);
        }
        byte[] head = Arrays.copyOf(sample, Math.min(LOOK, sample.length));
        // a message start further on makes a NUL in the first bytes a hole in a log's banner, named by the scan
        List<String> notices = new ArrayList<>(requireText(source, head, head.length < LOOK, written - base, first != null));
        if (first == null) {
            return new LogInspection(notices, PrintableDelimiter.PIPE);
        }
        if (first.offset() >= base + head.length) {
            // past the first bytes the checks above read: SOH spelt as text is looked for in its first messages
            notices.addAll(spelledSoh(source, Arrays.copyOf(region, Math.min(LOOK, region.length))));
        }
        DelimiterDetection.Found found = DelimiterDetection.detect(source, region, first.offset(), first.line());
        if (found == null) {
            return new LogInspection(notices, PrintableDelimiter.PIPE);
        }
        String d = found.delimiter().text();
        notices.addFirst(log + ": its messages are delimited by '" + d + "', not SOH or | (" + found.beginString() + d
                + "9=… at line " + found.line() + ", byte " + found.offset() + "): scanned so, each '" + d
                + "' that delimits a field counted as the SOH it stands for in BodyLength and CheckSum");
        return new LogInspection(notices, found.delimiter());
    }

    /**
     * Finds a FIX message's start in any file (one given as a CSV master, say) as {@link #inspect}
     * finds a log's first: within its first {@value #START_LOOK} bytes, past a banner of any length.
     *
     * @param file the file
     * @return the line (from 1) of the first message start, or empty when none starts there
     * @throws UncheckedIOException when it cannot be read
     */
    public static OptionalLong firstMessageLine(Path file) {
        try (FileChannel ch = FileChannel.open(file)) {
            Start first = firstStart(ch, 0, Math.min(ch.size(), START_LOOK));
            return first == null ? OptionalLong.empty() : OptionalLong.of(first.line());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + FileErrors.reason(e), e);
        }
    }

    /**
     * Where a log's first message starts.
     *
     * @param offset the byte of its {@code 8=FIX}
     * @param line its line, from 1
     */
    private record Start(long offset, long line) {
    }

    /**
     * Finds the first message start in {@code [from, to)}: {@code 8=FIX}, a version, then a
     * delimiter (SOH, one of {@code | ^ ; ,}, a space or a tab, or SOH spelt as text) and
     * {@code 9=}; block by block, so a banner of any length before it costs a read, not memory.
     *
     * @return the start, or null when none starts there
     */
    private static Start firstStart(FileChannel ch, long from, long to) throws IOException {
        long line = 1;
        for (long at = from; at < to; at += SEARCH_BLOCK) {
            int examined = (int) Math.min(SEARCH_BLOCK, to - at);
            // a start near the block's end is read whole from the bytes after it
            byte[] block = read(ch, at, examined + START_MAX);
            MemorySegment bytes = MemorySegment.ofArray(block);
            examined = Math.min(examined, block.length);
            for (int p = 0; p < examined;) {
                int i = (int) Swar.indexOf(bytes, p, examined, (byte) '8');
                int stop = i < 0 ? examined : i;
                line += Swar.count(bytes, p, stop, (byte) '\n');
                if (i < 0) {
                    break;
                }
                if (isStartAt(block, i)) {
                    return new Start(at + i, line);
                }
                p = i + 1;
            }
        }
        return null;
    }

    /** @return whether a message start, by {@link #firstStart}'s measure, is at {@code i} */
    private static boolean isStartAt(byte[] b, int i) {
        if (!at(b, BEGIN, i)) {
            return false;
        }
        int j = afterVersion(b, i + BEGIN.length);
        if (j == i + BEGIN.length || j - i > START_MAX / 2 || j >= b.length) {
            return false;
        }
        byte d = b[j];
        if ((d == SOH || d == ' ' || d == '\t' || PrintableDelimiter.of(d) != null) && at(b, BODY_LENGTH_TAG, j + 1)) {
            return true;
        }
        for (String[] spelling : SOH_SPELLINGS) {
            byte[] text = spelling[0].getBytes(StandardCharsets.UTF_8);
            if (at(b, text, j) && at(b, BODY_LENGTH_TAG, j + text.length)) {
                return true;
            }
        }
        return false;
    }

    /** @return up to {@code length} bytes of {@code ch} from {@code at} */
    private static byte[] read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining() && ch.read(b, at + b.position()) >= 0) {
            // a short read is not the end of the file
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    private static boolean allNul(byte[] bytes) {
        for (byte x : bytes) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the offset of the first byte other than NUL at or after {@code from}, or -1 when none */
    private static long firstNonNul(FileChannel ch, long from) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (long at = from;;) {
            b.clear();
            int n = ch.read(b, at);
            if (n < 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) != 0) {
                    return at + i;
                }
            }
            at += n;
        }
    }

    /**
     * A log whose lines end in bare CR (classic Mac OS line breaks, no LF in its first bytes) is
     * still framed by BodyLength, but line numbers and the lost-start rule count LF line breaks:
     * its every message is on line 1, and a message whose start was lost is not found. Said, not
     * refused: its messages are all checked. A log that spells SOH as text, such as {@code ^A}
     * ({@code 8=FIX.4.4^A9=…}, a log saved through {@code cat -v} or a log viewer) or {@code <SOH>}, has no message
     * at all: every one is malformed (BEGIN_STRING), which is right but gives no hint, so it is
     * named too.
     *
     * @param source the log's name, for the message
     * @param head the log's first bytes (a few KiB)
     * @param whole whether {@code head} is the whole log
     * @return a notice when the log's lines end in bare CR, one when it spells SOH as text, one when
     *     it turned SOH into a space or tab; else none
     * @throws FixLogFormatException when it is an archive, compressed, UTF-16 or UTF-32 text or binary
     */
    static List<String> requireText(String source, byte[] head, boolean whole) {
        return requireText(source, head, whole, Long.MAX_VALUE, false);
    }

    /**
     * {@link #requireText(String, byte[], boolean)} for a log whose NUL bytes from {@code written}
     * on are space not yet written ({@link UnwrittenSpace}): no sign of a binary file, unless the
     * log holds nothing else; nor is a NUL in its first bytes when {@code startFound}, a message
     * start after them (a hole a crash left in a start-up banner, the log appended to after it).
     */
    private static List<String> requireText(String source, byte[] head, boolean whole, long written, boolean startFound) {
        String binary = BinaryFormats.describe(head, "a FIX log");
        if (binary != null) {
            throw new FixLogFormatException(source, 0, binary);
        }
        FixLogFormatException wide = WideText.describe(source, head);
        if (wide != null) {
            throw wide;
        }
        if (!startFound) {
            requireNoBinary(source, head, whole, written);
        }
        List<String> notices = new ArrayList<>(2);
        if (bareCarriageReturns(head, whole)) {
            notices.add(source + ": its lines end in a bare CR (a classic Mac OS"
                    + " line break); line numbers and the lost-start rule (CHECKSUM_WITHOUT_START) count LF line breaks, so"
                    + " every message is on line 1 and a message whose start was lost is not found: convert the line breaks"
                    + " to LF, e.g. tr '\\r' '\\n'");
        }
        notices.addAll(spelledSoh(source, head));
        return notices;
    }

    /**
     * @param head the bytes of a log's first messages (a few KiB)
     * @return a notice when they spell SOH as text, one when they turned it into a space or tab; else none
     */
    private static List<String> spelledSoh(String source, byte[] head) {
        List<String> notices = new ArrayList<>(1);
        String[] spelling = sohSpelling(head);
        if (spelling != null) {
            notices.add(source + ": the log spells SOH as the text " + spelling[0] + " (8=FIX.4.4" + spelling[0]
                    + "9=…, as cat -v or a log viewer prints it), so no message in it is well-formed: convert it, e.g. sed 's/"
                    + spelling[1] + "/\\x01/g'");
        }
        Byte blank = blankSeparator(head);
        if (blank != null) {
            String name = blank == '\t' ? "tab" : "space";
            String typed = blank == '\t' ? "\\t" : " ";
            notices.add(source + ": the log separates its fields by a " + name + " (8=FIX.4.4" + typed + "9=…), so no"
                    + " message in it is well-formed; values may hold a " + name + " too, so convert it with care, e.g. sed -E 's/"
                    + typed + "([0-9]+=)/\\x01\\1/g' (which also splits a value holding a " + name + " before digits and =)");
        }
        return notices;
    }

    /**
     * A NUL byte is in no text log, and RawData (96) that holds one comes after an {@code 8=FIX}:
     * a file with a NUL and no message start in its first bytes (an image, a database file, a
     * capture in a binary format) would scan to "no message" and end as a clean run.
     */
    private static void requireNoBinary(String source, byte[] head, boolean whole, long written) {
        int nul = indexOf(head, NUL, 0);
        // NULs that end the log are space a preallocating appender has not written yet, unless nothing else is there
        if (nul >= 0 && (nul < written || written == 0) && indexOf(head, BEGIN, 0) < 0) {
            int line = 1;
            for (int i = 0; i < nul; i++) {
                line += head[i] == '\n' ? 1 : 0;
            }
            String what = written == 0 ? "only NUL bytes: nothing written yet, so no FIX log to check (a zeroed file, or the"
                    + " space a preallocating appender such as log4j2's MemoryMappedFileAppender reserves before its first message)"
                    : "a NUL byte, and no 8=FIX in its " + (whole ? "" : "first ") + head.length + " bytes: a binary file, not a FIX log";
            throw new FixLogFormatException(source, line, nul, what);
        }
    }

    /**
     * @return the spelling of SOH and its sed pattern when a message start in {@code head} is
     *     followed, after its BeginString, by SOH spelled as text and {@code 9=}, and no start there
     *     by SOH or {@code |}; else null
     */
    private static String[] sohSpelling(byte[] head) {
        if (hasDelimitedStart(head)) {
            // a spelt start is a value's text (a Reject's 58 quoting the message) or one stray line:
            // the notice's "no message is well-formed" would be false, and its sed would alter the values
            return null;
        }
        for (int i = indexOf(head, BEGIN, 0); i >= 0; i = indexOf(head, BEGIN, i + 1)) {
            int j = afterVersion(head, i + BEGIN.length);
            for (String[] spelling : SOH_SPELLINGS) {
                byte[] text = spelling[0].getBytes(StandardCharsets.UTF_8);
                if (at(head, text, j) && at(head, BODY_LENGTH_TAG, j + text.length)) {
                    return spelling;
                }
            }
        }
        return null;
    }

    /**
     * @return the space or tab that follows a message start's BeginString in {@code head}, before
     *     {@code 9=} (a log printed with its SOH turned into blanks), when no start there is followed
     *     by SOH or {@code |}; else null
     */
    private static Byte blankSeparator(byte[] head) {
        Byte blank = null;
        for (int i = indexOf(head, BEGIN, 0); i >= 0; i = indexOf(head, BEGIN, i + 1)) {
            if (i > 0 && head[i - 1] >= '0' && head[i - 1] <= '9') {
                continue; // a value's text: 58=FIX.4.4 …
            }
            int j = afterVersion(head, i + BEGIN.length);
            if (j + 2 >= head.length || head[j + 1] != '9' || head[j + 2] != '=') {
                continue;
            }
            if (head[j] == SOH || head[j] == '|') {
                return null; // the log's messages are delimited: a blank start is a value's or a prefix's text
            }
            if (blank == null && (head[j] == ' ' || head[j] == '\t')) {
                blank = head[j];
            }
        }
        return blank;
    }

    /** @return whether a message start in {@code head} is followed, after its BeginString, by SOH or {@code |} and {@code 9=} */
    private static boolean hasDelimitedStart(byte[] head) {
        for (int i = indexOf(head, BEGIN, 0); i >= 0; i = indexOf(head, BEGIN, i + 1)) {
            int j = afterVersion(head, i + BEGIN.length);
            if (j + 2 < head.length && (head[j] == SOH || head[j] == '|') && head[j + 1] == '9' && head[j + 2] == '=') {
                return true;
            }
        }
        return false;
    }

    /** @return the index after the version letters, digits and dots that follow {@code 8=FIX} at {@code from} */
    private static int afterVersion(byte[] head, int from) {
        int j = from;
        while (j < head.length && (head[j] == '.' || head[j] >= '0' && head[j] <= '9' || head[j] >= 'A' && head[j] <= 'Z')) {
            j++;
        }
        return j;
    }

    /**
     * @return whether {@code head} holds no LF and a CR known not to start a CR LF, outside a message
     *     (a CR between a message's {@code 8=FIX} and its CheckSum is a value's, such as a text's
     *     in a first message longer than {@code head})
     */
    private static boolean bareCarriageReturns(byte[] head, boolean whole) {
        boolean cr = false;
        boolean inMessage = false;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                return false;
            }
            if (at(head, BEGIN, i)) {
                inMessage = true;
            } else if (inMessage && isCheckSum(head, i)) {
                inMessage = false;
            }
            cr |= head[i] == '\r' && !inMessage && (i + 1 < head.length || whole);
        }
        return cr;
    }

    /** @return whether {@code 10=} and three digits start at {@code i}, not after another digit */
    private static boolean isCheckSum(byte[] head, int i) {
        return at(head, CHECKSUM_TAG, i) && (i == 0 || head[i - 1] < '0' || head[i - 1] > '9') && i + 5 < head.length
                && isDigit(head[i + 3]) && isDigit(head[i + 4]) && isDigit(head[i + 5]);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** @return whether {@code pattern} is in {@code head} at {@code from} (not searched for after it) */
    private static boolean at(byte[] head, byte[] pattern, int from) {
        return from >= 0 && from + pattern.length <= head.length
                && Arrays.equals(head, from, from + pattern.length, pattern, 0, pattern.length);
    }

    /** @return the first index at or after {@code from} where {@code pattern} starts, or -1 */
    static int indexOf(byte[] head, byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= head.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (head[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
