package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/** Records what a scan reports, as comparable strings, through the public API only. */
final class Recorder implements FixHandler {
    final List<Event> events = new ArrayList<>();
    private final InstrumentFields fields = new InstrumentFields();

    /** One thing a scan found; {@code line} is relative until {@link #absolute}. */
    record Event(long offset, long line, String what) {
        Event absolute(ChunkStats chunk) {
            return new Event(offset, chunk.line(line), what);
        }
    }

    @Override
    public void message(FixMessage m) {
        fields.read(m);
        events.add(new Event(m.offset(), m.lineIndex(), "msg " + m.beginString() + " 35=" + m.msgType()
                + " 34=" + fields.value(InstrumentFields.Field.MSG_SEQ_NUM)
                + " 55=" + fields.value(InstrumentFields.Field.SYMBOL)
                + " 48=" + fields.value(InstrumentFields.Field.SECURITY_ID)
                + " 22=" + fields.value(InstrumentFields.Field.SECURITY_ID_SOURCE)
                + " len=" + m.logLength() + (m.folded() ? " folded" : "")));
    }

    @Override
    public void malformed(MalformedMessage bad) {
        events.add(new Event(bad.offset(), bad.lineIndex(), "bad " + bad.reason() + " " + bad.detail()));
    }

    /** Serial scan of the whole log with absolute line numbers. */
    static List<Event> serial(MemorySegment log) {
        return scan(log, ScanOptions.serial().withChunkSize(Math.max(1, log.byteSize())));
    }

    static List<Event> scan(MemorySegment log, ScanOptions options) {
        List<Event> all = new ArrayList<>();
        FixScanner.scan(log, options, Recorder::new, (Recorder r, ChunkStats chunk) -> {
            for (Event e : r.events) {
                all.add(e.absolute(chunk));
            }
        });
        return all;
    }

    static long count(List<Event> events, String prefix) {
        return events.stream().filter(e -> e.what().startsWith(prefix)).count();
    }
}
