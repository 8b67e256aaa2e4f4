package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Frames and validates one message at a known {@code 8=FIX}: BeginString first, BodyLength
 * second, MsgType third, the body exactly BodyLength bytes, then {@code 10=NNN} and a delimiter
 * (or a line break, or the end of the input, also after blanks: {@link CheckSumEnd}), and
 * CheckSum equal to the sum of the bytes before {@code 10=} modulo 256, counting a printable
 * delimiter ({@code |}, or the {@code ^}, {@code ;} or {@code ,} the log uses) as SOH.
 *
 * <p>Framing never looks at line breaks: a value may hold SOH, {@code |}, line breaks and
 * {@code 8=FIX}; only a line that starts with {@code 8=FIX} must be inside a data field's value
 * (checked only for a frame holding a line feed). Only when the strict frame fails and the message spans line breaks does the
 * parser try the message with its line breaks removed (logs that wrap long messages); that
 * re-joined message must then pass every check, and may be at most {@value #FOLD_MAX} bytes; when
 * only its CheckSum fails, that is the reason given (its BodyLength is right).
 *
 * <p>One instance per thread; results are in its fields until the next call.
 */
final class FrameParser {
    /** Largest message re-joined from several lines. */
    static final int FOLD_MAX = 64 * 1024;
    private static final int HEADER_MAX = 64;
    /** Values holding a delimiter before digits and = that a CheckSum mismatch is put down to: more is more likely a wrong sum. */
    private static final int MAX_VALUE_DELIMITERS = 3;
    private static final int MSG_TYPE_MAX = 32;
    private static final byte SOH = 1;
    private static final byte LF = '\n';

    /** The log's printable delimiter, accepted beside SOH. */
    final PrintableDelimiter printable;
    private final byte printableByte;

    // The frame of the last message parsed (offsets in `segment`).
    MemorySegment segment;
    long start;
    long bodyStart;
    long msgTypeEnd;
    long bodyEnd;
    long end;
    byte delimiter;
    /** Where the next search starts in the log (differs from {@code end} for a re-joined message). */
    long logEnd;
    boolean folded;

    // Why the last message failed.
    Malformation reason;
    long declared;
    long actual;
    /** For a CheckSum mismatch in a {@code |}-delimited message, its bytes' sum as written; else -1. */
    long asWritten;
    /**
     * For such a mismatch, how many of the delimiters before a tag and {@code =}, counted as
     * written, make the sum match (values' own {@code |}, as in {@code 58=a|2=b}); else 0.
     */
    int valueDelimiters;
    private long failAt;

    private MemorySegment scratch;
    private final FieldCursor dataCursor = new FieldCursor();
    private final NextLineBreak lineBreaks = new NextLineBreak();

    /** @param printable the byte the log writes for SOH, accepted beside it */
    FrameParser(PrintableDelimiter printable) {
        this.printable = printable;
        this.printableByte = printable.value();
    }

    /**
     * @param s the log
     * @param start offset of {@code 8=FIX}
     * @param limit end of the log
     * @return whether a valid message starts there; its frame or failure is in the fields
     */
    boolean parse(MemorySegment s, long start, long limit) {
        if (parseStrict(s, start, limit)) {
            logEnd = end;
            folded = false;
            return true;
        }
        // a re-joined message has at most FOLD_MAX bytes, so its first line break comes before that
        long checkedTo = Math.min(Math.min(limit, Math.max(failAt, start) + 16), start + FOLD_MAX + 16);
        if (!lineBreaks.within(s, start, checkedTo)) {
            return false;
        }
        Malformation strictReason = reason;
        long strictDeclared = declared;
        long strictActual = actual;
        long strictAsWritten = asWritten;
        int strictValueDelimiters = valueDelimiters;
        if (parseFolded(s, start, limit)) {
            return true;
        }
        if (reason == Malformation.CHECKSUM_MISMATCH) {
            return false; // re-joined, its frame is right and only its CheckSum is wrong: say that (the two sums)
        }
        reason = strictReason;
        declared = strictDeclared;
        actual = strictActual;
        asWritten = strictAsWritten;
        valueDelimiters = strictValueDelimiters;
        return false;
    }

    private boolean parseStrict(MemorySegment s, long start, long limit) {
        segment = s;
        this.start = start;
        declared = -1;
        actual = -1;
        asWritten = -1;
        valueDelimiters = 0;
        if (!parseHeader(s, start, limit)) {
            return false;
        }
        bodyEnd = bodyStart + declared;
        if (bodyEnd + 6 > limit) {
            return diagnose(s, limit, Malformation.TRUNCATED);
        }
        if (s.get(BYTE, bodyEnd - 1) != delimiter || s.get(BYTE, bodyEnd) != '1'
                || s.get(BYTE, bodyEnd + 1) != '0' || s.get(BYTE, bodyEnd + 2) != '=') {
            return diagnose(s, limit, Malformation.CHECKSUM_MISSING);
        }
        int d0 = s.get(BYTE, bodyEnd + 3) - '0';
        int d1 = s.get(BYTE, bodyEnd + 4) - '0';
        int d2 = s.get(BYTE, bodyEnd + 5) - '0';
        if ((d0 | d1 | d2) < 0 || d0 > 9 || d1 > 9 || d2 > 9) {
            return fail(Malformation.CHECKSUM_INVALID, bodyEnd + 6);
        }
        long q = bodyEnd + 6;
        end = CheckSumEnd.of(s, q, limit, delimiter);
        if (end < 0) {
            actual = CheckSumEnd.stray(s, q, limit); // named in the reject: a wrapper's ')' or '"' is the usual one
            return fail(Malformation.CHECKSUM_INVALID, q);
        }
        int stated = d0 * 100 + d1 * 10 + d2;
        int summed = checksum(s, start, bodyEnd, delimiter);
        int computed = summed & 0xFF;
        if (stated != computed && delimiter != SOH && stated == fieldDelimitersChecksum(s, start, bodyEnd, delimiter)) {
            computed = stated; // a | inside a value (58=a | b) is the venue's own byte, not an SOH it stands for
        }
        if (stated != computed) {
            declared = stated;
            actual = computed;
            // a venue may sum the | bytes themselves: the detail gives that sum too
            asWritten = delimiter != SOH ? Swar.sumNotingLineFeed(s, start, bodyEnd) & 0xFF : -1;
            valueDelimiters = delimiter != SOH ? valueDelimiters(s, stated) : 0;
            return fail(Malformation.CHECKSUM_MISMATCH, bodyEnd);
        }
        if ((summed & Swar.LINE_FEED) != 0) {
            long next = lineStartingWithFix(s);
            if (next >= 0) {
                actual = next;
                return fail(Malformation.RUNS_INTO_NEXT, next);
            }
        }
        return true;
    }

    /**
     * A message cut by its logger can declare a BodyLength that reaches a later message's CheckSum,
     * and that CheckSum can match (one time in 256): the frame then holds the next message whole.
     * A line of the body that starts with {@code 8=FIX} outside a data field's value (which may hold
     * anything) gives it away. Only called for a frame that holds a line feed.
     *
     * @return the offset of the first such {@code 8=FIX}, or -1
     */
    private long lineStartingWithFix(MemorySegment s) {
        FieldCursor fields = null;
        int lengthTag = 0; // the last field's tag when it is a data field's length, else 0
        long length = -1;
        for (long q = Swar.indexOf(s, bodyStart, bodyEnd, LF); q >= 0; q = Swar.indexOf(s, q + 1, bodyEnd, LF)) {
            long p = q + 1;
            if (p + MessageStarts.PATTERN_LENGTH > bodyEnd || s.get(BYTE, p) != '8' || s.get(BYTE, p + 1) != '='
                    || s.get(BYTE, p + 2) != 'F' || s.get(BYTE, p + 3) != 'I' || s.get(BYTE, p + 4) != 'X') {
                continue;
            }
            if (fields == null) {
                fields = dataCursor.reset(s, bodyStart, bodyEnd + 6, delimiter);
                fields.next();
            }
            // advance to the field holding p, remembering whether the one before it gave a data length
            while (fields.valueEnd() < p) {
                int tag = fields.tag();
                lengthTag = DataFields.dataTagFor(tag) != 0 ? tag : 0;
                length = lengthTag != 0 ? fields.lengthValue() : -1;
                if (!fields.next()) {
                    return -1;
                }
            }
            boolean inData = lengthTag != 0 && fields.tag() == DataFields.dataTagFor(lengthTag)
                    && fields.valueLength() == length && fields.valueStart() <= p;
            if (!inData) {
                return p;
            }
        }
        return -1;
    }

    /** Parses {@code 8=…|9=…|35=…|}; sets delimiter, declared (BodyLength), bodyStart, msgTypeEnd. */
    private boolean parseHeader(MemorySegment s, long start, long limit) {
        long p = start + MessageStarts.PATTERN_LENGTH;
        boolean transport = at(s, p, limit) == 'T';
        if (transport) {
            p++;
        }
        if (at(s, p, limit) != '.' || !isDigit(at(s, p + 1, limit)) || at(s, p + 2, limit) != '.'
                || !isDigit(at(s, p + 3, limit))) {
            return failEarly(s, p, limit, Malformation.BEGIN_STRING);
        }
        p += 4;
        // FIX.5.0SP2: tools and engines outside FIXT write the service pack into BeginString
        if (!transport && at(s, p, limit) == 'S' && at(s, p + 1, limit) == 'P' && isDigit(at(s, p + 2, limit))) {
            p += 3;
        }
        int c = at(s, p, limit);
        if (c != SOH && c != printableByte) {
            return fail(c < 0 ? Malformation.TRUNCATED : Malformation.BEGIN_STRING, p);
        }
        delimiter = (byte) c;
        p++;
        if (at(s, p, limit) != '9' || at(s, p + 1, limit) != '=') {
            return failEarly(s, p, limit, Malformation.BODY_LENGTH_MISSING);
        }
        p += 2;
        long length = 0;
        int digits = 0;
        while (isDigit(c = at(s, p, limit))) {
            length = length * 10 + (c - '0');
            p++;
            if (++digits > 9) {
                return fail(Malformation.BODY_LENGTH_INVALID, p);
            }
        }
        if (c < 0) {
            return fail(Malformation.TRUNCATED, p);
        }
        if (digits == 0 || c != delimiter) {
            return fail(Malformation.BODY_LENGTH_INVALID, p);
        }
        declared = length;
        bodyStart = p + 1;
        p = bodyStart;
        if (at(s, p, limit) != '3' || at(s, p + 1, limit) != '5' || at(s, p + 2, limit) != '=') {
            return failEarly(s, p, limit, Malformation.MSG_TYPE_MISSING);
        }
        p += 3;
        long typeStart = p;
        long typeLimit = Math.min(limit, typeStart + MSG_TYPE_MAX);
        while (p < typeLimit && s.get(BYTE, p) != delimiter) {
            p++;
        }
        if (p == typeLimit) {
            return fail(typeLimit == limit ? Malformation.TRUNCATED : Malformation.MSG_TYPE_MISSING, p);
        }
        if (p == typeStart) {
            return fail(Malformation.MSG_TYPE_MISSING, p);
        }
        msgTypeEnd = p;
        return true;
    }

    /**
     * The frame is not where BodyLength says: look for a CheckSum field before the next message
     * to tell a wrong BodyLength from a missing CheckSum or a truncated message.
     */
    private boolean diagnose(MemorySegment s, long limit, Malformation otherwise) {
        long next = MessageStarts.find(s, start + 1, limit, limit, printableByte);
        long stop = next < 0 ? limit : next;
        long p = msgTypeEnd;
        while (p >= 0 && p + 7 <= stop) {
            if (s.get(BYTE, p + 1) == '1' && s.get(BYTE, p + 2) == '0' && s.get(BYTE, p + 3) == '='
                    && isDigit(s.get(BYTE, p + 4)) && isDigit(s.get(BYTE, p + 5)) && isDigit(s.get(BYTE, p + 6))) {
                actual = p + 1 - bodyStart;
                return fail(Malformation.BODY_LENGTH_MISMATCH, Math.min(limit, bodyEnd + 7));
            }
            p = Swar.indexOf(s, p + 1, stop, delimiter);
        }
        Malformation why = otherwise == Malformation.TRUNCATED && next >= 0 ? Malformation.CHECKSUM_MISSING : otherwise;
        if (why == Malformation.CHECKSUM_MISSING) {
            long other = checkSumAfter(s, delimiter == SOH ? printableByte : SOH, stop);
            if (other >= 0) {
                actual = other;
                return fail(Malformation.DELIMITER_CHANGES, Math.min(limit, bodyEnd + 7));
            }
        }
        if (why == Malformation.TRUNCATED && cutInCheckSum(s, limit)) {
            actual = declared; // every body byte is there: say so, not that BodyLength runs past the end
        }
        return fail(why, Math.min(limit, bodyEnd + 7));
    }

    /**
     * Looks, for a message already found malformed, for a CheckSum field after the delimiter it
     * does not use: SOH and the printable delimiter mixed in one message (a log written by two writers).
     *
     * @return the offset of that {@code 10=} before {@code stop}, or -1
     */
    private long checkSumAfter(MemorySegment s, byte other, long stop) {
        for (long p = Swar.indexOf(s, msgTypeEnd, stop, other); p >= 0 && p + 7 <= stop; p = Swar.indexOf(s, p + 1, stop, other)) {
            if (s.get(BYTE, p + 1) == '1' && s.get(BYTE, p + 2) == '0' && s.get(BYTE, p + 3) == '='
                    && isDigit(s.get(BYTE, p + 4)) && isDigit(s.get(BYTE, p + 5)) && isDigit(s.get(BYTE, p + 6))) {
                return p + 1;
            }
        }
        return -1;
    }

    /**
     * @return whether the input ends inside the CheckSum field after the whole body: after it, only
     *     a beginning of {@code 10=NNN} and then line breaks or blanks
     */
    private boolean cutInCheckSum(MemorySegment s, long limit) {
        if (bodyEnd > limit || s.get(BYTE, bodyEnd - 1) != delimiter) {
            return false;
        }
        long p = bodyEnd;
        for (int i = 0; i < 5 && p < limit; i++, p++) {
            int c = s.get(BYTE, p);
            if (i == 0 ? c != '1' : i == 1 ? c != '0' : i == 2 ? c != '=' : !isDigit(c)) {
                break;
            }
        }
        for (; p < limit; p++) {
            byte c = s.get(BYTE, p);
            if (c != '\r' && c != '\n' && !CheckSumEnd.isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The strict frame failed across line breaks: re-join the lines and check again. A wrapped
     * message ends before the next {@code 8=FIX}: re-joining past it would copy up to
     * {@value #FOLD_MAX} bytes for every garbled header that claims a long body (a log of them
     * took time quadratic in its size); so a wrapped message whose data holds {@code 8=FIX} is
     * not re-joined.
     */
    private boolean parseFolded(MemorySegment s, long start, long logLimit) {
        if (scratch == null) {
            scratch = Arena.ofAuto().allocate(FOLD_MAX + 8);
        }
        long next = MessageStarts.find(s, start + 1, Math.min(logLimit, start + FOLD_MAX + FOLD_MAX), logLimit, printableByte);
        long limit = next < 0 ? logLimit : next;
        int n = fold(s, start, limit, HEADER_MAX);
        if (!parseHeader(scratch, 0, n) || declared > FOLD_MAX) {
            return false;
        }
        long need = bodyStart + declared + 6;
        if (need > FOLD_MAX) {
            return false;
        }
        long src = start;
        n = 0;
        while (n < need && src < limit) {
            byte b = s.get(BYTE, src++);
            if (b != '\r' && b != '\n') {
                scratch.set(BYTE, n++, b);
            }
        }
        if (src < limit && n == need) {
            byte t = s.get(BYTE, src);
            if (t == delimiter) {
                scratch.set(BYTE, n++, t);
                src++;
            } else if (CheckSumEnd.of(s, src, limit, delimiter) < 0) {
                return false; // no end after the CheckSum in the log: the strict frame's failure stands
            }
        }
        if (!parseStrict(scratch, 0, n)) {
            return false;
        }
        logEnd = src;
        folded = true;
        return true;
    }

    private int fold(MemorySegment s, long start, long limit, int max) {
        int n = 0;
        long src = start;
        while (n < max && src < limit) {
            byte b = s.get(BYTE, src++);
            if (b != '\r' && b != '\n') {
                scratch.set(BYTE, n++, b);
            }
        }
        return n;
    }

    private boolean failEarly(MemorySegment s, long p, long limit, Malformation why) {
        for (long i = p; i < p + 4; i++) {
            if (at(s, i, limit) < 0) {
                return fail(Malformation.TRUNCATED, i);
            }
        }
        return fail(why, p);
    }

    private boolean fail(Malformation why, long at) {
        reason = why;
        failAt = at;
        return false;
    }

    /**
     * @return the FIX CheckSum of {@code [from, to)}: the byte sum modulo 256, each printable
     *     delimiter counted as SOH when the message is delimited by one; plus {@link Swar#LINE_FEED}
     *     when the range holds a line feed
     */
    static int checksum(MemorySegment s, long from, long to, byte delimiter) {
        int sum = Swar.sumNotingLineFeed(s, from, to);
        if (delimiter != SOH) {
            long delimiters = Swar.count(s, from, to, delimiter);
            sum = (int) ((sum - delimiters * (delimiter - SOH)) & 0xFF) | sum & Swar.LINE_FEED;
        }
        return sum;
    }

    /**
     * @return the CheckSum of {@code [from, to)}, delimited by a printable byte, with only the ones
     *     that delimit a field (a tag and {@code =} follow, as {@code 10=} follows the last) counted
     *     as SOH: a value may hold the byte ({@code 58=a, b}); called on a mismatch only, so a valid
     *     message costs nothing more
     */
    static int fieldDelimitersChecksum(MemorySegment s, long from, long to, byte delimiter) {
        long sum = Swar.sumNotingLineFeed(s, from, to) & 0xFF;
        for (long p = Swar.indexOf(s, from, to, delimiter); p >= 0; p = Swar.indexOf(s, p + 1, to, delimiter)) {
            long q = p + 1;
            while (q < to + 2 && isDigit(s.get(BYTE, q))) {
                q++; // the frame holds 10=NNN after to, so to + 2 is readable
            }
            if (q > p + 1 && s.get(BYTE, q) == '=') {
                sum -= delimiter - SOH;
            }
        }
        return (int) (sum & 0xFF);
    }

    /**
     * A value may hold the printable delimiter followed by digits and {@code =} ({@code 58=a|2=b}):
     * it then reads as a field's start, and counting it as SOH misses the venue's sum by one
     * delimiter's difference. Which one is a value's own cannot be told (each gives the same sum),
     * so the message stays malformed; its detail says how many would match. Called on a mismatch only.
     *
     * @return the fewest delimiters before a tag, between MsgType and CheckSum, that counted as
     *     written make the sum {@code stated}, up to {@value #MAX_VALUE_DELIMITERS}; 0 when none
     */
    private int valueDelimiters(MemorySegment s, int stated) {
        int sum = fieldDelimitersChecksum(s, start, bodyEnd, delimiter);
        int candidates = 0;
        for (long p = Swar.indexOf(s, msgTypeEnd + 1, bodyEnd - 1, delimiter); p >= 0;
                p = Swar.indexOf(s, p + 1, bodyEnd - 1, delimiter)) {
            long q = p + 1;
            while (q < bodyEnd + 2 && isDigit(s.get(BYTE, q))) {
                q++;
            }
            candidates += q > p + 1 && s.get(BYTE, q) == '=' ? 1 : 0;
        }
        for (int k = 1; k <= Math.min(candidates, MAX_VALUE_DELIMITERS); k++) {
            if (((sum + k * (delimiter - SOH)) & 0xFF) == stated) {
                return k;
            }
        }
        return 0;
    }

    private static int at(MemorySegment s, long p, long limit) {
        return p < limit ? s.get(BYTE, p) & 0xFF : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a range holds a line break, remembering the next line break found: the messages of a
     * chunk are parsed in log order, so each byte is searched once. Searching each failed message's
     * whole claimed length anew made a log of garbled headers with large BodyLengths quadratic
     * (4 MiB of them took 55 s).
     */
    private static final class NextLineBreak {
        private MemorySegment segment;
        /** Searched from here... */
        private long from = Long.MAX_VALUE;
        /** ...up to here (exclusive) when none was found... */
        private long to;
        /** ...or the first line break at or after {@code from}; -1 when none in {@code [from, to)}. */
        private long at = -1;

        boolean within(MemorySegment s, long start, long end) {
            if (s != segment || start < from || at >= 0 && at < start) {
                segment = s;
                from = start;
                to = start;
                at = -1;
            }
            if (at < 0 && to < end) {
                at = Swar.indexOfLineBreak(s, to, end);
                to = end;
            }
            return at >= 0 && at < end;
        }
    }
}
