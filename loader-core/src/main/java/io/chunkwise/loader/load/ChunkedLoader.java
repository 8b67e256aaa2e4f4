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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Sequential streaming reads into one heap buffer of {@code chunkSize} bytes; the unfinished
 * record at the end of a fill moves to the front, and the buffer doubles when one record is
 * larger than it.
 */
final class ChunkedLoader implements Loader {
    private final LoadOptions options;

    ChunkedLoader(LoadOptions options) {
        this.options = options;
    }

    /**
     * @return the largest buffer a record may make: a quarter of the heap (the doubling copies it),
     *     at most 1 GiB (an array's bound); an error naming the record, not an OutOfMemoryError
     */
    private static long largestBuffer() {
        return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
    }

    @Override
    public <P> LoadSummary load(Path file, ChunkSink<P> sink) {
        CsvHeader header = HeaderReader.read(file, options.format());
        sink.header(header);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long mtime = Files.getLastModifiedTime(file).toMillis();
            Totals<P> totals = new Totals<>(LoaderStrategy.CHUNKED, file, header, sink, options);
            CsvScanner scanner = new CsvScanner(options.format(), file.toString());
            scanner.keepFields(sink.fieldsRead());
            byte[] buf = new byte[(int) Math.max(1, Math.min(options.chunkSize(), size))];
            long bufBase = header.dataStart();
            long line = header.dataLine();
            int filled = 0;
            long read = bufBase;
            if (bufBase == size) {
                return totals.finish(size, mtime);
            }
            while (true) {
                ChunkEvent event = ChunkEvents.begin(); // the chunk's read and its parse
                ByteBuffer bb = ByteBuffer.wrap(buf, filled, buf.length - filled);
                while (bb.hasRemaining() && read < size) {
                    int n = ch.read(bb, read);
                    if (n < 0) {
                        throw new SourceChangedException(file, "was truncated while being read (size was "
                                + size + " bytes, ended at " + read + ")", null);
                    }
                    read += n;
                }
                filled = bb.position();
                boolean eof = read >= size;
                scanner.reset(MemorySegment.ofArray(buf), bufBase, 0, line);
                Part<P> part = totals.open();
                int status = Part.feed(scanner, filled, eof, header.size(), totals.repeat, sink, part);
                totals.commit(part, scanner.position());
                ChunkEvents.commit(event, LoaderStrategy.CHUNKED.cliName(), totals.chunks - 1, bufBase, scanner.position(),
                        part.records, false);
                if (status == CsvScanner.END) {
                    break;
                }
                int keep = (int) (filled - scanner.position());
                System.arraycopy(buf, (int) scanner.position(), buf, 0, keep);
                bufBase += scanner.position();
                line = scanner.line();
                filled = keep;
                if (filled == buf.length) {
                    long largest = largestBuffer();
                    if (buf.length * 2L > largest) {
                        throw new CsvParseException(file.toString(), line, bufBase, String.format(Locale.ROOT,
                                "a record longer than %,d bytes (it starts here): the chunked strategy holds a whole "
                                + "record in its buffer, and this heap cannot hold a larger one; use the mmap or "
                                + "parallel strategy (they read records in place, whatever their length), or raise "
                                + "the maximum heap", buf.length));
                    }
                    byte[] bigger = new byte[buf.length * 2];
                    System.arraycopy(buf, 0, bigger, 0, filled);
                    buf = bigger;
                }
            }
            if (Files.size(file) != size || Files.getLastModifiedTime(file).toMillis() != mtime) {
                throw new SourceChangedException(file, "changed while being read", null);
            }
            return totals.finish(size, mtime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
