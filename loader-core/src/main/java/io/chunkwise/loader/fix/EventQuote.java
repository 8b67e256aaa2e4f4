package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells a message quoted in an event line from a message logged as itself. QuickFIX/J's event log
 * ({@code FileLog}'s {@code *.event.log}, {@code ScreenLog}'s event and error lines, {@code SLF4JLog}'s
 * {@code quickfixj.event} and {@code quickfixj.errorEvent}) quotes the raw text of a message its session
 * also logged in the messages log: {@code 20241121-10:15:02.123: Rejecting invalid message:
 * quickfix.FieldException: …: 8=FIX.4.4|9=…|10=123|}. Read with the messages log, or interleaved with it,
 * that message would count twice.
 *
 * <p>The line's shape decides, never the message's content: the text on its line before {@code 8=FIX} (no
 * SOH nor the log's printable delimiter in it, so never another message's bytes; at most {@value #MAX_PREFIX} bytes) holds one of
 * the phrases with which QuickFIX/J 2.3 introduces a quoted message ({@code quickfix.Session} and the MINA
 * handlers: {@code Rejecting invalid message: }, {@code Skipping invalid message: }, {@code Enqueued at pos
 * N: }…, and the {@code InvalidMessage} texts {@code … in 8=FIX…}), or ScreenLog's {@code , event> (} or
 * {@code , error> (}. A messages log's prefix ({@code 20241121-10:15:02.123: }, a log4j pattern's
 * {@code quickfixj.msg.incoming - }) holds none. The answer depends on the bytes of the line alone, so every
 * chunking of a log agrees.
 */
final class EventQuote {
    /** Longest text looked back on: a timestamp, a phrase and an exception's text fit well within it. */
    static final int MAX_PREFIX = 2048;

    /** Shortest phrase: a shorter prefix is a timestamp or an arrow. */
    private static final int SHORTEST;

    /** The words with which QuickFIX/J's events quote a message (quickfixj-core 2.3.1). */
    private static final byte[][] PHRASES = bytes(
            // quickfix.Session: "... " + e + ": " + getMessageToLog(message)
            "Rejecting invalid message: ",
            "Skipping invalid message: ",
            "Encountered invalid message: ",
            "Rejecting message: ",
            "Warn: incoming ",
            "Received message without MsgSeqNum",
            "MsgSeqNum too high, expecting ",
            "Enqueued at pos ",
            "No responder, not sending message: ",
            "failed to parse message (",
            // Session and the MINA handlers: InvalidMessage texts, "... in " + the message
            "Processing garbled message: ",
            "Invalid message: ",
            "Invalid LOGON message, disconnecting: ",
            // ScreenLog: "<" + time + ", " + session + ", event> (" + text + ")"
            ", event> (",
            ", error> (");

    /** For each byte, the phrases that start with it, or null. */
    private static final int[][] BY_FIRST_BYTE = new int[256][];

    static {
        int shortest = Integer.MAX_VALUE;
        for (int i = 0; i < PHRASES.length; i++) {
            byte[] p = PHRASES[i];
            shortest = Math.min(shortest, p.length);
            int[] was = BY_FIRST_BYTE[p[0] & 0xFF];
            int[] now = was == null ? new int[1] : Arrays.copyOf(was, was.length + 1);
            now[now.length - 1] = i;
            BY_FIRST_BYTE[p[0] & 0xFF] = now;
        }
        SHORTEST = shortest;
    }

    private EventQuote() {
    }

    /**
     * @param log the log
     * @param start where a message's {@code 8=FIX} is
     * @param printable the log's printable delimiter
     * @return whether that message is quoted in an event line (see the class comment)
     */
    static boolean at(MemorySegment log, long start, byte printable) {
        if (start == 0) {
            return false;
        }
        long stop = Math.max(0, start - MAX_PREFIX);
        long lineStart = -1;
        for (long q = start - 1; q >= stop; q--) {
            byte b = log.get(BYTE, q);
            if (b == '\n') {
                lineStart = q + 1;
                break;
            }
            if (b == 0x01 || b == printable) {
                return false; // another message's bytes (or a line too odd to be an event's): not a quote
            }
        }
        if (lineStart < 0) {
            if (stop > 0) {
                return false; // no line start within reach: not an event line's shape
            }
            lineStart = 0;
        }
        return start - lineStart >= SHORTEST && holdsPhrase(log, lineStart, start);
    }

    /**
     * One pass over the line's prefix: only a byte that starts a phrase is compared further, so a
     * messages log's prefix (a timestamp: no letter at all) costs a table look-up a byte.
     */
    private static boolean holdsPhrase(MemorySegment log, long from, long to) {
        for (long i = from, last = to - SHORTEST; i <= last; i++) {
            int[] candidates = BY_FIRST_BYTE[log.get(BYTE, i) & 0xFF];
            if (candidates != null) {
                for (int c : candidates) {
                    if (matches(log, i, to, PHRASES[c])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matches(MemorySegment log, long at, long to, byte[] phrase) {
        if (to - at < phrase.length) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (log.get(BYTE, at + k) != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[][] bytes(String... phrases) {
        byte[][] b = new byte[phrases.length][];
        for (int i = 0; i < phrases.length; i++) {
            b[i] = phrases[i].getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }
}
