package io.chunkwise.loader.id;

/**
 * Character values shared by CUSIP and ISIN check digits: {@code 0-9} are 0–9, {@code A-Z} are
 * 10–35 and, in CUSIPs only, {@code *}, {@code @}, {@code #} are 36, 37, 38. Uppercase only.
 */
final class IdAlphabet {
    /** Marks a byte that is not part of the alphabet. */
    static final byte INVALID = -1;
    /** Values of ISIN characters: 0 to 35. */
    static final int ISIN_VALUE_COUNT = 36;
    /** Values of CUSIP characters: 0 to 38. */
    static final int CUSIP_VALUE_COUNT = 39;

    private static final byte[] CUSIP_VALUES = table(true);
    private static final byte[] ISIN_VALUES = table(false);

    private IdAlphabet() {
    }

    private static byte[] table(boolean cusip) {
        byte[] t = new byte[256];
        java.util.Arrays.fill(t, INVALID);
        for (int c = '0'; c <= '9'; c++) {
            t[c] = (byte) (c - '0');
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            t[c] = (byte) (c - 'A' + 10);
        }
        if (cusip) {
            t['*'] = 36;
            t['@'] = 37;
            t['#'] = 38;
        }
        return t;
    }

    /**
     * @param c a character (any value; outside the alphabet gives {@link #INVALID})
     * @return its CUSIP value 0–38 or {@link #INVALID}
     */
    static int cusipValue(int c) {
        return (c & ~0xFF) == 0 ? CUSIP_VALUES[c] : INVALID;
    }

    /**
     * @param c a character (any value; outside the alphabet gives {@link #INVALID})
     * @return its ISIN value 0–35 or {@link #INVALID}
     */
    static int isinValue(int c) {
        return (c & ~0xFF) == 0 ? ISIN_VALUES[c] : INVALID;
    }
}
