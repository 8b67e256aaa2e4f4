package io.chunkwise.loader.fix;

/**
 * FIX data fields and the length fields that precede them (FIX 4.2–5.0): RawDataLength 95 →
 * RawData 96, SecureDataLen 90 → 91, SignatureLength 93 → 89, XmlDataLen 212 → 213, the
 * Encoded*Len fields, SecurityXMLLen 1184 → 1185. A data value may hold any byte, so it is
 * read by its length, not up to the next delimiter.
 */
final class DataFields {
    private static final int[] LENGTH_TO_DATA = new int[1200];

    static {
        int[][] pairs = {
            {90, 91}, {93, 89}, {95, 96}, {212, 213}, {348, 349}, {350, 351}, {352, 353}, {354, 355},
            {356, 357}, {358, 359}, {360, 361}, {362, 363}, {364, 365}, {445, 446}, {618, 619},
            {621, 622}, {1184, 1185},
        };
        for (int[] pair : pairs) {
            LENGTH_TO_DATA[pair[0]] = pair[1];
        }
    }

    private DataFields() {
    }

    /** @return the data field's tag if {@code tag} is a length field, else 0 */
    static int dataTagFor(int tag) {
        return tag >= 0 && tag < LENGTH_TO_DATA.length ? LENGTH_TO_DATA[tag] : 0;
    }
}
