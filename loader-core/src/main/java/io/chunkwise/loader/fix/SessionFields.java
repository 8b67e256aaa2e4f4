package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;

/**
 * The session of one message: its SenderCompID (49) and TargetCompID (56), the first of each. A
 * log may hold several sessions, whose MsgSeqNums repeat; these name which one a message is of.
 * Read on demand from where a message lies ({@link FixMessage#start()}, {@link
 * FixMessage#bodyEnd()}), so that a caller that needs them for few messages (reconciliation's
 * discrepancy rows) walks only those again, not every message. Reusable.
 */
public final class SessionFields {
    private final FieldCursor cursor = new FieldCursor();
    private String sender;
    private String target;

    /** A view; {@link #read} a message into it. */
    public SessionFields() {
    }

    /**
     * Reads 49 and 56 of the message at {@code start}; an empty one counts as absent.
     *
     * @param segment memory holding the message, as its {@link FixMessage#segment()} did
     * @param start offset of its {@code 8=}
     * @param checkSumAt offset of its {@code 10=}
     * @param delimiter its delimiter ({@link FixMessage#delimiter()})
     * @return this view (its values allocate: call it for the few messages that need them)
     */
    public SessionFields read(MemorySegment segment, long start, long checkSumAt, byte delimiter) {
        sender = null;
        target = null;
        FieldCursor c = cursor.reset(segment, start, checkSumAt + 6, delimiter);
        while ((sender == null || target == null) && c.next()) {
            if (c.valueLength() == 0) {
                continue;
            }
            if (c.tag() == 49 && sender == null) {
                sender = c.value();
            } else if (c.tag() == 56 && target == null) {
                target = c.value();
            }
        }
        return this;
    }

    /** @return SenderCompID (49) as text ({@link FixText}), or null when absent */
    public String sender() {
        return sender;
    }

    /** @return TargetCompID (56) as text ({@link FixText}), or null when absent */
    public String target() {
        return target;
    }
}
