package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.FieldCount;
import io.chunkwise.loader.csv.HeaderRepeat;
import io.chunkwise.loader.csv.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A sink's part plus what the loader counts for it. */
final class Part<P> {
    final P user;
    long records;
    long rejected;
    /** Where parsing started (a record start), or -1 when no record starts in the chunk. */
    long start = -1;
    /** Where parsing stopped: the first record start at or after the chunk's end. */
    long end;
    long endLine;
    /** The line number the scanner was given at {@link #start}: the true one, or 1 when counted from there. */
    long startLine;
    /** What to add to this part's line numbers to get lines in the file; known at commit. */
    long lineShift;
    /** Rejects, handed to the sink at commit, when their lines are known. */
    final List<Reject> rejects = new ArrayList<>();
    CsvParseException error;
    /** Data rows starting with a UTF-8 byte-order mark (header repeats aside), and the first one's line and offset. */
    long byteOrderMarks;
    long firstMarkLine;
    long firstMarkOffset;
    /** Rejects held before {@link #handOver} takes them, or the part gives up: unbounded unless set. */
    int rejectLimit = Integer.MAX_VALUE;
    /**
     * Takes the held rejects, in order, when a part parsed from a true start (its lines known)
     * holds {@link #rejectLimit}; {@code null} for a speculative part, which gives up instead.
     */
    Consumer<List<Reject>> handOver;
    /**
     * Set when a speculative part gave up at its reject limit: a start guessed inside a long quoted
     * field makes a reject of every line of it, kept in memory until the commit throws them away.
     */
    boolean abandoned;

    Part(P user) {
        this.user = user;
    }

    /**
     * Feeds records from the scanner until it stops, ends or needs more bytes: a record with the
     * header's field count that does not repeat the header row goes to the sink, others are rejected.
     *
     * @return the scanner's last status
     */
    static <P> int feed(CsvScanner scanner, long limit, boolean eof, int fields, HeaderRepeat repeat, ChunkSink<P> sink,
            Part<P> part) {
        while (true) {
            int status = scanner.next(limit, eof);
            if (status != CsvScanner.RECORD) {
                part.end = scanner.position();
                part.endLine = scanner.line();
                return status;
            }
            CsvRecord r = scanner.record();
            if (FieldCount.accepts(r, fields)) {
                Reject header = repeat.check(r);
                if (header == null) {
                    part.records++;
                    part.noteMark(r);
                    sink.accept(part.user, r);
                } else {
                    part.rejected++;
                    part.rejects.add(header);
                }
            } else {
                part.rejected++;
                part.noteMark(r);
                part.rejects.add(FieldCount.reject(r, fields));
            }
            if (part.rejects.size() >= part.rejectLimit && part.givesUp()) {
                part.end = scanner.position();
                part.endLine = scanner.line();
                return CsvScanner.STOP;
            }
        }
    }

    /** Counts a data row that starts with a byte-order mark (its line as counted in this part). */
    private void noteMark(CsvRecord r) {
        if (r.startsWithByteOrderMark()) {
            if (byteOrderMarks++ == 0) {
                firstMarkLine = r.line();
                firstMarkOffset = r.offset();
            }
        }
    }

    /** @return whether the part gives up, at its reject limit; else its rejects were handed over */
    private boolean givesUp() {
        if (handOver == null) {
            abandoned = true;
            return true;
        }
        handOver.accept(rejects);
        rejects.clear();
        return false;
    }
}
