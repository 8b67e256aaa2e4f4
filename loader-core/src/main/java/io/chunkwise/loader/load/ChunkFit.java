package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.HeaderReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sizes a load's chunks to the heap. A chunk's results (an index's key entries, the rejects) stay
 * on the heap until the chunk is committed, so their memory follows the records per chunk, not its
 * bytes: a narrow master (50-byte rows of three keys) makes about three times its chunk in index
 * entries, a file of 14-byte rejected rows three times its chunk in rejects. The density is
 * measured on the file's first records; where the chunks in flight would not fit the heap beside
 * the rest, they are made smaller (every strategy gives the same records at any chunk size).
 */
public final class ChunkFit {
    /** The smallest chunk chosen here: below it the per-chunk costs start to show. */
    public static final long MIN_CHUNK = 64L << 10;
    /** Heap held per rejected record until its chunk commits (the reason strings are shared). */
    private static final double REJECT_BYTES = 48;
    /** The JVM's own heap and the loader's fixed state, beside the chunks. */
    private static final long JVM_HEAP = 16L << 20;
    /** The bytes sampled after the header. */
    private static final int SAMPLE = 64 << 10;

    private ChunkFit() {
    }

    /**
     * @param source the CSV file
     * @param strategy how it is loaded ({@code full}, the baseline that holds everything, is left as given)
     * @param load the load's options
     * @param recordBytes heap held per accepted record until its chunk commits
     * @param otherHeap heap the caller holds beside the chunks (e.g. an index's sort buffers)
     * @return the chunk size to use: the one asked for, or less (at least {@value #MIN_CHUNK}) when
     *     that many chunks in flight, their buffers and their records would not fit the heap
     */
    public static long chunkSize(Path source, LoaderStrategy strategy, LoadOptions load, double recordBytes,
            long otherHeap) {
        if (strategy == LoaderStrategy.FULL) {
            return load.chunkSize();
        }
        int inFlight = strategy == LoaderStrategy.PARALLEL ? 2 * load.workers() : 1;
        double chunkBuffers = chunkBuffers(strategy, load); // loaderHeap's part that grows with the chunk
        double room = Runtime.getRuntime().maxMemory() - JVM_HEAP - otherHeap;
        if (load.chunkSize() <= room / (inFlight * Math.max(recordBytes, REJECT_BYTES) / 2 + chunkBuffers)) {
            return load.chunkSize(); // fits even for two-byte records: no need to look (a large heap)
        }
        double perByte = heapPerByte(source, load, recordBytes);
        long fits = (long) Math.max(0, room / (inFlight * perByte + chunkBuffers));
        if (load.chunkSize() <= fits) {
            return load.chunkSize();
        }
        return Math.min(load.chunkSize(), Math.max(MIN_CHUNK, Long.highestOneBit(Math.max(1, fits))));
    }

    /**
     * @param strategy how the file is loaded
     * @param load the load's options
     * @return the heap a load holds beside its chunks' records: the JVM's own, and the loader's
     *     buffers ({@link #chunkBuffers})
     */
    public static long loaderHeap(LoaderStrategy strategy, LoadOptions load) {
        return JVM_HEAP + (long) (chunkBuffers(strategy, load) * load.chunkSize());
    }

    /**
     * @return the loader's buffers, in chunks: the chunked strategy reads into one buffer of a
     *     chunk, whatever the workers (it has none); the mapped ones hold a quarter of each of two
     *     chunks per worker
     */
    private static double chunkBuffers(LoaderStrategy strategy, LoadOptions load) {
        return strategy == LoaderStrategy.CHUNKED ? 1 : 2.0 * load.workers() / 4;
    }

    /** @return heap held per byte of a chunk, from the records of the file's first {@value #SAMPLE} bytes */
    private static double heapPerByte(Path source, LoadOptions given, double recordBytes) {
        LoadOptions load = given.withFormat(HeaderReader.format(source, given.format()));
        CsvHeader header = HeaderReader.read(source, load.format());
        byte[] sample;
        boolean eof;
        try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
            long left = Math.max(0, ch.size() - header.dataStart());
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(SAMPLE, left));
            while (buf.hasRemaining() && ch.read(buf, header.dataStart() + buf.position()) > 0) {
                // read on
            }
            sample = buf.array();
            eof = left <= SAMPLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvScanner scanner = new CsvScanner(load.format(), source.toString());
        scanner.keepFields(1);
        scanner.reset(MemorySegment.ofArray(sample), header.dataStart(), 0, header.dataLine());
        long records = 0;
        long rejected = 0;
        try {
            while (scanner.next(sample.length, eof) == CsvScanner.RECORD) {
                records++;
                rejected += scanner.record().size() == header.size() ? 0 : 1;
            }
        } catch (CsvParseException e) {
            // the load reports it, in its own words; the records before it are sample enough
        }
        long bytes = scanner.position();
        if (records == 0 || bytes == 0) {
            return 0; // records longer than the sample: what they leave on the heap is nothing beside them
        }
        return ((records - rejected) * recordBytes + rejected * REJECT_BYTES) / bytes;
    }
}
