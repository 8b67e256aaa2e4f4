package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.io.ChunkEvent;
import io.chunkwise.loader.io.ChunkEvents;
import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;

/** The naive baseline: the whole file in one heap array, all records in one part committed at the end. */
final class FullLoader implements Loader {
    private static final long MAX = Integer.MAX_VALUE - 16;
    private final LoadOptions options;

    FullLoader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public <P> LoadSummary load(Path file, ChunkSink<P> sink) {
        CsvHeader header = HeaderReader.read(file, options.format());
        sink.header(header);
        try {
            long size = Files.size(file);
            long mtime = Files.getLastModifiedTime(file).toMillis();
            if (size > MAX) {
                throw new CsvParseException(file.toString(), 0, -1, "the full strategy reads the whole file into"
                        + " one heap array and cannot hold " + size + " bytes; use chunked, mmap or parallel");
            }
            long heap = Runtime.getRuntime().maxMemory();
            if (size > heap / 2) {
                // the array and what its records leave: refused now, not met by an OutOfMemoryError later
                throw new IllegalArgumentException(file + ": the full strategy holds the whole file (" + (size >> 20)
                        + " MiB) and its records in the heap, which holds at most " + (heap >> 20)
                        + " MiB; use chunked, mmap or parallel, or raise the maximum heap");
            }
            try {
                return load(file, sink, header, size, mtime);
            } catch (OutOfMemoryError e) {
                // everything the load held is garbage once this unwinds: a clear refusal, not a crash; the
                // guard above cannot see what the records leave (three index keys of a 30-byte row are
                // five times its bytes)
                throw new IllegalArgumentException(file + ": the full strategy holds the whole file (" + (size >> 20)
                        + " MiB) and what every record leaves in the heap, and they did not fit in its " + (heap >> 20)
                        + " MiB; use chunked, mmap or parallel, or raise the maximum heap");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The load itself: the file in one array, its records in one part committed at the end. */
    private <P> LoadSummary load(Path file, ChunkSink<P> sink, CsvHeader header, long size, long mtime) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != size || Files.getLastModifiedTime(file).toMillis() != mtime) {
            throw new SourceChangedException(file, "changed while being read", null);
        }
        Totals<P> totals = new Totals<>(LoaderStrategy.FULL, file, header, sink, options);
        ChunkEvent event = ChunkEvents.begin();
        CsvScanner scanner = new CsvScanner(options.format(), file.toString());
        scanner.keepFields(sink.fieldsRead());
        scanner.reset(MemorySegment.ofArray(bytes), 0, header.dataStart(), header.dataLine());
        Part<P> part = totals.open();
        Part.feed(scanner, bytes.length, true, header.size(), totals.repeat, sink, part);
        totals.commit(part, size);
        ChunkEvents.commit(event, LoaderStrategy.FULL.cliName(), 0, 0, size, part.records, false);
        return totals.finish(size, mtime);
    }
}
