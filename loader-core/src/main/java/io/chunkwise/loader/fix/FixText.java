package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A FIX value as text for people and CSV files, which are UTF-8: FIX values are bytes, and a
 * symbol such as {@code ÄBC} may come as UTF-8 or as a legacy single-byte encoding. Valid UTF-8 is
 * decoded as such; anything else keeps its ASCII and shows each other byte as {@code \xHH}, so a
 * Latin-1 {@code ÄBC} reads {@code \xC4BC} and is not mistaken for the master's UTF-8 {@code ÄBC}
 * it did not match.
 */
public final class FixText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FixText() {
    }

    /**
     * @param s memory holding the value
     * @param from its first byte
     * @param to the byte after its last
     * @return the value as text (allocates)
     */
    public static String of(MemorySegment s, long from, long to) {
        byte[] bytes = s.asSlice(from, to - from).toArray(ValueLayout.JAVA_BYTE);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            StringBuilder text = new StringBuilder(bytes.length + 8);
            for (byte b : bytes) {
                if (b >= 0) {
                    text.append((char) b);
                } else {
                    text.append("\\x").append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            return text.toString();
        }
    }
}
