package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixText;
import io.chunkwise.loader.fix.InstrumentFields;
import io.chunkwise.loader.fix.InstrumentFields.Field;
import io.chunkwise.loader.fix.SessionFields;
import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;

/**
 * The checks of a chunk waiting for master answers, so that look-ups are made in batches: where
 * each message's key and fields lie in the log (positions, no copies; -1 for an absent field),
 * plus what a discrepancy row needs when rows are kept: where the message lies, so that a row's
 * session fields (49, 56) are read from it again only for the messages that make a row.
 */
final class PendingChecks {
    private static final Field[] ALL_FIELDS = Field.values();
    private static final int FIELDS = ALL_FIELDS.length;
    /** Longs per check: each field's start and end, the MsgType's, the message's {@code 8=} and {@code 10=}. */
    private static final int STRIDE = 2 * FIELDS + 4;
    final KeyKind[] kind;
    final long[] keyFrom;
    final long[] keyTo;
    final long[] offset;
    final long[] lineIndex;
    /**
     * Per check, {@code FIELDS} starts then {@code FIELDS} ends (-1: absent), then the MsgType's start
     * and end, then the message's start and its CheckSum's.
     */
    private final long[] positions;
    private final byte[] delimiter;
    private MemorySegment segment;
    int size;

    PendingChecks(int capacity) {
        kind = new KeyKind[capacity];
        keyFrom = new long[capacity];
        keyTo = new long[capacity];
        offset = new long[capacity];
        lineIndex = new long[capacity];
        positions = new long[capacity * STRIDE];
        delimiter = new byte[capacity];
    }

    boolean isFull() {
        return size == kind.length;
    }

    /** @return the segment holding every pending key (the log, or a re-joined message's buffer) */
    MemorySegment segment() {
        return segment;
    }

    /**
     * @param m the message, during its handler call
     * @param f its fields
     * @param k which key to look up
     * @param key the field holding it
     * @param withLine whether to count its line (rows need it)
     */
    void add(FixMessage m, InstrumentFields f, KeyKind k, Field key, boolean withLine) {
        int q = size++;
        segment = f.segment();
        kind[q] = k;
        keyFrom[q] = f.start(key);
        keyTo[q] = f.end(key);
        offset[q] = m.offset();
        lineIndex[q] = withLine ? m.lineIndex() : 0;
        int at = q * STRIDE;
        for (Field field : ALL_FIELDS) {
            boolean has = f.has(field);
            positions[at + field.ordinal()] = has ? f.start(field) : -1;
            positions[at + FIELDS + field.ordinal()] = has ? f.end(field) : -1;
        }
        positions[at + 2 * FIELDS] = m.msgTypeStart();
        positions[at + 2 * FIELDS + 1] = m.msgTypeEnd();
        positions[at + 2 * FIELDS + 2] = m.start();
        positions[at + 2 * FIELDS + 3] = m.bodyEnd();
        delimiter[q] = m.delimiter();
    }

    boolean has(int q, Field field) {
        return positions[q * STRIDE + field.ordinal()] >= 0;
    }

    long start(int q, Field field) {
        return positions[q * STRIDE + field.ordinal()];
    }

    long end(int q, Field field) {
        return positions[q * STRIDE + FIELDS + field.ordinal()];
    }

    /** @return the field's value, or null when absent (allocates: rows only) */
    String value(int q, Field field) {
        return has(q, field) ? text(start(q, field), end(q, field)) : null;
    }

    /** @return the MsgType (allocates: rows only) */
    String msgType(int q) {
        int at = q * STRIDE + 2 * FIELDS;
        return text(positions[at], positions[at + 1]);
    }

    /** @return the message's session fields, read again from the message (allocates: rows only) */
    SessionFields session(int q, SessionFields into) {
        int at = q * STRIDE + 2 * FIELDS + 2;
        return into.read(segment, positions[at], positions[at + 1], delimiter[q]);
    }

    /**
     * @return the message's 55 as a row shows it, with its 65 after it as FIX writes it ({@code
     *     BRK|65=B}) when it has one; null without 55 (allocates: rows only)
     */
    String symbolAsNamed(int q) {
        String symbol = value(q, Field.SYMBOL);
        return symbol != null && has(q, Field.SYMBOL_SFX) ? symbol + "|65=" + value(q, Field.SYMBOL_SFX) : symbol;
    }

    private String text(long from, long to) {
        return FixText.of(segment, from, to);
    }

    void clear() {
        size = 0;
    }
}
