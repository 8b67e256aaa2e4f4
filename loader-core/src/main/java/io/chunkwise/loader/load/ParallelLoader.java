package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.ByteCounter;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.io.Chunk;
import io.chunkwise.loader.io.ChunkEvent;
import io.chunkwise.loader.io.ChunkEvents;
import io.chunkwise.loader.io.ChunkPlanner;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The exact parallel split over a mapped file.
 * <ol>
 *   <li>Each chunk's first record start is guessed. For a sink that reads record lines
 *       ({@link ChunkSink#readsLines()}), a first parallel pass counts quotes and line feeds per
 *       chunk (SWAR); combined in file order, the quote parity at each chunk start tells where its
 *       first record starts, <em>if</em> every quote in the file is structural, and the line
 *       counts give every record its line. Otherwise there is no first pass: whether the chunk
 *       starts inside quotes is guessed from the first quote after its start that looks like an
 *       opening or a closing one, the first record starts after the next line feed outside
 *       quotes, and lines are counted from there.</li>
 *   <li>Parallel: each worker parses from its chunk's guessed start with the exact scanner, up to
 *       the first record start at or after the chunk's end.</li>
 *   <li>Commit, in file order: a chunk is accepted only if it started exactly where the previous
 *       chunk's exact parse ended (by induction from the header, every accepted start is a true
 *       record start); its rejects' lines are then moved to their lines in the file. A wrong
 *       guess (a stray quote such as {@code A,B"}, or a chunk starting inside a quoted field) is
 *       detected here and the chunk is parsed again sequentially from the true start (a fallback,
 *       counted). Never a silent mis-split.</li>
 * </ol>
 * At most {@code 2 × workers} chunks are in flight, so memory is bounded by the chunk size.
 */
final class ParallelLoader implements Loader {
    private static final long COUNT_STEP = 1L << 30;
    /** How far a chunk's quote state is guessed from: a quoted field longer than this is rare, and caught. */
    private static final long GUESS_LOOKAHEAD = 1 << 16;
    private final LoadOptions options;

    ParallelLoader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public <P> LoadSummary load(Path file, ChunkSink<P> sink) {
        CsvHeader header = HeaderReader.read(file, options.format());
        sink.header(header);
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "chunkwise-loader");
            t.setDaemon(true);
            return t;
        });
        try (MappedFile mapped = MappedFile.open(file)) {
            try {
                return run(file, sink, header, mapped, pool);
            } finally {
                // no worker may touch the mapping once it is unmapped
                pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + file, e);
        }
    }

    private <P> LoadSummary run(Path file, ChunkSink<P> sink, CsvHeader header, MappedFile mapped,
            ExecutorService pool) throws InterruptedException {
        MemorySegment seg = mapped.segment();
        long size = mapped.size();
        long dataStart = Math.min(header.dataStart(), size);
        byte quote = options.format().quote();
        List<Chunk> chunks = ChunkPlanner.plan(dataStart, size, options.chunkSize());
        int n = chunks.size();

        // the first pass, when records must carry their lines: quotes and line feeds per chunk
        boolean counted = sink.readsLines();
        long[] quotesBefore = new long[n];
        long[] linesBefore = new long[n];
        if (n > 0) {
            linesBefore[0] = header.dataLine(); // the first chunk starts at the first record: its line is known
        }
        if (counted) {
            List<Future<Long>> counts = new ArrayList<>(n);
            for (Chunk c : chunks) {
                counts.add(pool.submit(() -> count(mapped, c, quote)));
            }
            long q = 0;
            long lf = 0;
            for (int i = 0; i < n; i++) {
                quotesBefore[i] = q;
                linesBefore[i] = header.dataLine() + lf;
                long packed = get(counts.get(i), mapped);
                q += packed >>> 32;
                lf += packed & 0xFFFF_FFFFL;
            }
        }

        // pass 2: speculative parses, committed in file order
        Totals<P> totals = new Totals<>(LoaderStrategy.PARALLEL, file, header, sink, options);
        ArrayDeque<Future<Part<P>>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        long expected = dataStart;
        long expectedLine = header.dataLine();
        int window = 2 * options.workers();
        for (int i = 0; i < n; i++) {
            while (submitted < n && submitted < i + window) {
                Chunk c = chunks.get(submitted);
                long qb = quotesBefore[submitted];
                long lb = linesBefore[submitted];
                inFlight.add(pool.submit(() -> speculate(file, mapped, c, counted, qb, lb, header, sink, totals)));
                submitted++;
            }
            Chunk c = chunks.get(i);
            Part<P> part = get(inFlight.poll(), mapped);
            if (expected >= c.end()) {
                // the previous record runs over this whole chunk: nothing starts here
                if (part.records + part.rejected > 0) {
                    totals.fallbacks++;
                }
                continue;
            }
            boolean fallback = part.start != expected || part.abandoned;
            if (fallback) {
                totals.fallbacks++;
                part = sequential(file, mapped, c, expected, expectedLine, header, sink, totals);
            }
            part.lineShift = expectedLine - part.startLine;
            part.endLine += part.lineShift;
            if (part.error != null) {
                throw part.error.movedBy(part.lineShift);
            }
            totals.commit(part, c.length());
            expected = part.end;
            expectedLine = part.endLine;
        }
        mapped.checkUnchanged();
        return totals.finish(size, mapped.modifiedMillis());
    }

    private static long count(MappedFile mapped, Chunk c, byte quote) {
        long quotes = 0;
        long lfs = 0;
        try {
            for (long s = c.start(); s < c.end(); s += COUNT_STEP) {
                long packed = ByteCounter.count(mapped.segment(), s, Math.min(c.end(), s + COUNT_STEP), quote, (byte) '\n');
                quotes += packed >>> 32;
                lfs += packed & 0xFFFF_FFFFL;
            }
        } catch (InternalError e) {
            throw mapped.changed(e);
        }
        return (quotes << 32) | lfs;
    }

    /**
     * Parses one chunk from its guessed first record start: the one quote parity implies when the
     * quotes were counted, else the one {@link #guessInQuotes} implies (lines then count from 1 there).
     */
    private <P> Part<P> speculate(Path file, MappedFile mapped, Chunk c, boolean counted, long quotesBefore,
            long lineAtStart, CsvHeader header, ChunkSink<P> sink, Totals<P> totals) {
        MemorySegment seg = mapped.segment();
        Part<P> part = totals.open();
        ChunkEvent event = ChunkEvents.begin();
        try {
            long start;
            long line;
            if (c.index() == 0) {
                start = c.start();
                line = lineAtStart;
            } else {
                byte quote = options.format().quote();
                long p = c.start() - 1;
                byte prev = seg.get(ValueLayout.JAVA_BYTE, p);
                boolean inQuotes = counted
                        ? ((quotesBefore - (prev == quote ? 1 : 0)) & 1) == 1
                        : guessInQuotes(seg, p, Math.min(c.end(), p + GUESS_LOOKAHEAD), quote,
                                options.format().delimiter());
                start = -1;
                line = counted ? lineAtStart : 1;
                for (; p < c.end() - 1; p++) {
                    byte b = seg.get(ValueLayout.JAVA_BYTE, p);
                    if (b == quote) {
                        inQuotes = !inQuotes;
                    } else if (b == '\n') {
                        if (p >= c.start()) {
                            line++;
                        }
                        if (!inQuotes) {
                            start = p + 1;
                            break;
                        }
                    }
                }
                if (start < 0) {
                    return part;
                }
            }
            part.start = start;
            part.startLine = line;
            part.rejectLimit = rejectLimit(c);
            CsvScanner scanner = new CsvScanner(options.format(), file.toString());
            scanner.keepFields(sink.fieldsRead());
            scanner.reset(seg, 0, start, line);
            scanner.stopAt(c.end());
            Part.feed(scanner, mapped.size(), true, header.size(), totals.repeat, sink, part);
        } catch (CsvParseException e) {
            part.error = e;
        } catch (InternalError e) {
            throw mapped.changed(e);
        } finally {
            // a chunk in which no record starts took its time too
            ChunkEvents.commit(event, LoaderStrategy.PARALLEL.cliName(), c.index(), c.start(), c.length(), part.records,
                    false);
        }
        return part;
    }

    /**
     * Guesses, without counting the quotes before it, whether a position lies inside a quoted
     * field: from the first quote after it that looks like an opening one (after a delimiter or
     * line break) or a closing one (before a delimiter or line break), and the parity of the
     * quotes in between. Doubled quotes ({@code ""}) are skipped; with no telling quote before
     * {@code to}, the guess is "outside". A wrong guess is caught at commit.
     */
    static boolean guessInQuotes(MemorySegment seg, long from, long to, byte quote, byte delimiter) {
        long quotes = 0;
        for (long p = from; p < to; p++) {
            if (seg.get(ValueLayout.JAVA_BYTE, p) != quote) {
                continue;
            }
            byte before = p > 0 ? seg.get(ValueLayout.JAVA_BYTE, p - 1) : (byte) '\n';
            byte after = p + 1 < seg.byteSize() ? seg.get(ValueLayout.JAVA_BYTE, p + 1) : (byte) '\n';
            if (after == quote) {
                p++;
                continue;
            }
            boolean opens = before == delimiter || before == '\n';
            boolean closes = after == delimiter || after == '\n' || after == '\r';
            if (opens != closes) {
                return closes ^ (quotes & 1) == 1;
            }
            quotes++;
        }
        return false;
    }

    /** Parses one chunk from its true start, after a failed speculation. */
    private <P> Part<P> sequential(Path file, MappedFile mapped, Chunk c, long start, long line, CsvHeader header,
            ChunkSink<P> sink, Totals<P> totals) {
        Part<P> part = totals.open();
        ChunkEvent event = ChunkEvents.begin();
        part.start = start;
        part.startLine = line;
        // from the true start its lines are known: rejects go to the sink in batches, not all held
        part.rejectLimit = rejectLimit(c);
        part.handOver = rejects -> totals.rejectNow(part, rejects);
        CsvScanner scanner = new CsvScanner(options.format(), file.toString());
        scanner.keepFields(sink.fieldsRead());
        scanner.reset(mapped.segment(), 0, start, line);
        scanner.stopAt(c.end());
        try {
            Part.feed(scanner, mapped.size(), true, header.size(), totals.repeat, sink, part);
        } catch (InternalError e) {
            throw mapped.changed(e);
        }
        ChunkEvents.commit(event, LoaderStrategy.PARALLEL.cliName(), c.index(), c.start(), c.length(), part.records, true);
        return part;
    }

    /**
     * @return rejects a part may hold: about a chunk's size in memory (a reject is some 48 bytes),
     *     more than a chunk of true records produces unless most of them are rejects
     */
    private static int rejectLimit(Chunk c) {
        return (int) Math.max(1024, c.length() / 64);
    }

    private static <T> T get(Future<T> future, MappedFile mapped) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof InternalError ie) {
                throw mapped.changed(ie);
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new SourceChangedException(mapped.path(), "failed while being read: " + cause, cause);
        }
    }
}
