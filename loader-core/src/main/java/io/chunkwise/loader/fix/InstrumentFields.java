package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import io.chunkwise.loader.csv.KeyTrim;
import java.lang.foreign.MemorySegment;

/**
 * The top-level MsgSeqNum (34), Symbol (55), SymbolSfx (65), SecurityID (48) and SecurityIDSource
 * (22) of a message: the first occurrence of each outside repeating groups. Groups that carry an
 * instrument per entry — NoRelatedSym 146, NoMDEntries 268, NoQuoteEntries 295, NoQuoteSets 296,
 * NoStrikes 428, NoSettlOblig 1165 (a SettlementObligationReport's obligations, FIX 5.0 SP1),
 * NoInstrmtMatchSides 1889 (a TradeMatchReport's instruments, 35=DC; its sides, NoTrdMatchSides
 * 1890, are inside it), NoOrderEntries 2428 (a MassOrder's or MassOrderAck's orders, DJ or DK; both
 * FIX 5.0 SP2 extension packs, tags as in FIX Latest's InstrmtMatchSideGrp and OrderEntryGrp), and
 * NoOrders 73 in a NewOrderList (35=E) — end the top-level instrument: a 55, 65,
 * 48 or 22 after their count field belongs to an entry, not to the message. Other groups
 * (parties, legs, sides, and NoOrders elsewhere: the order references of an allocation, 35=J or
 * AS, or a confirmation, AK, which come before the message's own instrument) hold no 55/48/22, so
 * a top-level field after them still counts. A field with an empty value counts as absent, and so
 * does a 55, 48 or 22 whose key is empty: these are keys, read in their normal form ({@link
 * KeyTrim}: {@code 55= } or {@code 48=<TAB>} is no symbol or security at all, and {@code 22= 1} is
 * CUSIP), as the master's are. 65 is read wherever the instrument's block puts it: once 34, 55, 48
 * and 22 are found the walk goes on only while the fields are the Instrument component's ({@link
 * InstrumentComponent}: {@code 55|48|22|65} and {@code 48|22|167|55|65} are read whole), so a message
 * without 65 costs one field more, not a walk to its end; a 65 after a field of another component
 * ({@code 54=1}) is not the block's and is not read. A message without 48 or 22 is walked to its end,
 * so its 65 is found wherever it is. The top-level instrument's SecurityAltID group (454) is read for its
 * first entry whose SecurityAltIDSource (456) is 1 (CUSIP) or 4 (ISIN), the ids a master holds
 * ({@link Field#SECURITY_ALT_ID}): a message whose 48 is a SEDOL or RIC may name its ISIN there. A message with no 55 or 48
 * at top level is walked on into such a group, until a 55 or 48 of an entry ({@link
 * #instrumentInGroupsOnly}): one that names its instruments only there is not checked, and is said to
 * be; so is one whose instruments are only its legs' (LegSymbol 600 or LegSecurityID 602 in NoLegs
 * 555, a NewOrderMultileg's without a top-level 55 or 48). Reusable, allocation-free.
 */
public final class InstrumentFields {
    /** A field this view captures. */
    public enum Field {
        /** MsgSeqNum (34). */
        MSG_SEQ_NUM(34),
        /** Symbol (55). */
        SYMBOL(55),
        /** SecurityID (48). */
        SECURITY_ID(48),
        /** SecurityIDSource (22). */
        SECURITY_ID_SOURCE(22),
        /** SymbolSfx (65): a share class ({@code B} of {@code BRK}) or another suffix ({@code WI}, when issued). */
        SYMBOL_SFX(65),
        /** SecurityAltID (455) of the first SecurityAltID entry (454) whose source is CUSIP or ISIN. */
        SECURITY_ALT_ID(455),
        /** SecurityAltIDSource (456) of that entry: {@code 1} (CUSIP) or {@code 4} (ISIN). */
        SECURITY_ALT_ID_SOURCE(456);

        private final int tag;

        Field(int tag) {
            this.tag = tag;
        }

        /** @return the FIX tag number */
        public int tag() {
            return tag;
        }
    }

    private static final int ALL = 0b1111111;
    private static final int INSTRUMENT = 0b1111110;
    /** The fields whose finding ends the walk: all but 65, 455 and 456 (see the class comment). */
    private static final int ENDS_WALK = 0b01111;
    /** The fields that name an instrument: 55 and 48. */
    private static final int NAMES_INSTRUMENT = 0b00110;
    /** The fields a walk reads on through the instrument's block for: 65, 455 and 456. */
    private static final int TRAILING = 0b1110000;
    private static final int ALT_ID = 5;
    private static final int ALT_ID_SOURCE = 6;

    private final FieldCursor cursor = new FieldCursor();
    private final long[] starts = new long[7];
    private final long[] ends = new long[7];
    private final long[] keyStarts = new long[7];
    private final long[] keyEnds = new long[7];
    /** The value of the SecurityAltID entry being read, until its 456 says whether it is a CUSIP or ISIN; -1: none. */
    private long altFrom;
    private long altTo;
    private final KeyTrim.Span span = new KeyTrim.Span();
    private int found;
    /** Whether a 55 or 48 was seen in a group's entry while the top level had neither. */
    private boolean inGroups;
    private MemorySegment segment;

    /** A view; {@link #read} a message into it. */
    public InstrumentFields() {
    }

    /**
     * Reads the fields of {@code message}.
     *
     * @param message a message, during its handler call
     * @return this view
     */
    public InstrumentFields read(FixMessage message) {
        segment = message.segment();
        found = 0;
        inGroups = false;
        altFrom = -1;
        boolean legs = false;
        int wanted = ALL;
        boolean orderList = message.isMsgType("E");
        FieldCursor c = cursor.resetAtBody(message);
        boolean inBlock = false;
        // past a group of instruments, with none at top level, the walk goes on to an entry's 55 or 48;
        // with 34/55/48/22 found, it reads on through the instrument's block for a 65 or 454 written last
        while (((found & wanted & ENDS_WALK) != (wanted & ENDS_WALK) || (inBlock && (wanted & ~found & TRAILING) != 0)
                || lookingInGroups(wanted)) && c.next()) {
            inBlock = InstrumentComponent.holds(c.tag());
            int slot = switch (c.tag()) {
                case 34 -> 0;
                case 55 -> 1;
                case 48 -> 2;
                case 22 -> 3;
                case 65 -> 4;
                case 600, 602 -> {
                    // a leg's LegSymbol or LegSecurityID (NoLegs 555): an instrument, but a leg's
                    legs |= c.valueLength() > 0;
                    yield -1;
                }
                case 455 -> {
                    altEntry(wanted, c);
                    yield -1;
                }
                case 456 -> {
                    altSource(wanted, c);
                    yield -1;
                }
                case 146, 268, 295, 296, 428, 1165, 1889, 2428 -> {
                    wanted &= startsEntries(c) ? ~INSTRUMENT : ALL;
                    yield -1;
                }
                case 73 -> {
                    wanted &= orderList && startsEntries(c) ? ~INSTRUMENT : ALL;
                    yield -1;
                }
                default -> -1;
            };
            // an empty value is no value (FIX forbids a tag without one): not a symbol "" to look up
            if (slot >= 0 && (wanted & (1 << slot)) != 0 && (found & (1 << slot)) == 0 && c.valueLength() > 0) {
                capture(slot, c.valueStart(), c.valueEnd());
            } else if (slot >= 0 && (NAMES_INSTRUMENT & (1 << slot)) != 0 && lookingInGroups(wanted) && c.valueLength() > 0) {
                inGroups = true;
            }
        }
        // a multileg order that names its instruments only in its legs names them in a group, not none
        inGroups |= legs && (found & NAMES_INSTRUMENT) == 0;
        return this;
    }

    /**
     * Keeps a value; an instrument field's only when its key is not empty (a blank {@code 55= } is
     * as absent as {@code 55=}, never the symbol " ").
     */
    private void capture(int slot, long from, long to) {
        long keyFrom = from;
        long keyTo = to;
        if (slot != 0) {
            KeyTrim.Span k = span.of(segment, from, to);
            if (k.end() <= k.start()) {
                return;
            }
            keyFrom = k.start();
            keyTo = k.end();
        }
        starts[slot] = from;
        ends[slot] = to;
        keyStarts[slot] = keyFrom;
        keyEnds[slot] = keyTo;
        found |= 1 << slot;
    }

    /** Remembers a top-level SecurityAltID (455) until its source (456) follows; a blank one is none. */
    private void altEntry(int wanted, FieldCursor c) {
        altFrom = -1;
        if ((wanted & ~found & (1 << ALT_ID)) != 0 && c.valueLength() > 0) {
            KeyTrim.Span k = span.of(segment, c.valueStart(), c.valueEnd());
            if (k.end() > k.start()) {
                altFrom = c.valueStart();
                altTo = c.valueEnd();
            }
        }
    }

    /** Keeps the remembered SecurityAltID when its source (456) is 1 (CUSIP) or 4 (ISIN): the keys a master holds. */
    private void altSource(int wanted, FieldCursor c) {
        if (altFrom < 0 || (wanted & ~found & (1 << ALT_ID)) == 0 || c.valueLength() == 0) {
            return;
        }
        KeyTrim.Span k = span.of(segment, c.valueStart(), c.valueEnd());
        if (k.end() - k.start() == 1 && (segment.get(BYTE, k.start()) == '1' || segment.get(BYTE, k.start()) == '4')) {
            capture(ALT_ID, altFrom, altTo);
            capture(ALT_ID_SOURCE, c.valueStart(), c.valueEnd());
        }
        altFrom = -1;
    }

    /** @return whether the walk is past a group of instruments with no 55 or 48 at top level, and none seen in it yet */
    private boolean lookingInGroups(int wanted) {
        return (wanted & INSTRUMENT) == 0 && (found & NAMES_INSTRUMENT) == 0 && !inGroups;
    }

    /**
     * @return whether the message names no instrument at top level (no 55, no 48) but does in the
     *     entries of a group that holds instruments ({@code 146=1|55=AAPL}, a MarketDataRequest's) or in its
     *     legs ({@code 555=2|600=AAPL|…}, a NewOrderMultileg's):
     *     a message reconcile does not check
     */
    public boolean instrumentInGroupsOnly() {
        return inGroups;
    }

    /** @return whether a group's count field announces entries (not empty, not 0) */
    private boolean startsEntries(FieldCursor c) {
        return c.valueLength() > 0 && !(c.valueLength() == 1 && segment.get(BYTE, c.valueStart()) == '0');
    }

    /** @return whether the message has this field at top level */
    public boolean has(Field field) {
        return (found & (1 << field.ordinal())) != 0;
    }

    /** @return offset of the field's value in {@link #segment()} (only if {@link #has}) */
    public long start(Field field) {
        return starts[field.ordinal()];
    }

    /** @return offset just after the field's value in {@link #segment()} (only if {@link #has}) */
    public long end(Field field) {
        return ends[field.ordinal()];
    }

    /**
     * @return offset of the field's key, its value in normal form ({@link KeyTrim}), in {@link
     *     #segment()} (only if {@link #has}; the value's own for MsgSeqNum)
     */
    public long keyStart(Field field) {
        return keyStarts[field.ordinal()];
    }

    /** @return offset just after the field's key in {@link #segment()} (only if {@link #has}) */
    public long keyEnd(Field field) {
        return keyEnds[field.ordinal()];
    }

    /** @return the segment the offsets index */
    public MemorySegment segment() {
        return segment;
    }

    /**
     * @return whether the field is present and its key ({@link #keyStart}: {@code 22= 1} is
     *     {@code 1}) is exactly {@code value} (ASCII)
     */
    public boolean is(Field field, String value) {
        if (!has(field)) {
            return false;
        }
        long from = keyStart(field);
        if (keyEnd(field) - from != value.length()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (segment.get(BYTE, from + i) != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param a a field
     * @param b another
     * @return whether both are present and their keys ({@link #keyStart}) are the same bytes
     */
    public boolean sameKey(Field a, Field b) {
        return has(a) && has(b) && MemorySegment.mismatch(segment, keyStart(a), keyEnd(a), segment, keyStart(b), keyEnd(b)) < 0;
    }

    /** @return the field's value as text ({@link FixText}), or null when absent (allocates) */
    public String value(Field field) {
        if (!has(field)) {
            return null;
        }
        return FixText.of(segment, start(field), end(field));
    }
}
