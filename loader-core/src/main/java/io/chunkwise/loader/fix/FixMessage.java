package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;

/**
 * A view of one well-formed message, valid only during the {@link FixHandler#message} call that
 * receives it (the scanner reuses it). Nothing is copied: positions point into the mapped log
 * (or, for a message re-joined from several lines, into the scanner's scratch buffer).
 * Read fields with a reusable {@link FieldCursor} or {@link InstrumentFields}.
 */
public final class FixMessage {
    private MemorySegment segment;
    private long start;
    private long bodyStart;
    private long msgTypeEnd;
    private long bodyEnd;
    private long end;
    private byte delimiter;
    private long offset;
    private long logEnd;
    private boolean folded;
    private LineCounter lines;

    FixMessage() {
    }

    void bind(FrameParser frame, long logOffset, LineCounter lineCounter) {
        segment = frame.segment;
        start = frame.start;
        bodyStart = frame.bodyStart;
        msgTypeEnd = frame.msgTypeEnd;
        bodyEnd = frame.bodyEnd;
        end = frame.end;
        delimiter = frame.delimiter;
        offset = logOffset;
        logEnd = frame.logEnd;
        folded = frame.folded;
        lines = lineCounter;
    }

    /** @return byte offset of the message's {@code 8=FIX} in the log */
    public long offset() {
        return offset;
    }

    /** @return bytes the message occupies in the log, from {@code 8=FIX} to its terminator */
    public long logLength() {
        return logEnd - offset;
    }

    /**
     * @return line breaks between the start of the scan chunk and this message; a
     *     {@link ChunkSink} turns it into a line number. Computed on demand.
     */
    public long lineIndex() {
        return lines.index(offset);
    }

    /** @return SOH or the log's printable delimiter ({@code |} unless it uses another) */
    public byte delimiter() {
        return delimiter;
    }

    /** @return whether the message was split over lines and re-joined */
    public boolean folded() {
        return folded;
    }

    /** @return the segment that {@link #start()} and the field positions index */
    public MemorySegment segment() {
        return segment;
    }

    /** @return offset of {@code 8=} in {@link #segment()} */
    public long start() {
        return start;
    }

    /** @return offset of the first body byte ({@code 35=}) in {@link #segment()} */
    public long bodyStart() {
        return bodyStart;
    }

    /** @return offset of {@code 10=} in {@link #segment()} */
    public long bodyEnd() {
        return bodyEnd;
    }

    /** @return offset just after the message (after its delimiter, if it has one) in {@link #segment()} */
    public long end() {
        return end;
    }

    /** @return BodyLength */
    public long bodyLength() {
        return bodyEnd - bodyStart;
    }

    /** @return the CheckSum value */
    public int checksum() {
        return (segment.get(BYTE, bodyEnd + 3) - '0') * 100 + (segment.get(BYTE, bodyEnd + 4) - '0') * 10
                + (segment.get(BYTE, bodyEnd + 5) - '0');
    }

    /** @return offset of the MsgType value in {@link #segment()} */
    public long msgTypeStart() {
        return bodyStart + 3;
    }

    /** @return offset just after the MsgType value in {@link #segment()} */
    public long msgTypeEnd() {
        return msgTypeEnd;
    }

    /** @return whether MsgType is exactly {@code type} (ASCII), without allocating */
    public boolean isMsgType(String type) {
        long from = msgTypeStart();
        if (msgTypeEnd - from != type.length()) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            if (segment.get(BYTE, from + i) != type.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return MsgType as a string (allocates) */
    public String msgType() {
        return text(msgTypeStart(), msgTypeEnd);
    }

    /** @return BeginString as a string (allocates) */
    public String beginString() {
        long p = start + 2;
        long q = p;
        while (segment.get(BYTE, q) != delimiter) {
            q++;
        }
        return text(p, q);
    }

    /** @return the raw message bytes as text, delimiters as they are (allocates; for tests and errors) */
    public String text() {
        return text(start, end);
    }

    String text(long from, long to) {
        return FixText.of(segment, from, to);
    }
}
