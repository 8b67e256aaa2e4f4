package io.chunkwise.loader.id;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * ISIN identifiers (ISO 6166): a two-letter country code, nine alphanumeric characters (for US
 * and CA, the CUSIP) and a check digit: the Luhn algorithm over the digits obtained by replacing
 * each letter with its value {@code A}=10 … {@code Z}=35. Uppercase only.
 *
 * <p>Validation never allocates, over a {@link CharSequence}, a byte array slice or a
 * {@link MemorySegment} slice. {@code Isin.isValid("US0378331005")} is {@code true} (Apple Inc.).
 */
public final class Isin {
    /** Length of an ISIN, check digit included. */
    public static final int LENGTH = 12;
    /** Length of the part the check digit is computed over. */
    public static final int BASE_LENGTH = 11;

    // The Luhn state packs the running sum and whether the next digit (going leftwards) is doubled.
    private static final int START = 1;

    private Isin() {
    }

    /**
     * @param isin the identifier to check
     * @return whether it is two letters, nine alphanumerics and a correct check digit
     */
    public static boolean isValid(CharSequence isin) {
        if (isin == null || isin.length() != LENGTH || !isLetter(isin.charAt(0)) || !isLetter(isin.charAt(1))) {
            return false;
        }
        int state = START;
        for (int i = BASE_LENGTH - 1; i >= 0; i--) {
            state = add(state, IdAlphabet.isinValue(isin.charAt(i)));
            if (state < 0) {
                return false;
            }
        }
        return isin.charAt(BASE_LENGTH) == '0' + checkOf(state);
    }

    /**
     * @param bytes the buffer (ASCII)
     * @param offset where the identifier starts
     * @param length its length (anything but 12 is invalid)
     * @return whether the slice is a valid ISIN
     * @throws IndexOutOfBoundsException when the slice is outside the array
     */
    public static boolean isValid(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length != LENGTH || !isLetter(bytes[offset]) || !isLetter(bytes[offset + 1])) {
            return false;
        }
        int state = START;
        for (int i = BASE_LENGTH - 1; i >= 0; i--) {
            state = add(state, IdAlphabet.isinValue(bytes[offset + i] & 0xFF));
            if (state < 0) {
                return false;
            }
        }
        return bytes[offset + BASE_LENGTH] == '0' + checkOf(state);
    }

    /**
     * @param segment the memory (ASCII), e.g. a mapped file
     * @param offset where the identifier starts
     * @param length its length (anything but 12 is invalid)
     * @return whether the slice is a valid ISIN
     * @throws IndexOutOfBoundsException when the slice is outside the segment
     */
    public static boolean isValid(MemorySegment segment, long offset, long length) {
        java.util.Objects.checkFromIndexSize(offset, length, segment.byteSize());
        if (length != LENGTH
                || !isLetter(segment.get(ValueLayout.JAVA_BYTE, offset))
                || !isLetter(segment.get(ValueLayout.JAVA_BYTE, offset + 1))) {
            return false;
        }
        int state = START;
        for (int i = BASE_LENGTH - 1; i >= 0; i--) {
            state = add(state, IdAlphabet.isinValue(segment.get(ValueLayout.JAVA_BYTE, offset + i) & 0xFF));
            if (state < 0) {
                return false;
            }
        }
        return segment.get(ValueLayout.JAVA_BYTE, offset + BASE_LENGTH) == '0' + checkOf(state);
    }

    /**
     * Validates an identifier packed in two words, as an index packs short keys: byte {@code i}
     * in bits {@code 8i} of {@code low} (the first eight) or {@code 8(i-8)} of {@code high}, the
     * length in the top byte of {@code high}. No memory is read: the index build checks every
     * ISIN it packs.
     *
     * @param low the first eight bytes
     * @param high the next bytes, and the length in the top byte
     * @return whether the packed bytes are a valid ISIN
     */
    public static boolean isValidPacked(long low, long high) {
        if (high >>> 56 != LENGTH || !isLetter(byteAt(low, high, 0)) || !isLetter(byteAt(low, high, 1))) {
            return false;
        }
        // Whether a character's digit is doubled depends only on how many digits lie to its right
        // (a letter's two digits leave it as it was): known up front, the look-ups below do not
        // wait for each other as add()'s chain does.
        int digits = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            digits |= (byteAt(low, high, i) - '0' & 0xFF) < 10 ? 1 << i : 0;
        }
        int parity = digits;
        parity ^= parity >>> 1;
        parity ^= parity >>> 2;
        parity ^= parity >>> 4;
        parity ^= parity >>> 8;
        int sum = 0;
        for (int i = 0; i < BASE_LENGTH; i++) {
            int value = IdAlphabet.isinValue(byteAt(low, high, i));
            if (value < 0) {
                return false;
            }
            int doubled = (parity >>> (i + 1) & 1) ^ 1;
            sum += STEPS[doubled * IdAlphabet.ISIN_VALUE_COUNT + value];
        }
        return byteAt(low, high, BASE_LENGTH) == '0' + checkOf(sum);
    }

    /** @return byte {@code i} of an identifier packed in two words */
    private static int byteAt(long low, long high, int i) {
        return (int) ((i < 8 ? low : high) >>> (8 * (i & 7))) & 0xFF;
    }

    /**
     * Computes the check digit of the first eleven characters.
     *
     * @param base at least eleven characters; only the first eleven are read
     * @return the check digit, {@code '0'}–{@code '9'}
     * @throws IllegalArgumentException when shorter than eleven or outside {@code 0-9 A-Z}
     */
    public static char checkDigit(CharSequence base) {
        if (base.length() < BASE_LENGTH) {
            throw new IllegalArgumentException("an ISIN base needs 11 characters: '" + base + "'");
        }
        int state = START;
        for (int i = BASE_LENGTH - 1; i >= 0; i--) {
            state = add(state, IdAlphabet.isinValue(base.charAt(i)));
            if (state < 0) {
                throw new IllegalArgumentException(
                        "'" + base.charAt(i) + "' is not an ISIN character in '" + base + "'");
            }
        }
        return (char) ('0' + checkOf(state));
    }

    /**
     * Computes the check digit of eleven bytes, for writers that build identifiers in place.
     *
     * @param bytes the buffer (ASCII)
     * @param offset where the eleven base characters start
     * @return the check digit as an ASCII byte
     * @throws IllegalArgumentException when a byte is outside {@code 0-9 A-Z}
     */
    public static byte checkDigit(byte[] bytes, int offset) {
        java.util.Objects.checkFromIndexSize(offset, BASE_LENGTH, bytes.length);
        int state = START;
        for (int i = BASE_LENGTH - 1; i >= 0; i--) {
            state = add(state, IdAlphabet.isinValue(bytes[offset + i] & 0xFF));
            if (state < 0) {
                throw new IllegalArgumentException("byte " + (bytes[offset + i] & 0xFF)
                        + " at " + (offset + i) + " is not an ISIN character");
            }
        }
        return (byte) ('0' + checkOf(state));
    }

    /**
     * Builds the ISIN of a CUSIP-numbered security (US, CA and the like).
     *
     * @param country two uppercase letters, e.g. {@code US}
     * @param cusip the nine-character CUSIP
     * @return the ISIN, e.g. {@code US0378331005} for {@code US} and {@code 037833100}
     * @throws IllegalArgumentException when the parts are malformed
     */
    public static String fromCusip(String country, String cusip) {
        if (country.length() != 2 || !isLetter(country.charAt(0)) || !isLetter(country.charAt(1))) {
            throw new IllegalArgumentException("a country code is two uppercase letters: '" + country + "'");
        }
        if (cusip.length() != Cusip.LENGTH) {
            throw new IllegalArgumentException("a CUSIP has 9 characters: '" + cusip + "'");
        }
        String base = country + cusip;
        return base + checkDigit(base);
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /** By whether the next digit is doubled and a character's value: what it adds to the sum, shifted left once. */
    private static final int[] STEPS = steps();

    private static int[] steps() {
        int[] t = new int[2 * IdAlphabet.ISIN_VALUE_COUNT];
        for (int doubled = 0; doubled < 2; doubled++) {
            for (int v = 0; v < IdAlphabet.ISIN_VALUE_COUNT; v++) {
                int state = v < 10 ? addDigit(doubled, v) : addDigit(addDigit(doubled, v % 10), v / 10);
                t[doubled * IdAlphabet.ISIN_VALUE_COUNT + v] = state & ~1;
            }
        }
        return t;
    }

    /**
     * Adds a character's value, right to left (a letter stands for two digits); a negative state
     * means an invalid character. A table look-up, as this runs for every ISIN indexed; whether
     * the next digit is doubled follows from the value alone (a letter's two digits keep it, a
     * digit flips it), so the look-ups of one ISIN do not wait for each other.
     */
    private static int add(int state, int value) {
        if (value < 0) {
            return -1;
        }
        int doubled = state & 1;
        int sum = (state & ~1) + STEPS[doubled * IdAlphabet.ISIN_VALUE_COUNT + value];
        return sum | (value < 10 ? doubled ^ 1 : doubled);
    }

    private static int addDigit(int state, int digit) {
        boolean doubled = (state & 1) == 1;
        int d = doubled ? digit * 2 : digit;
        int sum = (state >>> 1) + d / 10 + d % 10;
        return sum << 1 | (doubled ? 0 : 1);
    }

    private static int checkOf(int state) {
        return (10 - (state >>> 1) % 10) % 10;
    }
}
