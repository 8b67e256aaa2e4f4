package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderRepeat;
import io.chunkwise.loader.csv.Reject;
import java.nio.file.Path;
import java.util.List;

/** Commits parts in file order and keeps the counts of one load. */
final class Totals<P> {
    private final LoaderStrategy strategy;
    private final Path file;
    private final CsvHeader header;
    private final ChunkSink<P> sink;
    private final LoadOptions options;
    /** Rejects data rows that repeat the header, for every worker. */
    final HeaderRepeat repeat;
    long records;
    long rejected;
    int chunks;
    int fallbacks;
    long byteOrderMarks;
    long firstMarkLine;
    long firstMarkOffset;

    Totals(LoaderStrategy strategy, Path file, CsvHeader header, ChunkSink<P> sink, LoadOptions options) {
        this.strategy = strategy;
        this.file = file;
        this.header = header;
        this.sink = sink;
        this.options = options;
        this.repeat = new HeaderRepeat(header, options.format(), file.toString());
    }

    Part<P> open() {
        return new Part<>(sink.open());
    }

    /** Hands a part's rejects to the sink before its commit: for a part parsed from a true start, in file order. */
    void rejectNow(Part<P> part, List<Reject> rejects) {
        for (Reject r : rejects) {
            sink.reject(part.user, r);
        }
    }

    void commit(Part<P> part, long bytes) {
        long shift = part.lineShift;
        for (Reject r : part.rejects) {
            sink.reject(part.user, shift == 0 ? r : r.atLine(r.line() + shift));
        }
        sink.commit(part.user);
        records += part.records;
        rejected += part.rejected;
        if (part.byteOrderMarks > 0) {
            if (byteOrderMarks == 0) {
                firstMarkLine = part.firstMarkLine + shift;
                firstMarkOffset = part.firstMarkOffset;
            }
            byteOrderMarks += part.byteOrderMarks;
        }
        chunks++;
        options.progress().accept(bytes);
    }

    LoadSummary finish(long size, long mtime) {
        if (records + rejected == 0) {
            throw new CsvParseException(file.toString(), header.dataLine(), header.dataStart(),
                    "no data records after the header row");
        }
        return new LoadSummary(strategy, header, records, rejected, size, mtime, chunks, fallbacks,
                new ByteOrderMarks(byteOrderMarks, firstMarkLine, firstMarkOffset));
    }
}
