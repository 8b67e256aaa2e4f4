package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds data records that repeat the header row: what {@code cat a.csv b.csv} leaves of the second
 * file's header (with its UTF-8 byte-order mark, when the export had one). Such a row is not a
 * security: the loaders reject it, naming the cause, instead of indexing "CUSIP" as a CUSIP.
 *
 * <p>Values are compared without surrounding blanks and case-sensitively; a byte-order mark at the
 * record's start is skipped, and so are the quotes of a first field it kept from being read as
 * quoted. Each record costs a length test of its first field; only a record whose first field is
 * the header's first name is compared whole. Immutable: one instance serves every worker.
 */
public final class HeaderRepeat implements CsvRecord.SliceTest {
    private static final String REASON = "repeats the header row (concatenated files?)";
    private static final String REASON_BOM = "repeats the header row, after a UTF-8 byte-order mark (concatenated files?)";
    private final List<String> names;
    private final byte[] first;
    private final CsvFormat format;
    private final String source;

    /**
     * @param header the file's header
     * @param format its dialect
     * @param source the file, for messages
     */
    public HeaderRepeat(CsvHeader header, CsvFormat format, String source) {
        this.names = header.names().stream().map(HeaderRepeat::trim).toList();
        this.first = names.getFirst().getBytes(StandardCharsets.UTF_8);
        this.format = format;
        this.source = source;
    }

    /**
     * @param r a record with the header's field count
     * @return the reject when it repeats the header row, else {@code null}
     */
    public Reject check(CsvRecord r) {
        if (!r.test(0, this)) {
            return null;
        }
        boolean markAtStart = r.startsWithByteOrderMark();
        CsvRecord all = r;
        if (r.kept() < r.size()) {
            // the sink keeps only leading fields: this rare candidate is read again whole
            CsvScanner whole = new CsvScanner(format, source);
            whole.reset(r.segment(), r.base(), r.offset() - r.base(), r.line());
            if (whole.next(r.endOffset() - r.base(), true) != CsvScanner.RECORD) {
                return null;
            }
            all = whole.record();
        }
        for (int i = 1; i < names.size(); i++) {
            if (!trim(all.get(i)).equals(names.get(i))) {
                return null;
            }
        }
        return new Reject(r.line(), r.offset(), markAtStart ? REASON_BOM : REASON);
    }

    /** @return whether a first field's value is the header's first name (after a byte-order mark and its quotes) */
    @Override
    public boolean test(MemorySegment s, long at, long length) {
        long from = at;
        long to = at + length;
        if (to - from < first.length) {
            return false; // many records: shorter than the header's first name
        }
        if (to - from > first.length && !mayBeTrimmed(s.get(ValueLayout.JAVA_BYTE, from))
                && !mayBeTrimmed(s.get(ValueLayout.JAVA_BYTE, to - 1))) {
            return false; // most others: longer, with nothing at either end that could be trimmed off
        }
        boolean bom = KeyTrim.startsWithByteOrderMark(s, from, to);
        if (bom) {
            from += 3;
        }
        long start = KeyTrim.start(s, from, to);
        to = KeyTrim.end(s, from, to);
        from = start;
        if (bom && to - from >= 2 && s.get(ValueLayout.JAVA_BYTE, from) == format.quote()
                && s.get(ValueLayout.JAVA_BYTE, to - 1) == format.quote()) {
            // the mark kept the quoted field from being read as quoted
            start = KeyTrim.start(s, from + 1, to - 1);
            to = KeyTrim.end(s, from + 1, to - 1);
            from = start;
        }
        return to - from == first.length
                && MemorySegment.mismatch(s, from, to, MemorySegment.ofArray(first), 0, first.length) < 0;
    }

    /**
     * @return whether a value's first or last byte may be cut off before the comparison: a blank,
     *     a CR, a byte-order mark's first byte, a quote or Excel's {@code =}
     */
    private boolean mayBeTrimmed(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '=' || b == '"' || b == format.quote() || b == (byte) 0xEF;
    }

    private static String trim(String name) {
        int from = 0;
        int to = name.length();
        while (from < to && (name.charAt(from) == ' ' || name.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (name.charAt(to - 1) == ' ' || name.charAt(to - 1) == '\t')) {
            to--;
        }
        return name.substring(from, to);
    }
}
