package io.chunkwise.loader.id;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * CUSIP identifiers: nine characters, eight of issuer and issue ({@code 0-9 A-Z * @ #}) and a
 * check digit (modulus 10 "double-add-double": every second value doubled, digits of the products
 * summed). Uppercase only.
 *
 * <p>Validation never allocates, over a {@link CharSequence}, a byte array slice or a
 * {@link MemorySegment} slice, so a loader can check millions of identifiers in place.
 * {@code Cusip.isValid("037833100")} is {@code true} (Apple Inc.).
 */
public final class Cusip {
    /** Length of a CUSIP, check digit included. */
    public static final int LENGTH = 9;
    /** Length of the part the check digit is computed over. */
    public static final int BASE_LENGTH = 8;

    private Cusip() {
    }

    /**
     * @param cusip the identifier to check
     * @return whether it is nine characters of the alphabet with a correct check digit
     */
    public static boolean isValid(CharSequence cusip) {
        if (cusip == null || cusip.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int v = IdAlphabet.cusipValue(cusip.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += weigh(v, i);
        }
        return cusip.charAt(BASE_LENGTH) == '0' + checkOf(sum);
    }

    /**
     * @param bytes the buffer (ASCII)
     * @param offset where the identifier starts
     * @param length its length (anything but 9 is invalid)
     * @return whether the slice is a valid CUSIP
     * @throws IndexOutOfBoundsException when the slice is outside the array
     */
    public static boolean isValid(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int v = IdAlphabet.cusipValue(bytes[offset + i] & 0xFF);
            if (v < 0) {
                return false;
            }
            sum += weigh(v, i);
        }
        return bytes[offset + BASE_LENGTH] == '0' + checkOf(sum);
    }

    /**
     * @param segment the memory (ASCII), e.g. a mapped file
     * @param offset where the identifier starts
     * @param length its length (anything but 9 is invalid)
     * @return whether the slice is a valid CUSIP
     * @throws IndexOutOfBoundsException when the slice is outside the segment
     */
    public static boolean isValid(MemorySegment segment, long offset, long length) {
        java.util.Objects.checkFromIndexSize(offset, length, segment.byteSize());
        if (length != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int v = IdAlphabet.cusipValue(segment.get(ValueLayout.JAVA_BYTE, offset + i) & 0xFF);
            if (v < 0) {
                return false;
            }
            sum += weigh(v, i);
        }
        return segment.get(ValueLayout.JAVA_BYTE, offset + BASE_LENGTH) == '0' + checkOf(sum);
    }

    /**
     * Validates an identifier packed in two words, as an index packs short keys: byte {@code i}
     * in bits {@code 8i} of {@code low} (the first eight) or {@code 8(i-8)} of {@code high}, the
     * length in the top byte of {@code high}. No memory is read: the index build checks every
     * CUSIP it packs.
     *
     * @param low the first eight bytes
     * @param high the next bytes, and the length in the top byte
     * @return whether the packed bytes are a valid CUSIP
     */
    public static boolean isValidPacked(long low, long high) {
        if (high >>> 56 != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int v = IdAlphabet.cusipValue((int) (low >>> (8 * i)) & 0xFF);
            if (v < 0) {
                return false;
            }
            sum += weigh(v, i);
        }
        return (high & 0xFF) == '0' + checkOf(sum);
    }

    /**
     * Computes the check digit of the first eight characters.
     *
     * @param base at least eight characters; only the first eight are read
     * @return the check digit, {@code '0'}–{@code '9'}
     * @throws IllegalArgumentException when shorter than eight or outside the alphabet
     */
    public static char checkDigit(CharSequence base) {
        if (base.length() < BASE_LENGTH) {
            throw new IllegalArgumentException("a CUSIP base needs 8 characters: '" + base + "'");
        }
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int v = IdAlphabet.cusipValue(base.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException(
                        "'" + base.charAt(i) + "' is not a CUSIP character in '" + base + "'");
            }
            sum += weigh(v, i);
        }
        return (char) ('0' + checkOf(sum));
    }

    /**
     * Computes the check digit of eight bytes, for writers that build identifiers in place.
     *
     * @param bytes the buffer (ASCII)
     * @param offset where the eight base characters start
     * @return the check digit as an ASCII byte
     * @throws IllegalArgumentException when a byte is outside the alphabet
     */
    public static byte checkDigit(byte[] bytes, int offset) {
        java.util.Objects.checkFromIndexSize(offset, BASE_LENGTH, bytes.length);
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int v = IdAlphabet.cusipValue(bytes[offset + i] & 0xFF);
            if (v < 0) {
                throw new IllegalArgumentException("byte " + (bytes[offset + i] & 0xFF)
                        + " at " + (offset + i) + " is not a CUSIP character");
            }
            sum += weigh(v, i);
        }
        return (byte) ('0' + checkOf(sum));
    }

    /**
     * @param cusip a string
     * @return the string with its check digit appended
     */
    public static String withCheckDigit(String cusip) {
        if (cusip.length() != BASE_LENGTH) {
            throw new IllegalArgumentException("a CUSIP base needs exactly 8 characters: '" + cusip + "'");
        }
        return cusip + checkDigit(cusip);
    }

    /** By position parity and value: the digit sum of the value, doubled at odd positions. */
    private static final int[] WEIGHTS = weights();

    private static int[] weights() {
        int[] t = new int[2 * IdAlphabet.CUSIP_VALUE_COUNT];
        for (int odd = 0; odd < 2; odd++) {
            for (int v = 0; v < IdAlphabet.CUSIP_VALUE_COUNT; v++) {
                int d = odd == 1 ? v * 2 : v;
                t[odd * IdAlphabet.CUSIP_VALUE_COUNT + v] = d / 10 + d % 10;
            }
        }
        return t;
    }

    private static int weigh(int value, int index) {
        return WEIGHTS[(index & 1) * IdAlphabet.CUSIP_VALUE_COUNT + value];
    }

    private static int checkOf(int sum) {
        return (10 - sum % 10) % 10;
    }
}
