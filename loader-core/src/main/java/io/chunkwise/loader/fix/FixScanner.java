package io.chunkwise.loader.fix;

import io.chunkwise.loader.io.Chunk;
import io.chunkwise.loader.io.ChunkEvent;
import io.chunkwise.loader.io.ChunkEvents;
import io.chunkwise.loader.io.ChunkPlanner;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Scans a FIX log — serially, or in parallel over fixed-size chunks — and hands each chunk's
 * handler to a sink in log order. Parallel and serial scans find exactly the same messages.
 *
 * <p>How chunks agree: a message belongs to the chunk holding its {@code 8=FIX}. Each worker
 * scans its chunk from the chunk's first {@code 8=FIX}, speculatively: that start may lie inside
 * a message of the previous chunk. The sink side walks chunks in order, knowing where the true
 * serial scan resumes ({@code next}). When the serial scan's first attempt in the chunk is the
 * worker's first attempt, the worker's results are the serial results (a scan's path depends
 * only on its start). Otherwise (a message crossing into the chunk held a false {@code 8=FIX},
 * e.g. in RawData) the chunk is scanned again from {@code next} — never guessed.
 *
 * <p>Chunks are planned as the CSV loaders plan theirs ({@link ChunkPlanner}): at most {@value
 * ChunkPlanner#MAX_CHUNKS}, a chunk size far below the log's size / {@value ChunkPlanner#MAX_CHUNKS}
 * grows to that (each chunk costs a handler, a task and a stitch, so one-byte chunks of a 38 MB log
 * took minutes). Serial and parallel scans cut the log alike.
 */
public final class FixScanner {

    private FixScanner() {
    }

    /**
     * Scans the whole log in the calling thread with one handler, as delimited by SOH or {@code |}.
     *
     * @param log the log's bytes
     * @param handler receives every message, in order; line indexes count from the start of the log
     * @return the counts
     */
    public static ScanSummary scan(MemorySegment log, FixHandler handler) {
        return scan(log, PrintableDelimiter.PIPE, handler);
    }

    /**
     * Scans the whole log in the calling thread with one handler, as delimited by SOH or by the
     * printable character the log writes for it ({@link FixLogFormat#inspect}'s: {@code |}, or
     * {@code ^}, {@code ;} or {@code ,}).
     *
     * @param log the log's bytes
     * @param delimiter the printable delimiter the log uses for SOH, if any
     * @param handler receives every message, in order; line indexes count from the start of the log
     * @return the counts
     */
    public static ScanSummary scan(MemorySegment log, PrintableDelimiter delimiter, FixHandler handler) {
        RangeScanner scanner = new RangeScanner(log, Objects.requireNonNull(delimiter, "delimiter"));
        scanner.scan(0, 0, log.byteSize(), false, handler);
        return new ScanSummary(log.byteSize(), scanner.messages, scanner.malformed, 1, log.byteSize(), 0,
                scanner.truncatedAt, scanner.nulBytes, scanner.firstNul, 0, scanner.quoted);
    }

    /**
     * {@link #scan(MemorySegment, FixHandler)} over a mapped log, naming it when it is truncated
     * underneath: the JVM's fault for reading a page that is gone is an {@link InternalError} that
     * names nothing and that a {@code catch (Exception)} misses.
     *
     * @param log the mapped log
     * @param handler receives every message, in order
     * @return the counts
     * @throws SourceChangedException when the log is truncated while scanned
     */
    public static ScanSummary scan(MappedFile log, FixHandler handler) {
        return scan(log, PrintableDelimiter.PIPE, handler);
    }

    /**
     * {@link #scan(MemorySegment, PrintableDelimiter, FixHandler)} over a mapped log, naming it when
     * it is truncated underneath (see {@link #scan(MappedFile, FixHandler)}).
     *
     * @param log the mapped log
     * @param delimiter the printable delimiter the log uses for SOH, if any
     * @param handler receives every message, in order
     * @return the counts
     * @throws SourceChangedException when the log is truncated while scanned
     */
    public static ScanSummary scan(MappedFile log, PrintableDelimiter delimiter, FixHandler handler) {
        return log.read(() -> scan(log.segment(), delimiter, handler));
    }

    /**
     * {@link #scan(MemorySegment, ScanOptions, Supplier, ChunkSink)} over a mapped log, naming it
     * when it is truncated underneath (see {@link #scan(MappedFile, FixHandler)}).
     *
     * @param log the mapped log
     * @param options workers, chunk size, line counting, progress
     * @param handlers makes one handler per chunk (called from worker threads)
     * @param sink receives each chunk's handler in log order, in the calling thread
     * @param <H> the handler type
     * @return the counts
     * @throws SourceChangedException when the log is truncated while scanned
     */
    public static <H extends FixHandler> ScanSummary scan(MappedFile log, ScanOptions options,
            Supplier<? extends H> handlers, ChunkSink<? super H> sink) {
        return log.read(() -> scan(log.segment(), options, handlers, sink));
    }

    /**
     * Scans the log chunk by chunk, one handler per chunk. A handler may be dropped unseen by the
     * sink when its chunk is scanned again ({@link FixHandler}): only what reaches the sink counts.
     *
     * @param log the log's bytes
     * @param options workers, chunk size, line counting, progress
     * @param handlers makes one handler per chunk (called from worker threads)
     * @param sink receives each chunk's handler in log order, in the calling thread
     * @param <H> the handler type
     * @return the counts
     */
    public static <H extends FixHandler> ScanSummary scan(MemorySegment log, ScanOptions options,
            Supplier<? extends H> handlers, ChunkSink<? super H> sink) {
        long size = log.byteSize();
        List<Chunk> chunks = ChunkPlanner.plan(0, size, options.chunkSize());
        Stitcher<H> stitcher = new Stitcher<>(log, options, handlers, sink);
        if (options.workers() == 1 || chunks.size() == 1) {
            for (Chunk c : chunks) {
                stitcher.serial(c.index(), c.start(), c.end());
            }
        } else {
            parallel(log, options, chunks, handlers, stitcher);
        }
        return new ScanSummary(size, stitcher.messages, stitcher.malformed, chunks.size(),
                ChunkPlanner.sizeFor(size, options.chunkSize()), stitcher.rescans, stitcher.truncatedAt, stitcher.nulBytes,
                stitcher.firstNulAt, stitcher.firstNulLine, stitcher.quoted);
    }

    private static <H extends FixHandler> void parallel(MemorySegment log, ScanOptions options, List<Chunk> chunks,
            Supplier<? extends H> handlers, Stitcher<H> stitcher) {
        int window = 2 * options.workers();
        ArrayDeque<Future<ChunkRun<H>>> inFlight = new ArrayDeque<>(window);
        try (ExecutorService pool = Executors.newFixedThreadPool(options.workers(), FixScanner::workerThread)) {
            int submitted = 0;
            try {
                for (Chunk c : chunks) {
                    while (submitted < chunks.size() && submitted < c.index() + window) {
                        Chunk todo = chunks.get(submitted);
                        boolean countLines = options.countLines() && submitted < chunks.size() - 1;
                        inFlight.add(pool.submit(() -> speculate(log, options.delimiter(), todo.index(), todo.start(), todo.end(),
                                countLines, handlers)));
                        submitted++;
                    }
                    ChunkRun<H> run = await(inFlight.removeFirst());
                    stitcher.accept(c.index(), c.start(), c.end(), run);
                }
            } catch (RuntimeException | Error e) {
                // before the pool's close() waits for its tasks: chunks not started yet are never scanned
                inFlight.forEach(f -> f.cancel(true));
                throw e;
            }
        }
    }

    private static <H extends FixHandler> ChunkRun<H> speculate(MemorySegment log, PrintableDelimiter printable, int index,
            long from, long to, boolean countLines, Supplier<? extends H> handlers) {
        H handler = handlers.get();
        RangeScanner scanner = new RangeScanner(log, printable);
        ChunkEvent event = ChunkEvents.begin();
        scanner.scan(from, from, to, countLines, handler);
        ChunkEvents.commit(event, "fix-parallel", index, from, to - from, scanner.messages, false);
        return new ChunkRun<>(handler, scanner.firstAttempt, scanner.lostStartBeforeFirstAttempt, scanner.exit,
                scanner.messages, scanner.malformed, scanner.quoted, scanner.newlines, scanner.truncatedAt, Nuls.of(scanner));
    }

    private static <H extends FixHandler> ChunkRun<H> await(Future<ChunkRun<H>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Thread workerThread(Runnable r) {
        Thread t = new Thread(r, "chunkwise-fix-scan");
        t.setDaemon(true);
        return t;
    }

    /** One chunk's speculative scan. */
    private record ChunkRun<H>(H handler, long firstAttempt, long lostStartBeforeFirstAttempt, long exit, long messages,
            long malformed, long quoted, long newlines, long truncatedAt, Nuls nuls) {
    }

    /**
     * A chunk's NUL bytes outside messages ({@link RangeScanner#nulBytes}).
     *
     * @param bytes how many
     * @param leading those before its first attempt, which may lie in the previous chunk's message
     * @param first where the first is, or -1
     * @param firstLineIndex its line index from the chunk's start
     */
    private record Nuls(long bytes, long leading, long first, long firstLineIndex) {
        static final Nuls NONE = new Nuls(0, 0, -1, 0);

        static Nuls of(RangeScanner scanner) {
            return scanner.nulBytes == 0 ? NONE
                    : new Nuls(scanner.nulBytes, scanner.leadingNuls, scanner.firstNul, scanner.firstNulLineIndex);
        }
    }

    /** Accepts or redoes chunk runs in order and passes them to the sink. */
    private static final class Stitcher<H extends FixHandler> {
        private final MemorySegment log;
        private final ScanOptions options;
        private final Supplier<? extends H> handlers;
        private final ChunkSink<? super H> sink;
        private RangeScanner rescanner;
        private long next;
        private long firstLine = 1;
        long messages;
        long malformed;
        long quoted;
        int rescans;
        long truncatedAt = -1;
        long nulBytes;
        long firstNulAt = -1;
        long firstNulLine;

        Stitcher(MemorySegment log, ScanOptions options, Supplier<? extends H> handlers, ChunkSink<? super H> sink) {
            this.log = log;
            this.options = options;
            this.handlers = handlers;
            this.sink = sink;
        }

        /** Scans chunk {@code i} from the true resume position, in this thread. */
        void serial(int i, long from, long to) {
            ChunkRun<H> run = rescan(i, from, to);
            deliver(i, from, to, run, false);
        }

        void accept(int i, long from, long to, ChunkRun<H> speculative) {
            ChunkRun<H> run = speculative;
            boolean redone = false;
            if (next > from) {
                long trueFirst = next >= to ? -1 : rescanner().firstStart(next, to);
                // a lost start reported before next lies in the message that ends there: not one; NULs may too (RawData's)
                if (trueFirst != speculative.firstAttempt() || speculative.lostStartBeforeFirstAttempt() < next
                        || speculative.nuls().leading() > 0) {
                    run = rescan(i, from, to);
                    redone = true;
                    rescans++;
                }
            }
            deliver(i, from, to, run, redone);
        }

        private ChunkRun<H> rescan(int i, long from, long to) {
            H handler = handlers.get();
            RangeScanner scanner = rescanner();
            boolean countLines = options.countLines() && to < log.byteSize();
            if (next >= to) {
                return new ChunkRun<>(handler, -1, Long.MAX_VALUE, next, 0, 0, 0,
                        countLines ? Swar.count(log, from, to, (byte) '\n') : 0, -1, Nuls.NONE);
            }
            ChunkEvent event = ChunkEvents.begin();
            scanner.scan(Math.max(next, from), from, to, countLines, handler);
            ChunkEvents.commit(event, options.workers() == 1 ? "fix-serial" : "fix-parallel", i, from, to - from,
                    scanner.messages, options.workers() > 1);
            return new ChunkRun<>(handler, scanner.firstAttempt, scanner.lostStartBeforeFirstAttempt, scanner.exit,
                    scanner.messages, scanner.malformed, scanner.quoted, scanner.newlines, scanner.truncatedAt, Nuls.of(scanner));
        }

        private RangeScanner rescanner() {
            if (rescanner == null) {
                rescanner = new RangeScanner(log, options.delimiter());
            }
            return rescanner;
        }

        private void deliver(int i, long from, long to, ChunkRun<H> run, boolean redone) {
            long line = options.countLines() ? firstLine : 0;
            sink.accept(run.handler(), new ChunkStats(i, from, to, line, run.messages(), run.malformed(), redone));
            messages += run.messages();
            malformed += run.malformed();
            quoted += run.quoted();
            truncatedAt = run.truncatedAt() >= 0 ? run.truncatedAt() : truncatedAt;
            nulBytes += run.nuls().bytes();
            if (firstNulAt < 0 && run.nuls().first() >= 0) {
                firstNulAt = run.nuls().first();
                firstNulLine = options.countLines() ? firstLine + run.nuls().firstLineIndex() : 0;
            }
            firstLine += run.newlines();
            next = Math.max(next, run.exit());
            options.progress().accept(to - from);
        }
    }
}
