package io.chunkwise.loader.generate;

import java.util.Arrays;

/**
 * A growable byte buffer that generators write text into: ASCII words, numbers, fixed-point
 * decimals and dates, without creating strings. One per thread, reused block after block; not
 * thread-safe. Writers {@link #reserve} room for a record once, then append without checks.
 */
public final class ByteSink {
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final byte[] PAIRS = pairs();
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private byte[] bytes;
    private int size;

    private static byte[] pairs() {
        byte[] p = new byte[200];
        for (int i = 0; i < 100; i++) {
            p[2 * i] = (byte) ('0' + i / 10);
            p[2 * i + 1] = (byte) ('0' + i % 10);
        }
        return p;
    }

    /**
     * @param capacity initial capacity in bytes
     */
    public ByteSink(int capacity) {
        bytes = new byte[capacity];
    }

    /** @return the backing array (valid up to {@link #size()}; replaced when the sink grows) */
    public byte[] array() {
        return bytes;
    }

    /** @return bytes written since the last {@link #clear()} */
    public int size() {
        return size;
    }

    /** Forgets the content, keeping the capacity. */
    public void clear() {
        size = 0;
    }

    /** Makes room for {@code n} more bytes (callers reserve a row's worst case once). */
    public void reserve(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }

    /** Advances over {@code n} bytes the caller wrote into {@link #array()} directly. */
    public void skip(int n) {
        size += n;
    }

    /**
     * @param b a byte to append
     */
    public void put(byte b) {
        bytes[size++] = b;
    }

    /**
     * @param c an ASCII character to append
     */
    public void put(char c) {
        bytes[size++] = (byte) c;
    }

    /**
     * @param src bytes to append
     */
    public void put(byte[] src) {
        System.arraycopy(src, 0, bytes, size, src.length);
        size += src.length;
    }

    /**
     * @param src the source
     * @param offset where to start in it
     * @param length how many bytes to append
     */
    public void put(byte[] src, int offset, int length) {
        System.arraycopy(src, offset, bytes, size, length);
        size += length;
    }

    /** Writes a word with every {@code "} doubled (the inside of a quoted CSV field). */
    public void putEscaped(byte[] src) {
        for (byte b : src) {
            if (b == '"') {
                bytes[size++] = '"';
            }
            bytes[size++] = b;
        }
    }

    /**
     * @param value a number to append in decimal
     */
    public void putLong(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                put(MIN_LONG);
                return;
            }
            put('-');
            value = -value;
        }
        if (value <= Integer.MAX_VALUE) {
            putInt((int) value);
        } else {
            long high = value / 100_000_000;
            putLong(high);
            putPadded((int) (value - high * 100_000_000), 8);
        }
    }

    /** Writes a non-negative int in decimal. */
    public void putInt(int value) {
        putPadded(value, digits(value));
    }

    /** Writes {@code value} (non-negative, below 10^width) zero-padded to {@code width} digits. */
    public void putPadded(int value, int width) {
        byte[] b = bytes;
        int p = size + width;
        size = p;
        int v = value;
        int w = width;
        while (w >= 2) {
            int q = v / 100;
            int r = (v - q * 100) << 1;
            b[--p] = PAIRS[r + 1];
            b[--p] = PAIRS[r];
            v = q;
            w -= 2;
        }
        if (w == 1) {
            b[--p] = (byte) ('0' + v);
        }
    }

    /** Writes a fixed-point number: {@code units / 10^decimals}, e.g. (12345, 2) as {@code 123.45}. */
    public void putFixed(long units, int decimals) {
        if (units < 0) {
            put('-');
            units = -units;
        }
        long scale = POW10[decimals];
        long whole = units / scale;
        putLong(whole);
        if (decimals > 0) {
            put('.');
            putPadded((int) (units - whole * scale), decimals);
        }
    }

    /** Writes a day since 1970-01-01 (years 0–9999) as {@code yyyy-MM-dd}. */
    public void putDate(int epochDay) {
        putCivilDate(epochDay, true);
    }

    /** Writes a day since 1970-01-01 (years 0–9999) as {@code yyyyMMdd}, as FIX UTCTimestamps do. */
    public void putCompactDate(int epochDay) {
        putCivilDate(epochDay, false);
    }

    private void putCivilDate(int epochDay, boolean dashes) {
        // Howard Hinnant's civil_from_days, in int arithmetic (days from 0000-03-01 are positive).
        int z = epochDay + 719_468;
        int era = z / 146_097;
        int doe = z - era * 146_097;
        int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int day = doy - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        putPadded(year, 4);
        if (dashes) {
            put('-');
        }
        putPadded(month, 2);
        if (dashes) {
            put('-');
        }
        putPadded(day, 2);
    }

    /** Writes seconds since the epoch (non-negative) as {@code yyyy-MM-ddTHH:mm:ssZ}. */
    public void putTimestamp(long epochSecond) {
        int day = (int) (epochSecond / 86_400);
        int second = (int) (epochSecond - day * 86_400L);
        putDate(day);
        put('T');
        int hour = second / 3600;
        int minute = (second - hour * 3600) / 60;
        putPadded(hour, 2);
        put(':');
        putPadded(minute, 2);
        put(':');
        putPadded(second - hour * 3600 - minute * 60, 2);
        put('Z');
    }

    private static int digits(int v) {
        int n = 1;
        int limit = 10;
        while (n < 10 && v >= limit) {
            n++;
            limit *= 10;
        }
        return n;
    }
}
