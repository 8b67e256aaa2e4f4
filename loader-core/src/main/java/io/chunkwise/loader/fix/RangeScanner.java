package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;

/**
 * The serial scan of one chunk: from a position, every attempt whose {@code 8=FIX} lies before
 * the chunk's end. A valid message is skipped whole (its values may hold {@code 8=FIX}); after a
 * malformed one the search resumes one byte after its start, so it never swallows the next.
 * The path depends only on where it starts: two scans that try the same start agree from there.
 *
 * <p>The bytes outside messages are searched for a CheckSum trailer on a line with no
 * {@code 8=FIX} before it: the end of a message whose start was lost
 * ({@link Malformation#CHECKSUM_WITHOUT_START}). Only those bytes are read — a line break or a log
 * prefix between messages, never a valid message's body — and a trailer belongs to the chunk that
 * holds it, so a chunk's reports stay within its own bytes. Whether a trailer counts depends on
 * its line only (the first on its line with no {@code 8=FIX} before it), so a scan that starts
 * mid-line looks back on the line, to its nearest {@code 8=FIX} or trailer, and every start gives
 * the serial answer. The bytes before a chunk's first attempt may be the end of a message of the
 * previous chunk: a report there is speculative ({@link #lostStartBeforeFirstAttempt}), and the
 * chunk is scanned again from where that message ends when it lies before that.
 *
 * <p>NUL bytes outside messages are counted ({@link #nulBytes}): no logger writes one as text, so
 * a run of them is a hole (a crashed writer's, a preallocated log appended to after a crash, or
 * bytes lost), which the scan names rather than skips. Those before the first attempt may lie in
 * the previous chunk's message ({@link #leadingNuls}): such a chunk is scanned again.
 */
final class RangeScanner {
    /**
     * The fewest bytes that hold a CheckSum trailer, {@code 10=NNN}: the usual bytes between two
     * messages (a line break) are not searched at all.
     */
    private static final int SHORTEST_TRAILER = 6;
    /** A line's trailers are an attempt's or a reported one's text ({@link #headless}). */
    private static final int OWNED = 1;
    /** The next trailer on the line is a lost start. */
    private static final int FREE = 0;
    /** Not known until the line is looked back on. */
    private static final int UNKNOWN = -1;
    private final MemorySegment log;
    private final long limit;
    private final byte printable;
    private final FrameParser parser;
    private final FixMessage message = new FixMessage();

    long firstAttempt;
    /** Where the first lost start this scan reported before its first attempt lies ({@code 10=}), or {@link Long#MAX_VALUE}. */
    long lostStartBeforeFirstAttempt;
    long exit;
    long messages;
    long malformed;
    long newlines;

    /** Messages quoted in an event line ({@link EventQuote}): skipped, never reported as messages. */
    long quoted;

    /** Where the message this scan found cut by the end of the log starts (its TRUNCATED report), or -1. */
    long truncatedAt;

    /** The longest gap between messages counted byte by byte (a line break, a short timestamp). */
    private static final long SHORT_GAP = 32;

    /** NUL bytes outside messages. */
    long nulBytes;
    /** Those of them before the first attempt (all of them when there is none). */
    long leadingNuls;
    /** Where the first of them is, or -1. */
    long firstNul;
    /** The line index of {@link #firstNul} from the chunk's start. */
    long firstNulLineIndex;

    /**
     * @param log the log
     * @param printable the byte the log writes for SOH, accepted beside it
     */
    RangeScanner(MemorySegment log, PrintableDelimiter printable) {
        this.log = log;
        this.limit = log.byteSize();
        this.printable = printable.value();
        this.parser = new FrameParser(printable);
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
        truncatedAt = -1;
        messages = 0;
        malformed = 0;
        quoted = 0;
        lostStartBeforeFirstAttempt = Long.MAX_VALUE;
        nulBytes = 0;
        leadingNuls = 0;
        firstNul = -1;
        firstNulLineIndex = 0;
        long gap = from; // where the bytes outside messages start
        boolean afterAttempt = false;
        while (true) {
            long s = MessageStarts.find(log, pos, chunkEnd, limit, printable);
            if (s < 0) {
                break;
            }
            if (s - gap >= SHORTEST_TRAILER) {
                long lost = headless(gap, s, afterAttempt, lines, handler);
                if (firstAttempt < 0) {
                    lostStartBeforeFirstAttempt = lost;
                }
            }
            countNuls(gap, s, firstAttempt < 0, lines);
            if (firstAttempt < 0) {
                firstAttempt = s;
            }
            boolean parsed = parser.parse(log, s, limit);
            if (EventQuote.at(log, s, printable)) {
                // a copy of a message its session logged as itself: skipped as a message or a malformed one would be
                quoted++;
                pos = parsed ? parser.logEnd : s + 1;
            } else if (parsed) {
                message.bind(parser, s, lines);
                handler.message(message);
                messages++;
                pos = parser.logEnd;
            } else {
                handler.malformed(new MalformedMessage(s, lines.index(s), parser.reason, parser.declared, parser.actual,
                        parser.asWritten, parser.printable, parser.valueDelimiters));
                malformed++;
                if (parser.reason == Malformation.TRUNCATED) {
                    truncatedAt = s; // no message start follows one: it is the log's last
                }
                pos = s + 1;
            }
            gap = pos;
            afterAttempt = true;
        }
        if (gap < chunkEnd) {
            // the chunk's last bytes: a trailer that starts before its end is its (the next chunk's start is after)
            long lost = headless(gap, chunkEnd, afterAttempt, lines, handler);
            if (firstAttempt < 0) {
                lostStartBeforeFirstAttempt = lost;
            }
            countNuls(gap, chunkEnd, firstAttempt < 0, lines);
        }
        handler.end();
        exit = Math.max(pos, chunkEnd);
        newlines = countLines ? lines.index(chunkEnd) : 0;
    }

    /** @return the NUL bytes in a short gap, byte by byte: most gaps are a line break, where a word count's set-up cost the parallel scan a sixth (JMH) */
    private long shortCount(long from, long to) {
        long n = 0;
        for (long p = from; p < to; p++) {
            if (log.get(BYTE, p) == 0) {
                n++;
            }
        }
        return n;
    }

    /** Counts the NUL bytes in {@code [from, to)}, bytes outside every message, and notes the first. */
    private void countNuls(long from, long to, boolean leading, LineCounter lines) {
        if (to <= from) {
            return;
        }
        long n = to - from <= SHORT_GAP ? shortCount(from, to) : Swar.count(log, from, to, (byte) 0);
        if (n == 0) {
            return;
        }
        nulBytes += n;
        if (leading) {
            leadingNuls += n;
        }
        if (firstNul < 0) {
            firstNul = Swar.indexOf(log, from, to, (byte) 0);
            firstNulLineIndex = lines.index(firstNul);
        }
    }

    /**
     * Reports the first CheckSum trailer of each line, among those that start in {@code [from, to)}
     * (bytes outside every message), that has no {@code 8=FIX} before it on its line, as a
     * malformed message starting where its line does. Only the first can be the rest of a message
     * whose start was lost: a message after it would need an {@code 8=FIX} of its own, so later
     * trailers on that line are its text.
     *
     * @param afterAttempt whether an attempt of this scan precedes {@code from}, on its line when
     *     no line break comes between (trailers up to the next line break are then that attempt's:
     *     a malformed message's own, or text after a message); otherwise {@code from}'s line is
     *     looked back on, when a trailer is found on it
     * @return where the first trailer reported starts, or {@link Long#MAX_VALUE}
     */
    private long headless(long from, long to, boolean afterAttempt, LineCounter lines, FixHandler handler) {
        long first = Long.MAX_VALUE;
        int owned = afterAttempt ? OWNED : UNKNOWN;
        long fragment = from; // where the line holding the next unowned trailer starts
        long seen = from; // line breaks are looked for up to here
        long p = from;
        long searchEnd = Math.min(to + 2, limit); // a trailer starting before to: its = is up to two bytes later
        while (p < searchEnd) {
            long eq = Swar.indexOf(log, p, searchEnd, (byte) '=');
            if (eq < 0) {
                break;
            }
            long end = trailerEnd(eq, from);
            if (end < 0) {
                p = eq + 1;
                continue;
            }
            long t = eq - 2;
            for (long nl = Swar.indexOf(log, seen, t, (byte) '\n'); nl >= 0; nl = Swar.indexOf(log, nl + 1, t, (byte) '\n')) {
                owned = FREE;
                fragment = nl + 1;
            }
            seen = t;
            if (owned == UNKNOWN) {
                long back = lookBack(from);
                owned = back < 0 ? OWNED : FREE;
                fragment = back;
            }
            if (owned == FREE) {
                int stated = (log.get(BYTE, eq + 1) - '0') * 100 + (log.get(BYTE, eq + 2) - '0') * 10 + log.get(BYTE, eq + 3) - '0';
                handler.malformed(new MalformedMessage(fragment, lines.index(fragment), Malformation.CHECKSUM_WITHOUT_START,
                        stated, t, -1, parser.printable));
                malformed++;
                first = Math.min(first, t);
                owned = OWNED; // the rest of its line belongs to it
            }
            p = eq + 4;
        }
        return first;
    }

    /**
     * Looks back on the line holding {@code at}, from {@code at}: to the nearest {@code 8=FIX} or
     * CheckSum trailer, or to the line's start, whichever comes first. A trailer after {@code at}
     * on that line is owned when one comes first (a scan from the line's start finds it so); else
     * it is a lost start, reported at the line's start. Never further back than that: a log with
     * no line breaks (messages back to back) is one line, and a look to its start from every
     * chunk made a scan's time grow with the square of the log's size.
     *
     * @return -1 when an {@code 8=FIX} or a trailer starts in the line before {@code at}, else the line's start
     */
    private long lookBack(long at) {
        for (long q = at - 1; q >= 0; q--) {
            byte b = log.get(BYTE, q);
            if (b == '\n') {
                return q + 1;
            }
            if (b == '8' && MessageStarts.find(log, q, q + 1, limit, printable) == q
                    || b == '1' && q + 2 < limit && log.get(BYTE, q + 2) == '=' && trailerEnd(q + 2, q) >= 0) {
                return -1;
            }
        }
        return 0;
    }

    /**
     * @return the byte after the CheckSum trailer whose {@code =} is at {@code eq} (after its
     *     delimiter, or at its line break or the end), or -1 when {@code 10=} there is not one:
     *     after SOH, the printable delimiter or at a line's start (a log that wraps long lines may
     *     wrap before it), starting at or after {@code from}, three digits, then SOH, the printable
     *     delimiter, a line break or the end of the log, also after blanks ({@link CheckSumEnd})
     */
    private long trailerEnd(long eq, long from) {
        if (eq - 2 < from || eq + 3 >= limit || log.get(BYTE, eq - 1) != '0' || log.get(BYTE, eq - 2) != '1') {
            return -1;
        }
        // at a line's start: a CheckSum a log wrapped onto a line of its own, after a lost start
        byte d = eq - 2 == 0 ? (byte) '\n' : log.get(BYTE, eq - 3);
        if (d != 0x01 && d != printable && d != '\n' || !isDigit(log.get(BYTE, eq + 1)) || !isDigit(log.get(BYTE, eq + 2))
                || !isDigit(log.get(BYTE, eq + 3))) {
            return -1;
        }
        return CheckSumEnd.ofEither(log, eq + 4, limit, printable);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** @return the first start in {@code [from, to)} */
    long firstStart(long from, long to) {
        return MessageStarts.find(log, from, to, limit, printable);
    }
}
