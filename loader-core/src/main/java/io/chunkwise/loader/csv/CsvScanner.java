package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The exact record scanner: a cursor over a {@link MemorySegment} that yields one record at a
 * time. The grammar (RFC 4180, lenient where the RFC is silent):
 * <ul>
 *   <li>records end at LF or CRLF outside quotes (and at the {@code \r\r\n} of a CRLF file
 *       written again in text mode: the CRs before a record's LF are line ending, not its last
 *       value's); lines that are empty (LF or CRLF only) are skipped and counted as lines; the
 *       last record may lack a line break (the CRs that end the file then end its line);</li>
 *   <li>a field starting with the quote is quoted: it runs to the next quote not doubled, may
 *       contain delimiters and line breaks, {@code ""} stands for one quote; bytes after the
 *       closing quote up to the delimiter are kept literally ({@code "D" } is {@code D });</li>
 *   <li>a quote inside an unquoted field is an ordinary character ({@code A,B"} is {@code B"});</li>
 *   <li>a quoted field still open at the end of the input is an error
 *       ({@link CsvParseException}), never a silent guess.</li>
 * </ul>
 * Positions are segment-relative; record offsets add the segment's file offset ({@code base}).
 * Not thread-safe: one scanner per thread.
 */
public final class CsvScanner {
    /** {@link #next} found a record: read it from {@link #record()}. */
    public static final int RECORD = 1;
    /** {@link #next} reached the limit at the end of the input: no more records. */
    public static final int END = 0;
    /** {@link #next} reached the limit inside a record that continues after it: supply more bytes. */
    public static final int MORE = -1;
    /** {@link #next} stopped: the next record (or blank line) starts at or after the stop position. */
    public static final int STOP = 2;

    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final ValueLayout.OfLong WORD =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LF_WORD = LF * ONES;

    private final String source;
    private final byte delimiter;
    private final byte quote;
    private final CsvRecord record;
    private final long delimiterWord;
    private final long quoteWord;
    private MemorySegment segment;
    private long base;
    private long position;
    private long line;
    private long stopAt = Long.MAX_VALUE;
    private int fieldLimit = Integer.MAX_VALUE;
    private int keepFields = Integer.MAX_VALUE;
    /** Line feeds inside the quoted fields of the record being read. */
    private long quotedLines;
    /** Whether the last quoted field skipped had a doubled quote. */
    private boolean doubledQuote;
    /**
     * All ones while the record being read has shown no NUL byte, then 0: the word loops stop at
     * the first NUL to note it, and run over the rest of a NUL run (a crashed writer's padding) at
     * full speed.
     */
    private long nulWatch;

    /**
     * @param format the dialect
     * @param source the name used in error messages (usually the file)
     */
    public CsvScanner(CsvFormat format, String source) {
        this.source = source;
        this.delimiter = format.delimiter();
        this.quote = format.quote();
        this.record = new CsvRecord(quote);
        this.delimiterWord = (delimiter & 0xFFL) * ONES;
        this.quoteWord = (quote & 0xFFL) * ONES;
    }

    /** @return the high bit set in exactly the bytes of {@code x} that are zero */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * The cheaper test: non-zero exactly when {@code x} has a zero byte, and then its lowest set
     * bit marks the first one (bytes above a zero byte may be marked wrongly, by the borrow).
     */
    private static long anyZeroByte(long x) {
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /**
     * @return the first position in [p, limit) holding the delimiter or a line feed, or limit;
     *     notes the record's first NUL byte on the way
     */
    private long skipUnquoted(MemorySegment s, long p, long limit) {
        return skipTo(s, p, limit, delimiterWord);
    }

    /**
     * @return the first position in [p, limit) holding the quote or a line feed, or limit; notes
     *     the record's first NUL byte on the way
     */
    private long skipQuoted(MemorySegment s, long p, long limit) {
        return skipTo(s, p, limit, quoteWord);
    }

    /** @return the first position in [p, limit) holding the byte of {@code stopWord} or a line feed, or limit */
    private long skipTo(MemorySegment s, long p, long limit, long stopWord) {
        while (p + 8 <= limit) {
            long w = s.get(WORD, p);
            long m = anyZeroByte(w ^ stopWord) | anyZeroByte(w ^ LF_WORD) | anyZeroByte(w) & nulWatch;
            if (m != 0) {
                long hit = p + (Long.numberOfTrailingZeros(m) >>> 3);
                if (s.get(ValueLayout.JAVA_BYTE, hit) != 0) {
                    return hit;
                }
                noteNul(hit);
                p = hit + 1;
                continue;
            }
            p += 8;
        }
        byte stop = (byte) stopWord;
        while (p < limit) {
            byte b = s.get(ValueLayout.JAVA_BYTE, p);
            if (b == stop || b == LF) {
                return p;
            }
            if (b == 0) {
                noteNul(p);
            }
            p++;
        }
        return limit;
    }

    private void noteNul(long position) {
        if (nulWatch != 0) {
            record.nul(position);
            nulWatch = 0;
        }
    }

    /**
     * Points the scanner at a record start.
     *
     * @param segment the bytes
     * @param base the file offset of the segment's first byte
     * @param position the segment-relative position of a record start (or blank line)
     * @param line the 1-based line number at that position
     */
    public void reset(MemorySegment segment, long base, long position, long line) {
        this.segment = segment;
        this.base = base;
        this.position = position;
        this.line = line;
    }

    /**
     * Makes {@link #next} return {@link #STOP} instead of reading a record or blank line that
     * starts at or after a position (the end of a chunk).
     *
     * @param position segment-relative; {@link Long#MAX_VALUE} for none
     */
    public void stopAt(long position) {
        this.stopAt = position;
    }

    /**
     * Makes {@link #next} return as soon as a record has this many fields: enough to read one
     * column cheaply (a lookup's key check). The record is then partial and the position is not a
     * record start: use only for single-record reads.
     *
     * @param fields the number of leading fields wanted; {@link Integer#MAX_VALUE} for all
     */
    public void fieldLimit(int fields) {
        this.fieldLimit = fields;
    }

    /**
     * Keeps the positions of a record's leading fields only, and counts the rest: enough for a
     * sink that reads a few leading columns (an index's keys) and checks every record's field
     * count. {@link CsvRecord#size()} stays the record's full field count.
     *
     * @param fields the number of leading fields kept (at least 1); {@link Integer#MAX_VALUE} for all
     */
    public void keepFields(int fields) {
        if (fields < 1) {
            throw new IllegalArgumentException("keep at least one field, not " + fields);
        }
        this.keepFields = fields;
    }

    /** @return the segment-relative position of the next unread byte (a record start) */
    public long position() {
        return position;
    }

    /** @return the line number at {@link #position()} */
    public long line() {
        return line;
    }

    /** @return the record found by the last {@link #next} that returned {@link #RECORD} */
    public CsvRecord record() {
        return record;
    }

    /**
     * Reads the next record.
     *
     * @param limit the segment-relative position where the available bytes end
     * @param eof whether the input ends at {@code limit}
     * @return {@link #RECORD}, {@link #END}, {@link #MORE} or {@link #STOP}
     * @throws CsvParseException when a quoted field is still open at the end of the input
     */
    public int next(long limit, boolean eof) {
        final MemorySegment s = segment;
        long p = position;
        // blank lines
        while (true) {
            if (p >= stopAt) {
                position = p;
                return STOP;
            }
            if (p >= limit) {
                position = p;
                return eof ? END : MORE;
            }
            byte b = s.get(ValueLayout.JAVA_BYTE, p);
            if (b == LF) {
                p++;
                line++;
            } else if (b == CR) {
                // CRLF, or the CRs of a \r\r\n (a CRLF file written again in text mode), or CRs that end
                // the file: a blank line; a CR before text starts a record
                long q = p + 1;
                while (q < limit && s.get(ValueLayout.JAVA_BYTE, q) == CR) {
                    q++;
                }
                if (q >= limit) {
                    if (!eof) {
                        position = p;
                        return MORE;
                    }
                    p = q;
                } else if (s.get(ValueLayout.JAVA_BYTE, q) == LF) {
                    p = q + 1;
                    line++;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        position = p;
        quotedLines = 0;
        nulWatch = -1L;
        record.begin(s, base, p, line);
        while (true) {
            final long fieldStart = p;
            byte kind;
            if (s.get(ValueLayout.JAVA_BYTE, p) == quote) {
                long linesBefore = quotedLines;
                p = skipQuotedField(s, p, limit, eof);
                if (p < 0) {
                    return MORE;
                }
                kind = doubledQuote ? CsvRecord.DECODE : CsvRecord.QUOTED;
                long closed = p;
                if (quotedLines > linesBefore && closed < limit && isText(s.get(ValueLayout.JAVA_BYTE, closed))) {
                    record.strayQuote(closed - 1);
                }
                // literal bytes after the closing quote, up to the delimiter or line break
                p = skipUnquoted(s, p, limit);
                if (p >= limit && !eof) {
                    return MORE;
                }
                // here p < limit, or the input ends at p: its last CRs then end the line, as before a LF
                long fieldEnd = p >= limit || s.get(ValueLayout.JAVA_BYTE, p) == LF ? lineEnd(s, closed, p) : p;
                if (fieldEnd > closed) {
                    kind = CsvRecord.DECODE;
                }
                record.add(fieldStart, fieldEnd, kind);
            } else {
                p = skipUnquoted(s, p, limit);
                if (p >= limit && !eof) {
                    return MORE;
                }
                long fieldEnd = p >= limit || s.get(ValueLayout.JAVA_BYTE, p) == LF ? lineEnd(s, fieldStart, p) : p;
                record.add(fieldStart, fieldEnd, CsvRecord.UNQUOTED);
            }
            if (record.size() >= fieldLimit) {
                record.finish(p);
                return RECORD;
            }
            // p is at a delimiter, a line feed, or the end of the input
            if (p >= limit) {
                return endRecord(p, 0);
            }
            if (s.get(ValueLayout.JAVA_BYTE, p) == LF) {
                return endRecord(p + 1, 1);
            }
            p++; // delimiter
            if (p >= limit) {
                if (!eof) {
                    return MORE;
                }
                record.add(p, p, CsvRecord.UNQUOTED);
                return endRecord(p, 0);
            }
            if (record.size() >= keepFields) {
                return countRest(s, p, limit, eof);
            }
        }
    }

    /**
     * @param from where the last field's unquoted bytes start
     * @param lf the line feed that ends the record
     * @return where the field ends: before the CRs that precede the line feed, one of CRLF or more
     *     of a {@code \r\r\n} (a CRLF file written again in text mode), which are line ending, not data
     */
    private static long lineEnd(MemorySegment s, long from, long lf) {
        long end = lf;
        while (end > from && s.get(ValueLayout.JAVA_BYTE, end - 1) == CR) {
            end--;
        }
        return end;
    }

    /** @return whether a byte after a closing quote is text: not the delimiter, a line break or a blank */
    private boolean isText(byte b) {
        return b != delimiter && b != LF && b != CR && b != ' ' && b != '\t';
    }

    /** Ends the record before {@code end}, where the next one starts {@code lineFeeds} (0 or 1) lines on. */
    private int endRecord(long end, int lineFeeds) {
        record.finish(end);
        position = end;
        line += quotedLines + lineFeeds;
        return RECORD;
    }

    /**
     * Skips a quoted field: to the next quote not doubled. Counts the line feeds inside
     * ({@link #quotedLines}) and notes whether a doubled quote was seen ({@link #doubledQuote}).
     *
     * @param fieldStart the position of the opening quote
     * @return the position after the closing quote, or -1 when the input ends first and more may come
     * @throws CsvParseException when the input ends first at the end of the file
     */
    private long skipQuotedField(MemorySegment s, long fieldStart, long limit, boolean eof) {
        doubledQuote = false;
        long p = fieldStart + 1;
        while (true) {
            p = skipQuoted(s, p, limit);
            if (p >= limit) {
                if (eof) {
                    throw new CsvParseException(source, line, base + fieldStart,
                            "quoted field opened at byte " + (base + fieldStart) + " is never closed");
                }
                return -1;
            }
            byte b = s.get(ValueLayout.JAVA_BYTE, p);
            if (b == quote) {
                if (p + 1 >= limit) {
                    return eof ? p + 1 : -1;
                }
                if (s.get(ValueLayout.JAVA_BYTE, p + 1) == quote) {
                    doubledQuote = true;
                    p += 2;
                    continue;
                }
                return p + 1;
            }
            quotedLines++; // b is a line feed
            p++;
        }
    }

    /**
     * Counts the fields from a field start to the end of the record, keeping no positions: over
     * unquoted bytes two words at a time, adding up their delimiters; quoted fields as {@link #next}
     * reads them. Ends the record as {@link #next} does.
     */
    private int countRest(MemorySegment s, long p, long limit, boolean eof) {
        final long restStart = p;
        int fields = 1;
        // NULs are looked for in the fields read (up to the last key column), not here: this loop is
        // most of a build's parse, and a test per word cost it a tenth (JMH); a NUL in a field that
        // is only counted misplaces no key
        nulWatch = 0;
        while (true) {
            // the next line feed or quote, counting the delimiters before it
            long hit = -1;
            while (p + 16 <= limit) {
                long w0 = s.get(WORD, p);
                long w1 = s.get(WORD, p + 8);
                if ((anyZeroByte(w0 ^ LF_WORD) | anyZeroByte(w0 ^ quoteWord)
                        | anyZeroByte(w1 ^ LF_WORD) | anyZeroByte(w1 ^ quoteWord)) != 0) {
                    break; // the word loop below finds which byte
                }
                fields += Long.bitCount(zeroBytes(w0 ^ delimiterWord)) + Long.bitCount(zeroBytes(w1 ^ delimiterWord));
                p += 16;
            }
            while (p + 8 <= limit) {
                long w = s.get(WORD, p);
                long delimiters = zeroBytes(w ^ delimiterWord);
                long stops = anyZeroByte(w ^ LF_WORD) | anyZeroByte(w ^ quoteWord);
                if (stops != 0) {
                    int bit = Long.numberOfTrailingZeros(stops); // the first stop is exact
                    fields += Long.bitCount(delimiters & ((1L << bit) - 1));
                    hit = p + (bit >>> 3);
                    break;
                }
                fields += Long.bitCount(delimiters);
                p += 8;
            }
            if (hit < 0) {
                for (hit = limit; p < limit; p++) {
                    byte b = s.get(ValueLayout.JAVA_BYTE, p);
                    if (b == delimiter) {
                        fields++;
                    } else if (b == LF || b == quote) {
                        hit = p;
                        break;
                    }
                }
            }
            p = hit;
            if (p >= limit) {
                if (!eof) {
                    return MORE;
                }
                record.skipped(fields);
                return endRecord(p, 0);
            }
            if (s.get(ValueLayout.JAVA_BYTE, p) == LF) {
                p++;
                record.skipped(fields);
                return endRecord(p, 1);
            }
            // a quote: it opens a quoted field at a field start; elsewhere it is an ordinary byte
            if (p == restStart || s.get(ValueLayout.JAVA_BYTE, p - 1) == delimiter) {
                long linesBefore = quotedLines;
                p = skipQuotedField(s, p, limit, eof);
                if (p < 0) {
                    return MORE;
                }
                if (quotedLines > linesBefore && p < limit && isText(s.get(ValueLayout.JAVA_BYTE, p))) {
                    record.strayQuote(p - 1);
                }
            } else {
                p++;
            }
        }
    }
}
