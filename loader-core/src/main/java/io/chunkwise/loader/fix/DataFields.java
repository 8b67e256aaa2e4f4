package io.chunkwise.loader.fix;

/**
 * FIX data fields and the length fields that precede them, every pair of FIX 4.0–5.0 SP2 (as
 * QuickFIX/J's dictionaries list them): RawDataLength 95 → RawData 96, SecureDataLen 90 → 91,
 * SignatureLength 93 → 89, XmlDataLen 212 → 213, the Encoded*Len fields, SecurityXMLLen 1184 →
 * 1185, the Derivative* ones of FIX 5.0 SP1, EncryptedPasswordLen 1401 → 1402 and its new
 * password's. A data value may hold any byte, so it is read by its length, not up to the next
 * delimiter.
 */
final class DataFields {
    private static final int[] LENGTH_TO_DATA = new int[1500];

    static {
        int[][] pairs = {
            {90, 91}, {93, 89}, {95, 96}, {212, 213}, {348, 349}, {350, 351}, {352, 353}, {354, 355},
            {356, 357}, {358, 359}, {360, 361}, {362, 363}, {364, 365}, {445, 446}, {618, 619},
            {621, 622}, {1184, 1185}, {1277, 1278}, {1280, 1281}, {1282, 1283}, {1397, 1398},
            {1401, 1402}, {1403, 1404}, {1468, 1469},
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
