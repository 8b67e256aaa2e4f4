package io.chunkwise.loader.io;

/**
 * Names a file that is an archive or a binary format rather than text, by its first bytes: a
 * download left zipped (HistData's are {@code .zip}), a compressed master, a workbook or an index
 * given for its CSV would otherwise be diagnosed by whatever text check fails first ("no key
 * column: the header [PK\x03\x04…]"), with advice that may corrupt it.
 */
public final class BinaryFormats {
    private BinaryFormats() {
    }

    /**
     * @param head the file's first bytes
     * @return what the file is with what to do, e.g. {@code a zip archive; unzip it first}, or null when
     *     it starts as none of them
     */
    public static String describe(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return "a zip archive, not a text file; unzip it first (a spreadsheet workbook is one: save it as CSV)";
        }
        if (startsWith(head, 'C', 'H', 'U', 'N', 'K', 'W', 'X')) {
            return "a chunkwise index, not a text file; give the CSV file it indexes";
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return "gzip-compressed, not a text file; gunzip it first";
        }
        if (startsWith(head, 'B', 'Z', 'h')) {
            return "bzip2-compressed, not a text file; bunzip2 it first";
        }
        if (startsWith(head, 0xfd, '7', 'z', 'X', 'Z')) {
            return "xz-compressed, not a text file; unxz it first";
        }
        if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
            // zstd's frame: what large exports are compressed with now (.csv.zst); its NULs were called UTF-16
            return "zstd-compressed, not a text file; unzstd it first";
        }
        if (startsWith(head, 0x04, 0x22, 0x4d, 0x18)) {
            return "lz4-compressed, not a text file; unlz4 it first";
        }
        if (startsWith(head, '7', 'z', 0xbc, 0xaf)) {
            return "a 7z archive, not a text file; extract it first";
        }
        if (startsWith(head, 'A', 'R', 'R', 'O', 'W', '1')) {
            return "an Arrow IPC file, not a CSV file";
        }
        if (startsWith(head, 'P', 'A', 'R', '1')) {
            return "a Parquet file, not a CSV file; export it as CSV first";
        }
        return null;
    }

    /**
     * As {@link #describe(byte[])}, for a file given as something other than a CSV: an index, an
     * Arrow or a Parquet file is named as not being {@code wanted}, without the advice to give or
     * export a CSV, which is a master's or bars' (a {@code .cwx} given to {@code fixscan} is no
     * FIX log, and its CSV would be none either).
     *
     * @param head the file's first bytes
     * @param wanted what the file was given as, e.g. {@code a FIX log}
     * @return what the file is with what to do, or null when it starts as none of them
     */
    public static String describe(byte[] head, String wanted) {
        String format = startsWith(head, 'C', 'H', 'U', 'N', 'K', 'W', 'X') ? "a chunkwise index"
                : startsWith(head, 'A', 'R', 'R', 'O', 'W', '1') ? "an Arrow IPC file"
                : startsWith(head, 'P', 'A', 'R', '1') ? "a Parquet file" : null;
        return format != null ? format + ", not " + wanted : describe(head);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
