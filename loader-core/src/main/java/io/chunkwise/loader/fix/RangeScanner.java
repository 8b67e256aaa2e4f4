package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;

/**
 * The serial scan of one chunk: from a position, every attempt whose {@code 8=FIX} lies before
 * the chunk's end. A valid message is skipped whole (its values may hold {@code 8=FIX}); after a
 * malformed one the search resumes one byte after its start, so it never swallows the next.
 * The path depends only on where it starts: two scans that try the same start agree from there.
 */
final class RangeScanner {
    private final MemorySegment log;
    private final long limit;
    private final FrameParser parser = new FrameParser();
    private final FixMessage message = new FixMessage();

    long firstAttempt;
    long exit;
    long messages;
    long malformed;
    long newlines;

    RangeScanner(MemorySegment log) {
        this.log = log;
        this.limit = log.byteSize();
    }

    /**
     * @param from where the search starts ({@code chunkStart <= from})
     * @param chunkStart the chunk's first byte (base of line indexes)
     * @param chunkEnd attempts start before this offset
     * @param countLines whether to count the chunk's line breaks (for later chunks' line numbers)
     * @param handler receives messages and malformed messages
     */
    void scan(long from, long chunkStart, long chunkEnd, boolean countLines, FixHandler handler) {
        LineCounter lines = new LineCounter(log, chunkStart);
        long pos = from;
        firstAttempt = -1;
        messages = 0;
        malformed = 0;
        while (true) {
            long s = MessageStarts.find(log, pos, chunkEnd, limit);
            if (s < 0) {
                break;
            }
            if (firstAttempt < 0) {
                firstAttempt = s;
            }
            if (parser.parse(log, s, limit)) {
                message.bind(parser, s, lines);
                handler.message(message);
                messages++;
                pos = parser.logEnd;
            } else {
                handler.malformed(new MalformedMessage(s, lines.index(s), parser.reason, parser.declared, parser.actual));
                malformed++;
                pos = s + 1;
            }
        }
        handler.end();
        exit = Math.max(pos, chunkEnd);
        newlines = countLines ? lines.index(chunkEnd) : 0;
    }

    /** @return the first start in {@code [from, to)} */
    long firstStart(long from, long to) {
        return MessageStarts.find(log, from, to, limit);
    }
}
