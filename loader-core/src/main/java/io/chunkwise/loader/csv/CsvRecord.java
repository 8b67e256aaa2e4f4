package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One record as a view over the bytes it was parsed from: fields are decoded only when asked
 * for. The scanner reuses the view for the next record, so copy what you keep
 * ({@link #values()}, {@link #get(int)}).
 */
public final class CsvRecord {
    static final byte UNQUOTED = 0;
    static final byte QUOTED = 1;
    static final byte DECODE = 2;

    private final byte quote;
    private MemorySegment segment;
    private long base;
    private long start;
    private long end;
    private long line;
    /** Fields in the record. */
    private int size;
    /** Fields whose positions are kept: the leading ones (see {@link CsvScanner#keepFields}). */
    private int kept;
    private long[] fieldStart = new long[16];
    private long[] fieldEnd = new long[16];
    private byte[] kind = new byte[16];
    /** Where a quoted field with line breaks closed with text after it (a stray quote?), or -1. */
    private long strayQuote = -1;
    /** The record's first NUL byte, or -1: not text, so the record is rejected (see {@link #nulOffset()}). */
    private long nul = -1;
    /** Reused by {@link #keyEquals}: a record is read by one thread. */
    private final KeyTrim.Span span = new KeyTrim.Span();

    CsvRecord(byte quote) {
        this.quote = quote;
    }

    void begin(MemorySegment segment, long base, long start, long line) {
        this.segment = segment;
        this.base = base;
        this.start = start;
        this.line = line;
        this.size = 0;
        this.kept = 0;
        this.strayQuote = -1;
        this.nul = -1;
    }

    /** Notes a quoted field that ran over line breaks and closed at {@code closing} with text after it. */
    void strayQuote(long closing) {
        if (strayQuote < 0) {
            strayQuote = closing;
        }
    }

    /**
     * A record whose quoted field runs over line breaks and then closes with text after the quote
     * ({@code "Apple} … {@code Micro"soft}) is most likely two stray quotes that joined lines into
     * one field: the loaders reject it, so those lines are counted and named, not silently one value.
     *
     * @return the file offset of that closing quote, or -1 when the record has none
     */
    public long strayQuoteOffset() {
        return strayQuote < 0 ? -1 : base + strayQuote;
    }

    /** Notes the record's first NUL byte, at {@code position}. */
    void nul(long position) {
        if (nul < 0) {
            nul = position;
        }
    }

    /**
     * A NUL byte is never text: a master padded with NULs by a writer that crashed before filling
     * the space it had reserved, a NUL run over the start of a line, or binary data pasted into a
     * field. The loaders reject such a record, naming the byte, so it is never indexed with a key
     * that only looks right.
     *
     * @return the file offset of the record's first NUL byte, or -1 when it has none
     */
    public long nulOffset() {
        return nul < 0 ? -1 : base + nul;
    }

    /**
     * @return how many NUL bytes the record holds, with its line ending (read only for a rejected
     *     record: it reads the record's bytes)
     */
    public long nulCount() {
        long n = 0;
        for (long p = Math.max(start, nul); p < end; p++) {
            if (segment.get(ValueLayout.JAVA_BYTE, p) == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * @return whether the record is NUL bytes and nothing else (but its line ending): space a
     *     writer reserved and never filled (read only for a rejected record)
     */
    public boolean onlyNul() {
        long e = end;
        while (e > start && isLineBreak(segment.get(ValueLayout.JAVA_BYTE, e - 1))) {
            e--;
        }
        for (long p = start; p < e; p++) {
            if (segment.get(ValueLayout.JAVA_BYTE, p) != 0) {
                return false;
            }
        }
        return e > start;
    }

    private static boolean isLineBreak(byte b) {
        return b == '\n' || b == '\r';
    }

    void add(long rawStart, long rawEnd, byte fieldKind) {
        if (size == fieldStart.length) {
            int n = size * 2;
            fieldStart = Arrays.copyOf(fieldStart, n);
            fieldEnd = Arrays.copyOf(fieldEnd, n);
            kind = Arrays.copyOf(kind, n);
        }
        fieldStart[size] = rawStart;
        fieldEnd[size] = rawEnd;
        kind[size] = fieldKind;
        size++;
        kept++;
    }

    /** Counts fields found after the kept ones, without their positions. */
    void skipped(int fields) {
        size += fields;
    }

    void finish(long endPosition) {
        this.end = endPosition;
    }

    /** @return the memory the record was read from */
    MemorySegment segment() {
        return segment;
    }

    /** @return the file offset of {@link #segment()}'s first byte */
    long base() {
        return base;
    }

    /** @return the number of fields whose positions were kept (the scanner's {@code keepFields}) */
    int kept() {
        return kept;
    }

    /** @return the byte offset of the record's first byte in the file */
    public long offset() {
        return base + start;
    }

    /** @return the byte offset just after the record's line break (or the end of the file) */
    public long endOffset() {
        return base + end;
    }

    /**
     * @return whether the record starts with a UTF-8 byte-order mark: the start of a file appended
     *     to another, whose mark is not the first file's
     */
    public boolean startsWithByteOrderMark() {
        return KeyTrim.startsWithByteOrderMark(segment, start, end);
    }

    /**
     * A CR without an LF after it is data, not a line break (RFC 4180 ends lines with CRLF or LF):
     * a line from a file with bare-CR line ends, pasted into this one, joins the next line's fields
     * to its own.
     *
     * @return the file offset of the record's first CR outside quotes with more of the record after
     *     it and no LF right after it, or -1 when it has none (read only for a rejected record)
     */
    public long bareCarriageReturnOffset() {
        boolean quoted = false;
        for (long p = start; p + 1 < end; p++) {
            byte b = segment.get(ValueLayout.JAVA_BYTE, p);
            if (b == quote) {
                quoted = !quoted; // a doubled quote flips twice
            } else if (b == '\r' && !quoted && segment.get(ValueLayout.JAVA_BYTE, p + 1) != '\n') {
                return base + p;
            }
        }
        return -1;
    }

    /** @return the 1-based line on which the record starts */
    public long line() {
        return line;
    }

    /** @return the number of fields */
    public int size() {
        return size;
    }

    /**
     * @param i the field index
     * @return the byte offset in the file where the field's raw text starts
     */
    public long fieldOffset(int i) {
        return base + fieldStart[check(i)];
    }

    /**
     * @param i the field index
     * @return the field's value decoded as UTF-8, or as Windows-1252 when it is not UTF-8 (a
     *     spreadsheet's "CSV" export, every byte kept)
     */
    public String get(int i) {
        return CsvText.decode(bytes(i));
    }


    /**
     * @param i the field index
     * @return whether the field's value is empty
     */
    public boolean isEmpty(int i) {
        check(i);
        return switch (kind[i]) {
            case UNQUOTED -> fieldEnd[i] == fieldStart[i];
            case QUOTED -> fieldEnd[i] - fieldStart[i] == 2;
            default -> bytes(i).length == 0;
        };
    }

    /**
     * @param i the field index
     * @return the field's value as bytes (quotes removed, doubled quotes collapsed)
     */
    public byte[] bytes(int i) {
        check(i);
        long s = fieldStart[i];
        long e = fieldEnd[i];
        return switch (kind[i]) {
            case UNQUOTED -> copy(s, e);
            case QUOTED -> copy(s + 1, e - 1);
            default -> decode(s, e);
        };
    }

    /**
     * Hashes a field's value without allocating for plain fields.
     *
     * @param i the field index
     * @return a 64-bit hash of the value's bytes, as {@link KeyHash#of(byte[])}
     */
    public long hash(int i) {
        check(i);
        return switch (kind[i]) {
            case UNQUOTED -> KeyHash.of(segment, fieldStart[i], fieldEnd[i]);
            case QUOTED -> KeyHash.of(segment, fieldStart[i] + 1, fieldEnd[i] - 1);
            default -> KeyHash.of(bytes(i));
        };
    }

    /**
     * @param i the field index
     * @return the number of bytes of the field's value, or -1 when it needs decoding to know
     */
    long plainLength(int i) {
        return switch (kind[i]) {
            case UNQUOTED -> fieldEnd[i] - fieldStart[i];
            case QUOTED -> fieldEnd[i] - fieldStart[i] - 2;
            default -> -1;
        };
    }

    /**
     * @param i the field index
     * @param value the bytes to compare with
     * @return whether the field's value equals them
     */
    public boolean valueEquals(int i, byte[] value) {
        return valueEquals(i, MemorySegment.ofArray(value), 0, value.length);
    }

    /**
     * @param i the field index
     * @return the field's value as a key ({@link KeyTrim}: in its normal form, in the case written)
     */
    public byte[] keyBytes(int i) {
        return KeyTrim.of(bytes(i));
    }

    /**
     * Compares the field as a key ({@link KeyTrim}: in its normal form) with a key, in place,
     * allocating nothing unless the field has doubled quotes to decode.
     *
     * @param i the field index
     * @param key memory holding the key, already in its normal form
     * @param from its first byte
     * @param to the byte after its last
     * @param ignoreCase whether ASCII letters compare ignoring case (a CUSIP or ISIN)
     * @return whether they are equal
     */
    public boolean keyEquals(int i, MemorySegment key, long from, long to, boolean ignoreCase) {
        check(i);
        long s = fieldStart[i];
        long e = fieldEnd[i];
        MemorySegment field = segment;
        switch (kind[i]) {
            case UNQUOTED -> { }
            case QUOTED -> {
                s++;
                e--;
            }
            default -> {
                byte[] decoded = decode(s, e);
                field = MemorySegment.ofArray(decoded);
                s = 0;
                e = decoded.length;
            }
        }
        KeyTrim.Span k = span.of(field, s, e);
        s = k.start();
        e = k.end();
        if (e - s != to - from) {
            return false;
        }
        // as written first: a key almost always matches in its own case, compared in bulk
        if (MemorySegment.mismatch(field, s, e, key, from, to) < 0) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        for (long n = 0; n < e - s; n++) {
            if (KeyHash.upperCase(field.get(ValueLayout.JAVA_BYTE, s + n)) != KeyHash.upperCase(key.get(ValueLayout.JAVA_BYTE, from + n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares in place, allocating nothing unless the field has doubled quotes to decode.
     *
     * @param i the field index
     * @param value memory holding the bytes to compare with
     * @param from their first byte in {@code value}
     * @param to the byte after their last
     * @return whether the field's value equals {@code value[from, to)}
     */
    public boolean valueEquals(int i, MemorySegment value, long from, long to) {
        check(i);
        long s = fieldStart[i];
        long e = fieldEnd[i];
        switch (kind[i]) {
            case UNQUOTED -> {
                return e - s == to - from && MemorySegment.mismatch(segment, s, e, value, from, to) < 0;
            }
            case QUOTED -> {
                return e - s - 2 == to - from && MemorySegment.mismatch(segment, s + 1, e - 1, value, from, to) < 0;
            }
            default -> {
                byte[] decoded = decode(s, e);
                return decoded.length == to - from
                        && MemorySegment.mismatch(MemorySegment.ofArray(decoded), 0, decoded.length, value, from, to) < 0;
            }
        }
    }

    /** A check over a field's bytes in place, e.g. {@code Cusip::isValid}. */
    @FunctionalInterface
    public interface SliceTest {
        /**
         * @param segment the memory
         * @param offset the value's first byte
         * @param length its length
         * @return the verdict
         */
        boolean test(MemorySegment segment, long offset, long length);
    }

    /**
     * Tests a field's value without copying it (unless it needs decoding).
     *
     * @param i the field index
     * @param test the check
     * @return its verdict
     */
    public boolean test(int i, SliceTest test) {
        check(i);
        return switch (kind[i]) {
            case UNQUOTED -> test.test(segment, fieldStart[i], fieldEnd[i] - fieldStart[i]);
            case QUOTED -> test.test(segment, fieldStart[i] + 1, fieldEnd[i] - fieldStart[i] - 2);
            default -> {
                byte[] b = bytes(i);
                yield test.test(MemorySegment.ofArray(b), 0, b.length);
            }
        };
    }

    /** @return every kept field's value, decoded (every field, unless the scanner was told to keep fewer) */
    public List<String> values() {
        List<String> out = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            out.add(get(i));
        }
        return out;
    }

    private byte[] copy(long s, long e) {
        byte[] out = new byte[Math.toIntExact(e - s)];
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, s, out, 0, out.length);
        return out;
    }

    private byte[] decode(long s, long e) {
        byte[] raw = copy(s, e);
        byte[] out = new byte[raw.length];
        int n = 0;
        int k = 0;
        if (raw.length > 0 && raw[0] == quote) {
            k = 1;
            while (k < raw.length) {
                byte b = raw[k];
                if (b == quote) {
                    if (k + 1 < raw.length && raw[k + 1] == quote) {
                        out[n++] = quote;
                        k += 2;
                        continue;
                    }
                    k++;
                    break;
                }
                out[n++] = b;
                k++;
            }
        }
        while (k < raw.length) {
            out[n++] = raw[k++];
        }
        return Arrays.copyOf(out, n);
    }

    private int check(int i) {
        if (i < 0 || i >= kept) {
            throw new IndexOutOfBoundsException(i < size
                    ? "field " + i + " was counted but not kept (the scanner keeps the first " + kept + ")"
                    : "field " + i + " of a record with " + size + " fields");
        }
        return i;
    }

    @Override
    public String toString() {
        return "line " + line + " @" + offset() + " " + values();
    }
}
