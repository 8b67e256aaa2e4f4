package io.chunkwise.loader.io;

/**
 * Names a file that is an archive or a binary format rather than text, by its first bytes: a
 * download left zipped (HistData's are {@code .zip}), a compressed master, a workbook or an index
 * given for its CSV would otherwise be diagnosed by whatever text check fails first ("no key
 * column: the header [PK\x03\x04…]"), with advice that may corrupt it.
 */
public final class BinaryFormats {
    /** What a format that is data, but in no CSV, is said not to be. */
    private static final String NOT_CSV = ", not a CSV file";
    private static final int[] SQLITE = "SQLite format 3\0".chars().toArray();

    private BinaryFormats() {
    }

    /**
     * @param head the file's first bytes
     * @return what the file is with what to do, e.g. {@code a zip archive; unzip it first}, or null when
     *     it starts as none of them
     */
    public static String describe(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            String workbook = Workbooks.zipped(head);
            return workbook != null ? workbook + NOT_CSV + "; save it as CSV from the spreadsheet"
                    : "a zip archive, not a text file; unzip it first (a spreadsheet workbook is one: save it as CSV)";
        }
        if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            // OLE2, the container of Excel 97-2003's .xls: its NULs were named as a crashed writer's padding
            return "an Excel 97-2003 workbook (.xls) or another OLE2 document" + NOT_CSV + "; save it as CSV from the spreadsheet";
        }
        if (startsWith(head, 0x7f, 'E', 'L', 'F')) {
            // a program given for its data (a tab-completed path): named, not described by its NULs
            return "an ELF executable or library, not a text file";
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            // a report printed to PDF reads as text to its first binary stream: named, not called a header [%PDF-1.7]
            return "a PDF document" + NOT_CSV + "; export the data as CSV from where the PDF was made";
        }
        if (startsWith(head, SQLITE)) {
            return "an SQLite database" + NOT_CSV + "; export the table as CSV, e.g. sqlite3 -csv -header FILE 'select * from TABLE'";
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
            return "an Arrow IPC file" + NOT_CSV;
        }
        if (startsWith(head, 'P', 'A', 'R', '1')) {
            return "a Parquet file" + NOT_CSV + "; export it as CSV first";
        }
        return null;
    }

    /**
     * As {@link #describe(byte[])}, for a file given as something other than a CSV: an index, or
     * a format that is data but no CSV (Arrow, Parquet, a workbook, a PDF, a database), is named as
     * not being {@code wanted}, without the advice to give or
     * export a CSV, which is a master's or bars' (a {@code .cwx} given to {@code fixscan} is no
     * FIX log, and its CSV would be none either).
     *
     * @param head the file's first bytes
     * @param wanted what the file was given as, e.g. {@code a FIX log}
     * @return what the file is with what to do, or null when it starts as none of them
     */
    public static String describe(byte[] head, String wanted) {
        if (startsWith(head, 'C', 'H', 'U', 'N', 'K', 'W', 'X')) {
            return "a chunkwise index, not " + wanted;
        }
        // a format named as no CSV (Arrow, Parquet, a workbook, a PDF…) is named as no file of the kind wanted
        String named = describe(head);
        int cut = named == null ? -1 : named.indexOf(NOT_CSV);
        return cut < 0 ? named : named.substring(0, cut) + ", not " + wanted;
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
