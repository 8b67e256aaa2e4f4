package io.chunkwise.loader.tests;

import java.nio.charset.StandardCharsets;

/** Well-formed FIX 4.4 messages for tests: BodyLength and CheckSum computed, SOH-delimited. */
final class FixFrames {
    static final char SOH = '\u0001';

    private FixFrames() {
    }

    /**
     * @param body the fields after BodyLength, {@code |} standing for SOH, ending with one
     * @return {@code 8=FIX.4.4}, BodyLength, the body and {@code 10=NNN} with its SOH (no line break)
     */
    static String frame(String body) {
        String b = body.replace('|', SOH);
        String head = "8=FIX.4.4" + SOH + "9=" + b.length() + SOH;
        int sum = 0;
        for (byte x : (head + b).getBytes(StandardCharsets.ISO_8859_1)) {
            sum += x & 0xFF;
        }
        return head + b + String.format("10=%03d", sum % 256) + SOH;
    }
}
