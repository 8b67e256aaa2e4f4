package io.chunkwise.loader.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
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
    /** The character each byte is read as when a value is not UTF-8. */
    private static final char[] WINDOWS_1252_CHARS = windows1252Chars();

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
            return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            char[] text = new char[bytes.length]; // one character per byte
            for (int i = 0; i < text.length; i++) {
                text[i] = WINDOWS_1252_CHARS[bytes[i] & 0xFF];
            }
            return new String(text);
        }
    }

    /**
     * @param bytes a value's bytes
     * @return whether they are valid UTF-8 (and so {@link #decode} reads them as UTF-8)
     */
    public static boolean isUtf8(byte[] bytes) {
        try {
            strictUtf8().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The inverse of {@link #decode} for a value that is not UTF-8: the bytes read as this text,
     * the five bytes Windows-1252 leaves undefined for the control characters of their code.
     *
     * @param text a value's text
     * @return its bytes, or {@code null} when a character is none of the 256
     */
    public static byte[] windows1252(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            int b = windows1252Byte(text.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    private static int windows1252Byte(char c) {
        for (int b = 0; b < WINDOWS_1252_CHARS.length; b++) {
            if (WINDOWS_1252_CHARS[b] == c) {
                return b;
            }
        }
        return -1;
    }

    private static char[] windows1252Chars() {
        byte[] all = new byte[256];
        for (int b = 0; b < all.length; b++) {
            all[b] = (byte) b;
        }
        char[] chars = new String(all, WINDOWS_1252).toCharArray();
        for (int b = 0; b < chars.length; b++) {
            if (chars[b] == '\uFFFD') {
                chars[b] = (char) b; // undefined in Windows-1252: the control character of the same code
            }
        }
        return chars;
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
