package io.chunkwise.loader.fix;

/**
 * The tags of FIX's Instrument component (FIX 4.4 and the FIX 5.0 SP2 additions QuickFIX/J's
 * dictionaries hold), so a walk for the top-level instrument knows where its block ends: a venue
 * may write the block's fields in any order ({@code 55|48|22|65}), and the walk reads on while the
 * fields are the block's, not to the message's end.
 */
final class InstrumentComponent {
    private InstrumentComponent() {
    }

    /**
     * @param tag a tag number
     * @return whether the Instrument component holds it (its SecurityAltID, Events and
     *     InstrumentParties groups included)
     */
    static boolean holds(int tag) {
        return switch (tag) {
            case 55, 65, 48, 22, 454, 455, 456, 460, 461, 167, 762, 200, 541, 201, 224, 225, 239, 226, 227, 228,
                    255, 543, 470, 471, 472, 240, 202, 947, 206, 231, 223, 207, 106, 348, 349, 107, 350, 351,
                    691, 667, 875, 876, 873, 874, 864, 865, 866, 867, 868, 1145, 965, 966, 1049, 967, 968, 969,
                    1146, 996, 997, 1079, 970, 971, 1147, 1151, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198,
                    1199, 1200, 1227, 1242, 1244, 1435, 1439, 1018, 1019, 1050, 1051, 1052, 1053, 1054 -> true;
            default -> false;
        };
    }
}
