package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/** Builds FIX message text by hand (independently of the scanner) for hostile cases. */
final class Logs {
    static final char SOH = '\u0001';

    private Logs() {
    }

    /**
     * @param begin BeginString
     * @param body fields after BodyLength, delimited by {@code d}, ending with {@code d}
     * @param d the delimiter
     * @return the whole message with correct BodyLength and CheckSum (as if {@code d} were SOH)
     */
    static String message(String begin, String body, char d) {
        String head = "8=" + begin + d + "9=" + body.length() + d;
        String upTo = head + body;
        int sum = 0;
        for (int i = 0; i < upTo.length(); i++) {
            char c = upTo.charAt(i);
            sum += c == d ? SOH : c;
        }
        return upTo + "10=" + String.format("%03d", sum & 0xFF) + d;
    }

    static String soh(String pipeBody) {
        return pipeBody.replace('|', SOH);
    }

    static MemorySegment segment(String text) {
        return MemorySegment.ofArray(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
