package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.csv.RejectWriter;
import io.chunkwise.loader.csv.TrailingDelimiter;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.OutputLock;
import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.ScratchFiles;
import io.chunkwise.loader.io.SourceChangedException;
import io.chunkwise.loader.load.ChunkFit;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds, publishes and (re)opens indexes.
 *
 * {@snippet :
 * try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index()) {
 *     for (long offset : index.offsets(KeyKind.CUSIP, "037833100")) {
 *         List<String> fields = index.record(offset);
 *     }
 * }
 * }
 */
public final class Indexer {
    private static final long MIN_BUDGET = 1L << 20;
    /** Heap an index entry holds until its chunk commits: four longs, half as much again while a list doubles. */
    private static final double ENTRY_HEAP_BYTES = 48;
    /** {@link Opened#rebuiltBecause()} of an index built where there was none. */
    public static final String NO_INDEX_YET = "no index yet";
    /** What {@link #defaultPath} appends to the source's name. */
    public static final String INDEX_SUFFIX = ".cwx";

    private Indexer() {
    }

    /**
     * @param source a CSV file
     * @return where its index goes by default: beside it, with {@code .cwx} appended
     */
    public static Path defaultPath(Path source) {
        return source.resolveSibling(source.getFileName() + INDEX_SUFFIX);
    }

    /**
     * An index ready to use, and whether it had to be built.
     *
     * @param index the open index, to be closed
     * @param rebuiltBecause why it was (re)built, or {@code null} when an existing one was valid
     * @param build the build's summary, or {@code null} when none happened
     * @param builtWith how the build read the file (delimiter, quote, key columns, and whether each
     *     was asked for, kept from the index it replaced, or the default), or {@code null} when none happened
     */
    public record Opened(IndexFile index, String rebuiltBecause, IndexSummary build, String builtWith) {
    }

    /** Whether a caller's delimiter and quote were given on purpose, or are only defaults for a build. */
    public enum Dialect {
        /** The options' delimiter and quote were asked for: an index built with others is rebuilt. */
        GIVEN,
        /** A fresh index's delimiter and quote are used; the options' apply only when one is built. */
        FROM_INDEX
    }

    /** How much of an existing index {@link #openOrBuild} checks before it hands it over. */
    public enum Check {
        /**
         * The whole index's checksum, up to {@link IndexFile#VERIFY_BEFORE_USE_LIMIT} (0.15-0.25 s per
         * GiB), and a damaged index is rebuilt: for a caller that cannot take back what it has answered
         * (rows already written to a stream). A larger index is checked as {@link #AS_READ}.
         */
        BEFORE_USE,
        /**
         * Only its header; each block a look-up reads is checked the first time (a look-up that reads
         * a damaged one throws {@link IndexException}, and {@link #rebuild} replaces the index): for
         * a caller that can start over, having kept its answers to itself until done; a few
         * look-ups then read a few blocks, not the whole index.
         */
        AS_READ
    }

    /**
     * Opens an index, building it first when it is missing, stale or corrupt (never using such an one),
     * or was built with another delimiter or quote, or with another column for a key the options name.
     * A key column the options do not name is the one the index was built with.
     *
     * @param source the CSV file
     * @param index the index path
     * @param options how to build, and the dialect and key columns the index must match
     * @return the open index
     * @throws IllegalArgumentException when the source is missing or not a regular file, or the
     *     index path cannot be one (see {@link #build})
     * @throws CsvParseException when a build is needed and the file cannot be indexed (see {@link #build})
     */
    public static Opened openOrBuild(Path source, Path index, IndexOptions options) {
        return openOrBuild(source, index, options, Dialect.GIVEN, reason -> { });
    }

    /**
     * Opens an index, building it first when it is missing, stale or corrupt (never using such an one),
     * or was built with options the caller asked otherwise: a key column the options name, and with
     * {@link Dialect#GIVEN} the delimiter and quote. What the caller did not ask for is what a fresh
     * index was built with, so a plain look-up never replaces an index built with custom options.
     * A stale index (or one asked otherwise) whose header is intact is rebuilt the same way: with its
     * delimiter and quote unless they were asked for, and with the key columns it was given by name
     * unless the options name others ({@link Opened#builtWith()} says which).
     *
     * @param source the CSV file
     * @param index the index path
     * @param options how to build, and the key columns named on purpose
     * @param dialect whether the options' delimiter and quote were asked for
     * @param beforeReplacing told why, before a build replaces an existing index (it can take
     *     minutes on a large master, and the index may have been built with care)
     * @return the open index
     * @throws CsvParseException when a key column the replaced index was given by name is not in
     *     the header, edited or read with a delimiter other than the index's (naming it, and that
     *     delimiter: the caller names that column, or another, or leaves the delimiter to the index)
     */
    public static Opened openOrBuild(Path source, Path index, IndexOptions options, Dialect dialect,
            Consumer<String> beforeReplacing) {
        return openOrBuild(source, index, options, dialect, Check.BEFORE_USE, beforeReplacing);
    }

    /**
     * {@link #openOrBuild(Path, Path, IndexOptions, Dialect, Consumer)}, checking as much of an
     * existing index as {@code check} says.
     *
     * @param source the CSV file
     * @param index the index path
     * @param options how to build, and the key columns named on purpose
     * @param dialect whether the options' delimiter and quote were asked for
     * @param check how much of an existing index is checked before it is handed over
     * @param beforeReplacing told why, before a build replaces an existing index
     * @return the open index
     */
    public static Opened openOrBuild(Path source, Path index, IndexOptions options, Dialect dialect, Check check,
            Consumer<String> beforeReplacing) {
        return openOrBuild(source, index, options, dialect, check, beforeReplacing, holder -> { });
    }

    /**
     * {@link #openOrBuild(Path, Path, IndexOptions, Dialect, Check, Consumer)}, one build at a time:
     * when another process or thread is building the same index, this waits for it ({@link
     * OutputLock}) and uses what it built, if that is fresh and built as asked.
     *
     * @param source the CSV file
     * @param index the index path
     * @param options how to build, and the key columns named on purpose
     * @param dialect whether the options' delimiter and quote were asked for
     * @param check how much of an existing index is checked before it is handed over
     * @param beforeReplacing told why, before a build replaces an existing index
     * @param waiting told who is building the index ("another process (pid 4242)"), before this waits for it
     * @return the open index
     */
    public static Opened openOrBuild(Path source, Path index, IndexOptions options, Dialect dialect, Check check,
            Consumer<String> beforeReplacing, Consumer<String> waiting) {
        FileArguments.requireInput(source);
        // the master named as its own index: say so, rather than call it a foreign file to remove
        FileArguments.requireOutput(index, "index file", true, source);
        Examined first = examine(source, index, options, dialect, check);
        if (first.fresh() != null) {
            return first.fresh();
        }
        try (OutputLock _ = OutputLock.acquire(written(index), waiting)) {
            // built meanwhile by the holder we waited for, or by one that ended as we looked
            Examined now = IndexStamp.of(index).equals(first.stamp()) ? first : examine(source, index, options, dialect, check);
            if (now.fresh() != null) {
                return now.fresh();
            }
            // how to read the file is settled (or refused) before the caller hears of a rebuild
            Reuse reuse = Reuse.of(source, index, options, dialect, now.recorded());
            if (Files.exists(index)) {
                beforeReplacing.accept(now.reason());
            }
            return build(source, index, reuse, now.reason());
        }
    }

    /**
     * What is at an index path: an index fresh and as asked, opened; or why one must be built, and
     * how the stale one's header says the file was read.
     *
     * @param fresh the open index, or {@code null} when one must be built
     * @param reason why one must be built, or {@code null}
     * @param recorded the stale index's record of how it was built, or {@code null}
     * @param stamp the index file as it was looked at
     */
    private record Examined(Opened fresh, String reason, BuildRecord recorded, IndexStamp stamp) {
    }

    private static Examined examine(Path source, Path index, IndexOptions options, Dialect dialect, Check check) {
        IndexStamp stamp = IndexStamp.of(index);
        if (!Files.exists(index)) {
            return new Examined(null, NO_INDEX_YET, null, stamp);
        }
        if (IndexFile.isForeign(index)) {
            throw foreign(index);
        }
        String reason;
        boolean stale = false;
        IndexFile f = null;
        try {
            f = IndexFile.open(index, source);
            String mismatch = f.mismatch(options, dialect == Dialect.GIVEN);
            if (mismatch == null) {
                if (check == Check.BEFORE_USE) {
                    f.verifyBeforeUse();
                }
                IndexFile fresh = f;
                f = null;
                return new Examined(new Opened(fresh, null, null, null), null, null, stamp);
            }
            reason = mismatch;
        } catch (IndexException e) {
            reason = e.getMessage();
            stale = e.stale();
        } finally {
            if (f != null) {
                f.close();
            }
        }
        // stale or asked otherwise, its header still says how the file was read: so is the rebuild
        BuildRecord recorded = BuildRecord.read(index).orElse(null);
        if (stale) {
            // stale for this file, it may be the good index of another
            OtherFilesIndex.refuse(source, index, recorded);
        }
        return new Examined(null, reason, recorded, stamp);
    }

    /**
     * Builds an index again in place of one found damaged in use (a look-up's {@link IndexException}):
     * as {@link #openOrBuild} rebuilds a stale one, reading the file as the index's header says it
     * was read, unless the options ask otherwise.
     *
     * @param source the CSV file
     * @param index the index path
     * @param options how to build, and the key columns named on purpose
     * @param dialect whether the options' delimiter and quote were asked for
     * @param reason why, for {@link Opened#rebuiltBecause()}
     * @return the open index
     */
    public static Opened rebuild(Path source, Path index, IndexOptions options, Dialect dialect, String reason) {
        FileArguments.requireInput(source);
        FileArguments.requireOutput(index, "index file", true, source);
        if (IndexFile.isForeign(index)) {
            throw foreign(index);
        }
        IndexStamp damaged = IndexStamp.of(index);
        try (OutputLock _ = OutputLock.acquire(written(index), holder -> { })) {
            if (!IndexStamp.of(index).equals(damaged)) {
                // another process replaced it while this waited: checked whole, it is used if sound
                Examined now = examine(source, index, options, dialect, Check.BEFORE_USE);
                if (now.fresh() != null) {
                    return now.fresh();
                }
            }
            return build(source, index, Reuse.of(source, index, options, dialect, BuildRecord.read(index).orElse(null)), reason);
        }
    }

    private static Opened build(Path source, Path index, Reuse reuse, String reason) {
        IndexSummary built = build(source, index, reuse.options());
        return new Opened(IndexFile.open(index, source), reason, built, reuse.describe(source));
    }

    /**
     * The sort buffers live on the heap: a budget the heap cannot hold is refused before any work,
     * rather than met by an OutOfMemoryError halfway through.
     */
    private static void requireHeapFor(IndexOptions options) {
        long budget = options.memoryBudget();
        long fixed = IndexOptions.fixedHeap(options.strategy(), options.load());
        long needed = IndexOptions.heapFor(budget, fixed);
        long heap = Runtime.getRuntime().maxMemory();
        if (needed > heap) {
            throw new IllegalArgumentException((budget == MIN_BUDGET ? "the smallest memory budget (1 MiB)"
                    : "memory budget " + (budget >> 20) + " MiB") + " does not fit in this JVM's heap (at most "
                    + (heap >> 20) + " MiB; a build needs about 1.25 times its budget and " + (fixed >> 20)
                    + " MiB more, for the JVM and " + (options.strategy() == LoaderStrategy.CHUNKED ? "its chunk buffer"
                    : options.load().workers() + " worker(s)' chunks in flight") + "): " + heapRemedy(options, heap));
        }
    }

    /** Only what can make the build fit: a budget at its minimum cannot be lowered, nor the JVM's own heap. */
    static String heapRemedy(IndexOptions options, long heap) {
        long chunk = Math.min(options.load().chunkSize(), ChunkFit.MIN_CHUNK);
        long leastLoad = IndexOptions.fixedHeap(options.strategy(), options.load().withWorkers(1).withChunkSize(chunk));
        boolean lessBudget = options.memoryBudget() > MIN_BUDGET
                && IndexOptions.heapFor(MIN_BUDGET, IndexOptions.fixedHeap(options.strategy(), options.load())) <= heap;
        boolean lessLoad = IndexOptions.heapFor(options.memoryBudget(), leastLoad) <= heap;
        // the chunked strategy has no workers: its buffer is a chunk
        String load = options.strategy() == LoaderStrategy.CHUNKED ? "the chunk size" : "the worker count or the chunk size";
        if (lessBudget && lessLoad) {
            return "lower the memory budget, " + load + ", or raise the maximum heap";
        }
        if (lessBudget) {
            return "lower the memory budget, or raise the maximum heap";
        }
        if (lessLoad) {
            return "lower " + load + ", or raise the maximum heap";
        }
        if (IndexOptions.heapFor(MIN_BUDGET, leastLoad) <= heap) {
            return "lower the memory budget and " + load + ", or raise the maximum heap";
        }
        return "raise the maximum heap";
    }

    /**
     * Chunks whose key entries fit the heap beside the budget ({@link ChunkFit}): each record holds
     * an entry of four longs per key until its chunk commits, half as much again while a list doubles.
     */
    private static IndexOptions fitChunks(Path source, IndexOptions options) {
        if (options.strategy() == LoaderStrategy.FULL) {
            return options;
        }
        KeyColumns columns = KeyColumns.resolve(source.toString(), HeaderReader.read(source, options.load().format()),
                options.columns());
        int keys = 0;
        for (KeyKind k : KeyKind.values()) {
            keys += columns.column(k) >= 0 ? 1 : 0;
        }
        long chunk = ChunkFit.chunkSize(source, options.strategy(), options.load(), keys * ENTRY_HEAP_BYTES,
                IndexOptions.heapFor(options.memoryBudget(), 0));
        return chunk == options.load().chunkSize() ? options : options.withLoad(options.load().withChunkSize(chunk));
    }

    /** An existing file that is not an index is someone's data: never replaced by one. */
    private static IndexException foreign(Path index) {
        return new IndexException(index, "not a chunkwise index, and it would be replaced by one; "
                + "choose another index path (or remove the file)", false);
    }

    /**
     * Builds an index and publishes it atomically: written to a temp file beside the target,
     * forced, then renamed over it. On any failure nothing is published and temp files are removed.
     * One build of an index at a time: this waits while another process or thread builds it
     * ({@link #build(Path, Path, IndexOptions, Consumer)}, silently).
     *
     * @param source the CSV file
     * @param requested the index path (a symbolic link is followed)
     * @param options how to build
     * @return the counts
     * @throws IllegalArgumentException before any work when the source is missing or not a regular
     *     file, the index or rejects path would replace the source, lies in a missing directory or is
     *     a directory, or the memory budget does not fit the heap
     * @throws IndexException when the index path holds a file that is not an index (never replaced)
     * @throws CsvParseException when the file has no header, no key column, no data, every record
     *     rejected, or a quoted field never closed
     * @throws io.chunkwise.loader.io.SourceChangedException when the source changes during the build
     * @throws IllegalStateException when the building thread is interrupted (nothing is published)
     */
    public static IndexSummary build(Path source, Path requested, IndexOptions options) {
        return build(source, requested, options, holder -> { });
    }

    /**
     * {@link #build(Path, Path, IndexOptions)}, one build of an index at a time, as {@link #openOrBuild}
     * builds: when another process or thread is building it (a look-up of the same fresh master, another
     * build), this waits for that build to end ({@link OutputLock}), then builds, as it was asked to.
     *
     * @param source the CSV file
     * @param requested the index path (a symbolic link is followed)
     * @param options how to build
     * @param waiting told who is building the index ("another process (pid 4242)"), before this waits for it
     * @return the counts
     */
    public static IndexSummary build(Path source, Path requested, IndexOptions options, Consumer<String> waiting) {
        Path index = written(requested);
        FileArguments.requireInput(source);
        FileArguments.requireOutput(index, "index file", true, source);
        // the index and its rejects written by one build at a time: two would race to rename theirs
        try (OutputLock _ = OutputLock.acquire(index, waiting)) {
            return buildLocked(source, index, options);
        }
    }

    /** @return the file an index path writes (a link's target): its lock is one whichever path names it */
    private static Path written(Path index) {
        return Files.isSymbolicLink(index) ? linkTarget(index) : index;
    }

    private static IndexSummary buildLocked(Path source, Path index, IndexOptions options) {
        if (IndexFile.isForeign(index)) {
            throw foreign(index);
        }
        if (options.rejects() != null) {
            FileArguments.requireDistinct("index file", index, "rejects file", options.rejects());
            FileArguments.requireOutput(options.rejects(), "rejects file", false, source);
            IndexFile.requireNotIndex(options.rejects(), "rejects file");
        }
        // the delimiter a sep= line declares is the one recorded, and the records are read with
        IndexOptions declared = options.withLoad(options.load().withFormat(HeaderReader.format(source, options.load().format())));
        IndexOptions sized = fitChunks(source, declared);
        requireHeapFor(sized);
        BuildProgress progress = new BuildProgress(options.load().progress(), sizeOf(source));
        IndexOptions fitted = sized.withLoad(sized.load().withProgress(progress.load()));
        long t0 = System.nanoTime();
        SourceFingerprint before = SourceFingerprint.of(source);
        Path tmpDir = null;
        Path tmp = null;
        // what builds of this index killed before they could clean up left behind
        ScratchFiles.sweep(index);
        try {
            try {
                tmpDir = ScratchFiles.directory(index);
                tmp = ScratchFiles.file(index);
            } catch (FileSystemException e) {
                // named by the index, not by the scratch file the user never asked for
                throw new IndexException(index, "cannot write beside it (" + FileErrors.reason(e)
                        + "): choose another index path", false);
            }
            IndexSummary summary;
            Reject[] first = new Reject[2];
            try (RejectWriter rejects = options.rejects() == null ? null : new RejectWriter(options.rejects());
                 IndexBuilder builder = new IndexBuilder(source.toString(), sizeOf(source), options.columns(),
                         options.memoryBudget(), tmpDir, rejectSink(rejects, first))) {
                LoadSummary load = fitted.strategy().open(fitted.load()).load(source, builder);
                if (load.records() == 0 && first[0] != null) {
                    throw everyRecordRejected(source, fitted.load().format(), load, first[0], rejects);
                }
                progress.loadDone();
                summary = write(source, tmp, builder, load, before, fitted, progress);
                SourceFingerprint after = SourceFingerprint.of(source);
                String changed = after.difference(before);
                if (changed != null) {
                    throw new SourceChangedException(source, changed + " during the build", null);
                }
                publish(tmp, index);
                ScratchFiles.release(tmp);
                tmp = null;
                if (rejects != null) {
                    rejects.publish(); // with the index it goes with, never without
                }
                progress.done();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new IndexSummary(index, summary.load(), summary.invalidCusips(), summary.invalidIsins(),
                    summary.firstInvalidId(), summary.duplicateCusips(), summary.duplicateIsins(), summary.firstDuplicateId(),
                    summary.sharedSymbols(), Files.size(index), seconds, summary.spilledRuns(), fitted.load().chunkSize(), first[1],
                    summary.emptyKeyColumns());
        } catch (SourceChangedException e) {
            throw e.with("no index was published");
        } catch (IOException e) {
            throw interruptedOr(source, new UncheckedIOException("index file " + index + ": " + FileErrors.reason(e), e));
        } catch (RuntimeException e) {
            throw interruptedOr(source, e);
        } finally {
            ScratchFiles.delete(tmp);
            ScratchFiles.delete(tmpDir);
        }
    }

    /**
     * An interrupt stops a build wherever it is: in a wait (the parallel loader), or by closing the
     * channel being read or written (the others), each saying it differently. Said one way here.
     *
     * @return an {@link IllegalStateException} naming the source when this thread was interrupted, else {@code e}
     */
    private static RuntimeException interruptedOr(Path source, RuntimeException e) {
        return Thread.currentThread().isInterrupted()
                ? new IllegalStateException("interrupted while indexing " + source + "; no index was published", e)
                : e;
    }

    /** @return the source's size, for the progress count (0 when unreadable: the load then says why) */
    private static long sizeOf(Path source) {
        try {
            return Files.size(source);
        } catch (IOException e) {
            return 0;
        }
    }

    /** @return where the index path writes: a link's target, which a rename over the link would leave stale */
    private static Path linkTarget(Path index) {
        try {
            return ScratchFiles.target(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot follow the link " + index + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the sink of rejects, which also keeps the first in {@code first[0]} and the last in
     *     {@code first[1]} (a file's footer is its last line)
     */
    private static Consumer<Reject> rejectSink(RejectWriter w, Reject[] first) {
        return r -> {
            if (first[0] == null) {
                first[0] = r;
            }
            first[1] = r;
            if (w != null) {
                w.accept(r);
            }
        };
    }

    /**
     * A file whose every record is rejected has a systematic defect (a trailing delimiter on every
     * data line, a header one column short), not data: an input error, with the rejects written to
     * find it, rather than an empty index published with success.
     */
    private static CsvParseException everyRecordRejected(Path source, CsvFormat format, LoadSummary load, Reject first,
            RejectWriter rejects) {
        if (rejects != null) {
            rejects.publish();
        }
        String cause = TrailingDelimiter.of(source, format, load.header(), first).map(c -> "; " + c).orElse("");
        return new CsvParseException(source.toString(), first.line(), first.offset(), String.format(Locale.ROOT,
                "every record was rejected (%,d), the first: %s; the header has %d fields%s%s; no index was written",
                load.rejected(), first.reason(), load.header().size(), cause, rejects == null ? "" : " (rejects written)"));
    }

    private static IndexSummary write(Path source, Path tmp, IndexBuilder builder, LoadSummary load,
            SourceFingerprint fp, IndexOptions options, BuildProgress progress) throws IOException {
        KeyColumns cols = builder.columns();
        IndexWriter.Section[] sections;
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             MappedFile mapped = MappedFile.open(source);
             IndexWriter w = new IndexWriter(out, options.writeHook(), options.columns(),
                     source.getFileName().toString(), progress)) {
            String changed = SourceFingerprint.of(source).difference(fp);
            if (changed != null || mapped.size() != load.bytes()) {
                throw new SourceChangedException(source, (changed != null ? changed : "size changed") + " during the build", null);
            }
            try {
                sections = w.writeKinds(builder, cols,
                        () -> new RecordAt(options.load().format(), source.toString(), mapped.segment()));
            } catch (InternalError e) {
                throw mapped.changed(e);
            }
            w.finish(fp, options.load().format(), HeaderReader.declaresDelimiter(source), cols, builder.csvHeader().offset(),
                    builder.csvHeader().dataStart(), load.records(), load.rejected(), builder.invalidCusips,
                    builder.invalidIsins, builder.csvHeader().size(), sections);
        }
        return new IndexSummary(tmp, load, builder.invalidCusips, builder.invalidIsins, builder.firstInvalid,
                sections[KeyKind.CUSIP.ordinal()].duplicates(), sections[KeyKind.ISIN.ordinal()].duplicates(),
                DuplicateId.earlier(sections[KeyKind.CUSIP.ordinal()].firstDuplicate(), sections[KeyKind.ISIN.ordinal()].firstDuplicate()),
                sections[KeyKind.SYMBOL.ordinal()].duplicates(), 0, 0, runs(builder), options.load().chunkSize(), null,
                emptyKeyColumns(cols, sections, load));
    }

    /** @return the kinds with a column but no entry: empty in every record of a file that has records */
    private static Set<KeyKind> emptyKeyColumns(KeyColumns cols, IndexWriter.Section[] sections, LoadSummary load) {
        Set<KeyKind> empty = EnumSet.noneOf(KeyKind.class);
        for (KeyKind k : KeyKind.values()) {
            if (cols.column(k) >= 0 && sections[k.ordinal()].entries() == 0 && load.records() > 0) {
                empty.add(k);
            }
        }
        return empty;
    }

    private static int runs(IndexBuilder builder) {
        int n = 0;
        for (KeyKind k : KeyKind.values()) {
            n += builder.spiller(k).runs();
        }
        return n;
    }

    private static void publish(Path tmp, Path index) throws IOException {
        try {
            Files.move(tmp, index, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically; refusing to publish " + index, e);
        }
        try (FileChannel d = FileChannel.open(index.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open directories; the rename itself is atomic
        }
    }
}
