package io.chunkwise.loader.csv;

import java.util.Locale;

/**
 * What a NUL byte in a file's first line says about it. UTF-16 or UTF-32 text without a byte-order
 * mark has a NUL beside every ASCII character (after it little-endian, before it big-endian), and
 * is named with the {@code iconv} that converts it; any other NUL (a run of them, a file of NUL
 * padding a preallocating writer never filled, a binary file) is named as what it is, with how
 * many there are and where, never as UTF-16 text, which {@code iconv} would turn into garbage.
 */
final class NulStart {
    /** The first-line bytes looked at for UTF-16's or UTF-32's pattern: a few characters tell. */
    private static final int PATTERN_LOOK = 64;

    private NulStart() {
    }

    /**
     * @param start the file's first bytes (no byte-order mark: those are named before)
     * @param end where its first line ends (its line feed), or {@code start.length}
     * @param nul the first NUL byte, before {@code end}
     * @return the message: the encoding and the command that converts it, or the NUL bytes and
     *     where they start
     */
    static String describe(byte[] start, int end, int nul) {
        String wide = wideText(start, end);
        if (wide != null) {
            return wide + " text without a byte-order mark (a NUL beside every ASCII character); CSV files are read"
                    + " as UTF-8: convert it, e.g. iconv -f " + wide + " -t UTF-8";
        }
        long count = 0;
        for (int i = nul; i < end; i++) {
            count += start[i] == 0 ? 1 : 0;
        }
        String what = nul == 0 && count == end
                ? String.format(Locale.ROOT, "the first %,d %s read %s NUL and nothing else: a preallocated file never"
                        + " written (a crashed writer's padding?), or not a text file", count, count == 1 ? "byte" : "bytes",
                        count == 1 ? "is" : "are")
                : String.format(Locale.ROOT, "the first line holds %,d NUL %s from byte %d: not a text file, or a"
                        + " preallocated file never written (a crashed writer's padding?)", count, count == 1 ? "byte" : "bytes", nul);
        return what + "; CSV files are UTF-8 text";
    }

    /** @return "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the line's bytes are that pattern, or null */
    private static String wideText(byte[] b, int end) {
        int n = Math.min(end, PATTERN_LOOK);
        for (int unit : new int[] {4, 2}) {
            for (boolean bigEndian : new boolean[] {false, true}) {
                if (isPattern(b, n, unit, bigEndian)) {
                    return "UTF-" + unit * 8 + (bigEndian ? "BE" : "LE");
                }
            }
        }
        return null;
    }

    /**
     * @return whether {@code b[0, n)} is at least two whole characters of {@code unit} bytes, most
     *     of them (three in four) Latin-1: the low byte not NUL, the others NUL; none of them NUL
     *     (a run of NULs is no text)
     */
    private static boolean isPattern(byte[] b, int n, int unit, boolean bigEndian) {
        int chars = n / unit;
        if (chars < 2) {
            return false;
        }
        int latin1 = 0;
        for (int c = 0; c < chars; c++) {
            boolean nul = true;
            boolean pattern = true;
            for (int i = 0; i < unit; i++) {
                byte v = b[c * unit + i];
                nul &= v == 0;
                pattern &= i == (bigEndian ? unit - 1 : 0) ? v != 0 : v == 0;
            }
            if (nul) {
                return false;
            }
            latin1 += pattern ? 1 : 0;
        }
        return latin1 * 4 >= chars * 3;
    }
}
