package io.chunkwise.loader.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A CSV value as text. Files are read as UTF-8; a value that is not valid UTF-8 is read as
 * Windows-1252, what a spreadsheet's "CSV" export writes in most of the West ({@code D\xE9nomination}
 * is {@code Dénomination}, not {@code D\uFFFDnomination}). Every byte stays a character: the five
 * bytes Windows-1252 leaves undefined become the control characters of the same code.
 */
public final class CsvText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /**
     * @param bytes a value's bytes
     * @return its text
     */
    public static String decode(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            char[] text = new String(bytes, WINDOWS_1252).toCharArray(); // one character per byte
            for (int i = 0; i < text.length; i++) {
                if (text[i] == '\uFFFD') {
                    text[i] = (char) (bytes[i] & 0xFF);
                }
            }
            return new String(text);
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
