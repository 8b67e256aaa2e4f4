package io.chunkwise.loader.fix;

/**
 * Why a message that starts with {@code 8=FIX} is malformed, checked in this order; or, last, a
 * CheckSum trailer that no {@code 8=FIX} starts: the rest of a message whose start was lost.
 */
public enum Malformation {
    /**
     * BeginString (8) is not {@code FIX.n.n}, {@code FIX.n.nSPn} or {@code FIXT.n.n} followed by SOH or the log's
     * printable delimiter ({@code |} unless it uses another: {@link MalformedMessage#detail()} names it).
     */
    BEGIN_STRING("BeginString (8) is not FIX.n.n, FIX.n.nSPn or FIXT.n.n followed by SOH or |"),
    /** The second field is not BodyLength (9). */
    BODY_LENGTH_MISSING("BodyLength (9) is not the second field"),
    /** BodyLength (9) is not a number of at most nine digits followed by the delimiter. */
    BODY_LENGTH_INVALID("BodyLength (9) is not a number of at most nine digits"),
    /** The third field is not a MsgType (35) of 1 to 32 bytes. */
    MSG_TYPE_MISSING("MsgType (35) is not the third field, or its value is empty or over 32 bytes"),
    /** The body does not end where BodyLength says: the CheckSum (10) field is elsewhere. */
    BODY_LENGTH_MISMATCH("BodyLength (9) does not match the body"),
    /** No CheckSum (10) field before the next message or the end of the input. */
    CHECKSUM_MISSING("no CheckSum (10) field"),
    /**
     * No CheckSum (10) field after the message's delimiter (the one after BeginString), but one
     * after the other (SOH for {@code |}, {@code |} for SOH; the log's own printable delimiter in
     * place of {@code |}) before the next message: the delimiter changes inside the message.
     */
    DELIMITER_CHANGES("the delimiter changes inside the message (SOH and | mixed)"),
    /** CheckSum (10) is not three digits followed by the delimiter, a line break or the end. */
    CHECKSUM_INVALID("CheckSum (10) is not three digits followed by a delimiter"),
    /** CheckSum (10) differs from the sum of the message's bytes modulo 256. */
    CHECKSUM_MISMATCH("CheckSum (10) does not match the message"),
    /**
     * A line of the body starts with {@code 8=FIX} outside a data field's value: the BodyLength of
     * a message cut short reaches the CheckSum of the next one (and it happens to match).
     */
    RUNS_INTO_NEXT("BodyLength (9) runs into the next message: a line inside the body starts with 8=FIX"),
    /** The message runs past the end of the input. */
    TRUNCATED("message runs past the end of the input"),
    /**
     * A CheckSum trailer ({@code 10=} and three digits after SOH or {@code |}, then SOH, {@code |},
     * a line break or the end; the log's own printable delimiter in place of {@code |}) outside
     * every message, with no {@code 8=FIX} before it on its line:
     * the end of a message whose start was lost, e.g. a line split inside {@code 8=FIX}
     * ({@code 8=FI}, then {@code X.4.4|9=…|10=123|} on the next line).
     */
    CHECKSUM_WITHOUT_START("CheckSum (10) without a message start (no 8=FIX before it on its line)");

    private final String description;

    Malformation(String description) {
        this.description = description;
    }

    /** @return a sentence for people */
    public String description() {
        return description;
    }
}
