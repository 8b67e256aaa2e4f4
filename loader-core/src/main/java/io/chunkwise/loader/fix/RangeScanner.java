package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;

/**
 * The serial scan of one chunk: from a position, every attempt whose {@code 8=FIX} lies before
 * the chunk's end. A valid message is skipped whole (its values may hold {@code 8=FIX}); after a
 * malformed one the search resumes one byte after its start, so it never swallows the next.
 * The path depends only on where it starts: two scans that try the same start agree from there.
 *
 * <p>The bytes after each attempt, up to the next one (past the chunk's end if need be: they
 * belong to the scan of the attempt before them, and only to it), are searched for a CheckSum
 * trailer on a line with no {@code 8=FIX} before it: the end of a message whose start was lost
 * ({@link Malformation#CHECKSUM_WITHOUT_START}). Only those bytes are read — a line break or a log
 * prefix between messages, never a valid message's body. The bytes before the log's first attempt
 * belong to the scan that starts at byte 0.
 */
final class RangeScanner {
    /**
     * The fewest bytes that hold a CheckSum trailer, {@code 10=NNN}: the usual bytes between two
     * messages (a line break) are not searched at all.
     */
    private static final int SHORTEST_TRAILER = 6;
    private final MemorySegment log;
    private final long limit;
    private final FrameParser parser = new FrameParser();
    private final FixMessage message = new FixMessage();

    long firstAttempt;
    long exit;
    long messages;
    long malformed;
    long newlines;

    RangeScanner(MemorySegment log) {
        this.log = log;
        this.limit = log.byteSize();
    }

    /**
     * @param from where the search starts ({@code chunkStart <= from})
     * @param chunkStart the chunk's first byte (base of line indexes)
     * @param chunkEnd attempts start before this offset
     * @param countLines whether to count the chunk's line breaks (for later chunks' line numbers)
     * @param handler receives messages and malformed messages
     */
    void scan(long from, long chunkStart, long chunkEnd, boolean countLines, FixHandler handler) {
        LineCounter lines = new LineCounter(log, chunkStart);
        long pos = from;
        firstAttempt = -1;
        messages = 0;
        malformed = 0;
        long gap = from == 0 ? 0 : -1; // where the bytes after the last attempt start (-1: not this scan's)
        boolean afterAttempt = false;
        while (true) {
            long s = MessageStarts.find(log, pos, chunkEnd, limit);
            if (s < 0) {
                break;
            }
            if (firstAttempt < 0) {
                firstAttempt = s;
            }
            if (gap >= 0 && s - gap >= SHORTEST_TRAILER) {
                headless(gap, s, afterAttempt, lines, handler);
            }
            if (parser.parse(log, s, limit)) {
                message.bind(parser, s, lines);
                handler.message(message);
                messages++;
                pos = parser.logEnd;
            } else {
                handler.malformed(new MalformedMessage(s, lines.index(s), parser.reason, parser.declared, parser.actual));
                malformed++;
                pos = s + 1;
            }
            gap = pos;
            afterAttempt = true;
        }
        if (gap >= 0) {
            // none in [pos, chunkEnd): the next attempt, if any, is at or after the chunk's end
            long next = MessageStarts.find(log, Math.max(pos, chunkEnd), limit, limit);
            if ((next < 0 ? limit : next) - gap >= SHORTEST_TRAILER) {
                headless(gap, next < 0 ? limit : next, afterAttempt, lines, handler);
            }
        }
        handler.end();
        exit = Math.max(pos, chunkEnd);
        newlines = countLines ? lines.index(chunkEnd) : 0;
    }

    /**
     * Reports the first CheckSum trailer of each line of {@code [from, to)}, bytes outside every
     * message, that has no {@code 8=FIX} before it on its line, as a malformed message starting
     * where its line does. Only the first can be the rest of a message whose start was lost: a
     * message after it would need an {@code 8=FIX} of its own, so later trailers on that line are
     * its text.
     *
     * @param owned whether {@code from} follows an attempt on the same line: trailers up to the
     *     next line break are that attempt's (a malformed message's own, or text after a message)
     */
    private void headless(long from, long to, boolean owned, LineCounter lines, FixHandler handler) {
        long fragment = from; // where the line holding the next unowned trailer starts
        long seen = from; // line breaks are looked for up to here
        long p = from;
        while (p < to) {
            long eq = Swar.indexOf(log, p, to, (byte) '=');
            if (eq < 0) {
                return;
            }
            long end = trailerEnd(eq, from);
            if (end < 0) {
                p = eq + 1;
                continue;
            }
            long t = eq - 2;
            for (long nl = Swar.indexOf(log, seen, t, (byte) '\n'); nl >= 0; nl = Swar.indexOf(log, nl + 1, t, (byte) '\n')) {
                owned = false;
                fragment = nl + 1;
            }
            seen = t;
            if (!owned) {
                int stated = (log.get(BYTE, eq + 1) - '0') * 100 + (log.get(BYTE, eq + 2) - '0') * 10 + log.get(BYTE, eq + 3) - '0';
                handler.malformed(new MalformedMessage(fragment, lines.index(fragment), Malformation.CHECKSUM_WITHOUT_START,
                        stated, t));
                malformed++;
                owned = true; // the rest of its line belongs to it
            }
            p = eq + 4;
        }
    }

    /**
     * @return the byte after the CheckSum trailer whose {@code =} is at {@code eq} (after its
     *     delimiter, or at its line break or the end), or -1 when {@code 10=} there is not one:
     *     after SOH or {@code |}, starting at or after {@code from}, three digits, then SOH,
     *     {@code |}, a line break or the end of the log
     */
    private long trailerEnd(long eq, long from) {
        if (eq - 3 < 0 || eq - 2 < from || eq + 3 >= limit || log.get(BYTE, eq - 1) != '0' || log.get(BYTE, eq - 2) != '1') {
            return -1;
        }
        byte d = log.get(BYTE, eq - 3);
        if (d != 0x01 && d != '|' || !isDigit(log.get(BYTE, eq + 1)) || !isDigit(log.get(BYTE, eq + 2))
                || !isDigit(log.get(BYTE, eq + 3))) {
            return -1;
        }
        if (eq + 4 == limit) {
            return limit;
        }
        byte t = log.get(BYTE, eq + 4);
        return t == 0x01 || t == '|' ? eq + 5 : t == '\n' || t == '\r' ? eq + 4 : -1;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** @return the first start in {@code [from, to)} */
    long firstStart(long from, long to) {
        return MessageStarts.find(log, from, to, limit);
    }
}
