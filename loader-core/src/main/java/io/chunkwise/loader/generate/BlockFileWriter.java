package io.chunkwise.loader.generate;

import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.ScratchFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Writes a file of records made in parallel: workers claim blocks of consecutive records, encode
 * them into their own buffer, take the next file offset in block order (a short critical
 * section), then write with a positional {@link FileChannel#write(ByteBuffer, long)}. The file is
 * the concatenation of the blocks in index order whatever the thread count.
 *
 * <p>With a size limit, records are added while the file stays within it; the cut falls on a
 * record boundary, decided by content alone, so it is deterministic too.
 */
final class BlockFileWriter {
    private final long records;
    private final long maxBytes;
    private final int blockRecords;

    /**
     * @param records how many records, or {@code -1} to stop at {@code maxBytes}
     * @param maxBytes the size not to exceed, or {@code -1}
     * @param blockRecords records per block
     */
    BlockFileWriter(long records, long maxBytes, int blockRecords) {
        this.records = records;
        this.maxBytes = maxBytes;
        this.blockRecords = blockRecords;
    }

    /** What was written. */
    record Written(long records, long bytes) {
    }

    /**
     * Writes {@code header} then the records.
     *
     * @param file the output, created or replaced whole (through a scratch file renamed over it)
     * @param header bytes before the first record
     * @param workers one per thread
     * @param progress receives bytes written, as deltas, from any thread
     * @return records and bytes written
     * @throws UncheckedIOException when the file cannot be written
     */
    Written write(Path file, byte[] header, List<? extends BlockWorker> workers, LongConsumer progress) {
        try {
            return ScratchFiles.writeWhole(file, scratch -> writeTo(scratch, header, workers, progress));
        } catch (IOException e) {
            // named, as a run's outputs may be on different disks
            throw new UncheckedIOException("output file " + file + ": " + FileErrors.reason(e), e);
        }
    }

    private Written writeTo(Path file, byte[] header, List<? extends BlockWorker> workers, LongConsumer progress)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(channel, ByteBuffer.wrap(header), 0);
            progress.accept(header.length);
            Sequencer sequencer = new Sequencer(header.length, maxBytes);
            AtomicLong nextBlock = new AtomicLong();
            AtomicLong written = new AtomicLong();
            List<Future<?>> futures = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(workers.size(),
                    Thread.ofPlatform().name("generate-", 0).daemon().factory())) {
                for (BlockWorker worker : workers) {
                    futures.add(pool.submit(() -> {
                        try {
                            run(worker, channel, sequencer, nextBlock, written, progress);
                        } catch (IOException | RuntimeException | Error e) {
                            sequencer.abort();
                            throw e;
                        }
                        return null;
                    }));
                }
            }
            rethrowFirstFailure(futures);
            long size = sequencer.position();
            channel.truncate(size);
            return new Written(written.get(), size);
        }
    }

    private void run(BlockWorker worker, FileChannel channel, Sequencer sequencer, AtomicLong nextBlock,
            AtomicLong written, LongConsumer progress) throws IOException {
        ByteSink sink = new ByteSink(Math.max(1 << 16, blockRecords * 512));
        int[] ends = new int[blockRecords];
        int[] tags = new int[blockRecords];
        while (!sequencer.finished()) {
            long block = nextBlock.getAndIncrement();
            long first = block * blockRecords;
            if (records >= 0 && first >= records) {
                return;
            }
            int n = records >= 0 ? (int) Math.min(blockRecords, records - first) : blockRecords;
            sink.clear();
            for (int k = 0; k < n; k++) {
                tags[k] = worker.encode(first + k, sink);
                ends[k] = sink.size();
            }
            Placement placement = sequencer.place(block, ends, n);
            if (placement == null) {
                return; // the size limit was reached by earlier blocks
            }
            int included = placement.records();
            if (included > 0) {
                long offset = placement.offset();
                int length = ends[included - 1];
                writeFully(channel, ByteBuffer.wrap(sink.array(), 0, length), offset);
                for (int k = 0; k < included; k++) {
                    worker.count(tags[k]);
                }
                written.addAndGet(included);
                progress.accept(length);
            }
            if (included < n) {
                return;
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long offset) throws IOException {
        long at = offset;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static void rethrowFirstFailure(List<Future<?>> futures) throws IOException {
        Throwable first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null || first instanceof CancellationException) {
                    first = e.getCause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating", e);
            }
        }
        switch (first) {
            case null -> { }
            case IOException io -> throw io;
            case RuntimeException re -> throw re;
            case Error err -> throw err;
            default -> throw new IllegalStateException(first);
        }
    }

    /** A block's file offset and how many of its records fit. */
    private record Placement(long offset, int records) {
    }

    /**
     * Hands out file offsets in block order. A worker with block {@code b} waits until block
     * {@code b - 1} has its offset; blocks are claimed in increasing order by running workers, so
     * the wait is short and always ends (or the run is aborted).
     */
    private static final class Sequencer {
        private final long maxBytes;
        private long position;
        private long nextBlock;
        private boolean finished;
        private boolean aborted;

        Sequencer(long start, long maxBytes) {
            this.position = start;
            this.maxBytes = maxBytes;
        }

        /**
         * @return where the block goes and how many of its records fit, or {@code null} when the
         *     file was completed by earlier blocks
         */
        synchronized Placement place(long block, int[] ends, int n) {
            while (nextBlock != block && !aborted) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
            }
            if (aborted) {
                throw new CancellationException("another worker failed");
            }
            nextBlock++;
            notifyAll();
            if (finished) {
                return null;
            }
            int included = n;
            if (maxBytes >= 0) {
                long room = maxBytes - position;
                while (included > 0 && ends[included - 1] > room) {
                    included--;
                }
                if (included < n) {
                    finished = true;
                }
            }
            long offset = position;
            position += included == 0 ? 0 : ends[included - 1];
            return new Placement(offset, included);
        }

        synchronized boolean finished() {
            return finished || aborted;
        }

        synchronized long position() {
            return position;
        }

        synchronized void abort() {
            aborted = true;
            notifyAll();
        }
    }
}
