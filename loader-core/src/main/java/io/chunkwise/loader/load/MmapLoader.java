package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.io.Chunk;
import io.chunkwise.loader.io.ChunkEvent;
import io.chunkwise.loader.io.ChunkEvents;
import io.chunkwise.loader.io.ChunkPlanner;
import io.chunkwise.loader.io.MappedFile;
import java.nio.file.Path;

/** One thread over the whole file mapped as one segment; one part per planned chunk. */
final class MmapLoader implements Loader {
    private final LoadOptions options;

    MmapLoader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public <P> LoadSummary load(Path file, ChunkSink<P> sink) {
        CsvHeader header = HeaderReader.read(file, options.format());
        sink.header(header);
        try (MappedFile mapped = MappedFile.open(file)) {
            long size = mapped.size();
            Totals<P> totals = new Totals<>(LoaderStrategy.MMAP, file, header, sink, options);
            CsvScanner scanner = new CsvScanner(options.format(), file.toString());
            scanner.keepFields(sink.fieldsRead());
            scanner.reset(mapped.segment(), 0, Math.min(header.dataStart(), size), header.dataLine());
            try {
                for (Chunk c : ChunkPlanner.plan(Math.min(header.dataStart(), size), size, options.chunkSize())) {
                    ChunkEvent event = ChunkEvents.begin();
                    scanner.stopAt(c.end());
                    Part<P> part = totals.open();
                    Part.feed(scanner, size, true, header.size(), totals.repeat, sink, part);
                    totals.commit(part, c.length());
                    ChunkEvents.commit(event, LoaderStrategy.MMAP.cliName(), c.index(), c.start(), c.length(),
                            part.records, false);
                }
            } catch (InternalError e) {
                throw mapped.changed(e);
            }
            mapped.checkUnchanged();
            return totals.finish(size, mapped.modifiedMillis());
        }
    }
}
