package io.chunkwise.dataset.arrow;

import java.nio.charset.StandardCharsets;

/**
 * Why a file that does not start with Arrow's magic is no cache, saying what it looks like: the
 * bars CSV itself, given to a command that reads the cache built from it, is the usual mistake.
 * The advice names no command: a library caller builds caches its own way, and the CLI names its
 * command ({@code OptionWording}).
 */
final class NotArrowFile {
    /** Bytes looked at: enough for a CSV header line to be recognised and quoted. */
    static final int HEAD = 64;
    private static final String REASON = "not an Arrow IPC file (no ARROW1 magic at the start)";

    private NotArrowFile() {
    }

    /**
     * @param head the file's first bytes (up to {@link #HEAD})
     * @return the reason, with what the file looks like when that is known
     */
    static String reason(byte[] head) {
        if (startsWith(head, 'P', 'A', 'R', '1')) {
            return REASON + ": a Parquet file; write it as Arrow IPC (uncompressed), e.g. pyarrow.feather.write_feather(t, f,"
                    + " compression='uncompressed')";
        }
        if (startsWith(head, 0xFF, 0xFF, 0xFF, 0xFF)) {
            return REASON + ": an Arrow IPC stream, not a file; write it with the file format (feather, new_file)";
        }
        if (head.length > 0 && isText(head)) {
            String text = new String(head, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("").strip();
            boolean cut = head.length == HEAD && text.indexOf('\n') < 0;
            return REASON + ": it reads as text ('" + printable(first) + (cut ? "…" : "")
                    + "'), a bars CSV? build a cache from it first";
        }
        return REASON;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return whether every byte is printable ASCII, a tab or a line break, or of a UTF-8 sequence */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
