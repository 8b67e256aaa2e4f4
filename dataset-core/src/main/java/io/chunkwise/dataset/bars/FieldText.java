package io.chunkwise.dataset.bars;

import java.util.Locale;

/**
 * A field from a file as a reject reason quotes it: control characters escaped ({@code \x00}, as
 * header messages write them) and a long field cut, so one bad row cannot put raw bytes or a
 * 300 KB line on a terminal or into a rejects file.
 */
final class FieldText {
    /** Characters of a field shown before it is cut. */
    static final int MAX_SHOWN = 40;

    private FieldText() {
    }

    /**
     * @param field a field as read
     * @return it in single quotes, escaped, and cut after {@value #MAX_SHOWN} characters with its length
     */
    static String quoted(String field) {
        StringBuilder b = new StringBuilder(Math.min(field.length(), MAX_SHOWN) + 24).append('\'');
        int end = field.length() > MAX_SHOWN ? MAX_SHOWN : field.length();
        for (int i = 0; i < end; i++) {
            char c = field.charAt(i);
            if (c < 0x20 || c >= 0x7F && c < 0xA0) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('\'');
        if (end < field.length()) {
            b.append(String.format(Locale.ROOT, "… (%,d characters)", field.length()));
        }
        return b.toString();
    }
}
