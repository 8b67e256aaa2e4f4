package io.chunkwise.loader.io;

import java.nio.charset.StandardCharsets;

/**
 * Tells a spreadsheet workbook from other zip archives by its first entry: an {@code .xlsx} is a
 * zip whose first entry is {@code [Content_Types].xml} (or one of its parts), an {@code .ods} one
 * whose first entry is {@code mimetype} holding the OpenDocument spreadsheet type. "Unzip it"
 * is the advice for an archive, never for a workbook.
 */
final class Workbooks {
    /** The offset of a zip local file header's name length, and of its name. */
    private static final int NAME_LENGTH = 26;
    private static final int NAME = 30;

    private Workbooks() {
    }

    /**
     * @param head the first bytes of a file that starts as a zip archive
     * @return e.g. {@code an Excel workbook (.xlsx)}, or null when the first entry is no workbook's
     *     (or lies beyond {@code head})
     */
    static String zipped(byte[] head) {
        if (head.length < NAME) {
            return null;
        }
        int nameLength = (head[NAME_LENGTH] & 0xff) | (head[NAME_LENGTH + 1] & 0xff) << 8;
        int extraLength = (head[NAME_LENGTH + 2] & 0xff) | (head[NAME_LENGTH + 3] & 0xff) << 8;
        if (NAME + nameLength > head.length) {
            return null;
        }
        String name = new String(head, NAME, nameLength, StandardCharsets.ISO_8859_1);
        if (name.equals("[Content_Types].xml") || name.startsWith("xl/") || name.equals("_rels/.rels")
                || name.startsWith("docProps/")) {
            // Excel writes [Content_Types].xml first; other writers may start with another part of the package
            return "an Excel workbook (.xlsx)";
        }
        if (name.equals("mimetype")) {
            // stored uncompressed right after the header, as the OpenDocument format requires
            int from = NAME + nameLength + extraLength;
            String type = new String(head, Math.min(from, head.length), Math.max(0, Math.min(head.length - from, 64)),
                    StandardCharsets.ISO_8859_1);
            return type.startsWith("application/vnd.oasis.opendocument.spreadsheet") ? "an OpenDocument spreadsheet (.ods)" : null;
        }
        return null;
    }
}
