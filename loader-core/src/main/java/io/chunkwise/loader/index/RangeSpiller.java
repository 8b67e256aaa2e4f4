package io.chunkwise.loader.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the entries of one key kind in a buffer of bounded capacity and hands them back in
 * index order (unsigned hash, then offset), spilling to disk when the buffer is full. The memory
 * used is the buffer and, at the end, a few groups of entries, whatever the input size.
 *
 * <p>Entries are kept as rows of four longs (hash, offset, packed key), so moving one touches one
 * cache line and a run is written in bulk. A spilled run is not sorted, only grouped by the
 * hash's top {@value #RANGE_BITS} bits (its range): two counting scatters of a byte each. A run file starts with
 * its directory (where each range's entries start) and is read by mapping. When nothing was
 * spilled, the buffer is grouped the same way and read in place. Hashes are uniform, so at the end consecutive ranges are taken in
 * groups that fit in memory: the group's slices are copied from every run, sorted together, and
 * handed on. No k-way merge, so each entry costs one scatter, one write, one copy and a small sort.
 * A range too large for memory (one key repeated millions of times) goes through an external
 * merge sort ({@link RunSpiller}) on its own.
 *
 * <p>Runs are kept in {@link RunLevels}: the runs of a full level are joined range by range into
 * one run of the next, so the files mapped at the end stay few however large the input.
 */
final class RangeSpiller implements AutoCloseable {
    static final int RANGE_BITS = 16;
    static final int RANGES = 1 << RANGE_BITS;
    /** A range is grouped one byte at a time. */
    private static final int DIGIT_BITS = 8;
    private static final int DIGITS = 1 << DIGIT_BITS;
    private static final int RANGE_SHIFT = Long.SIZE - RANGE_BITS;
    /** Longs in a row: hash, offset, and the key packed in two (as in {@link Entries}). */
    private static final int ROW = Entries.ROW;
    private static final int ROW_BYTES = ROW * Long.BYTES;
    /** The directory at the start of a run file: {@code RANGES + 1} entry indexes. */
    private static final long DIRECTORY_BYTES = 8L * (RANGES + 1);
    /** Native order: run files are scratch of this process, written and read by it only. */
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    /** Scratch shared by the spillers of one build, which group their rows one at a time. */
    static final class Scratch {
        private long[] rows = new long[0];
        private final int[] start = new int[RANGES + 1];
        private final int[] next = new int[RANGES];
    }

    /**
     * Where each bucket of a group starts and its next free row, for the largest group: one pair
     * for all the groups of a {@link #forEachSorted}, whose number grows with the input (arrays
     * per group were the most of a large build's garbage, which a JVM with a large heap leaves
     * in its memory instead of collecting).
     */
    private static final class Buckets {
        private final int[] start = new int[(1 << EntrySort.MAX_BUCKET_BITS) + 1];
        private final int[] next = new int[1 << EntrySort.MAX_BUCKET_BITS];
    }

    /** A run's directory and its rows: a mapped run file, or the buffer's rest. */
    private record Run(MemorySegment directory, MemorySegment rows) {
        long start(int range) {
            return directory.get(LONG, 8L * range);
        }

        long hash(long i) {
            return rows.get(LONG, i * ROW_BYTES);
        }
    }

    private final Path dir;
    private final String name;
    private final int capacity;
    private final int initialCapacity;
    private final Scratch scratch;
    private final RunLevels levels;
    /** The buffer: {@code size} rows. */
    private long[] rows;
    private int size;
    /** After {@link #finishAdding()} with nothing spilled: the directory of the buffer's rows, grouped by range. */
    private long[] restDirectory;
    private long total;
    private int spills;
    /** Rows at which the buffer spills: the capacity, or less for the first run ({@link #cutFirstRunAt}). */
    private int spillAt;

    /**
     * @param dir where run files go
     * @param name prefix of the run files
     * @param capacity entries the buffer may hold
     * @param initialCapacity entries the buffer first makes room for, when the first entry comes:
     *     the capacity for an input expected to fill it (each growth leaves the old buffer as garbage,
     *     which a JVM with a large heap keeps in its memory rather than collecting), less for a small one
     * @param scratch scratch shared by the spillers of one build
     * @param fanIn runs joined at once (at least 2)
     */
    RangeSpiller(Path dir, String name, int capacity, int initialCapacity, Scratch scratch, int fanIn) {
        this.levels = new RunLevels(dir, name, fanIn, RangeSpiller::join);
        this.dir = dir;
        this.name = name;
        this.capacity = capacity;
        this.initialCapacity = Math.clamp(initialCapacity, 1, capacity);
        this.scratch = scratch;
        this.rows = new long[0];
        this.spillAt = capacity;
    }

    /**
     * Spills the first run when it holds {@code entries}, the later ones when the buffer is full.
     * Call before adding.
     *
     * @param entries at most the capacity, at least 1
     */
    void cutFirstRunAt(int entries) {
        if (entries < 1 || entries > capacity || total > 0) {
            throw new IllegalArgumentException("first run of " + entries + " entries, capacity " + capacity
                    + (total > 0 ? ", after adding" : ""));
        }
        spillAt = entries;
    }

    /** Adds every entry of a list, in bulk. */
    void addAll(Entries part) {
        int from = 0;
        while (from < part.size) {
            if (size == spillAt) {
                spill();
                spillAt = capacity;
            }
            if (size * ROW == rows.length) {
                rows = java.util.Arrays.copyOf(rows, ROW * (int) Math.min(capacity, Math.max(initialCapacity, size * 2L)));
            }
            int n = Math.min(part.size - from, Math.min(rows.length / ROW, spillAt) - size);
            System.arraycopy(part.rows, from * ROW, rows, size * ROW, n * ROW);
            size += n;
            total += n;
            from += n;
        }
    }

    /** @return entries added */
    long total() {
        return total;
    }

    /** @return how many times the buffer was full and spilled */
    int runs() {
        return spills;
    }

    /** @return run files on disk now */
    int liveRuns() {
        return levels.runs().size();
    }

    /**
     * Ends the adding: when nothing was spilled, groups the rows in the buffer by range, to be
     * read in place; else spills them too (so every run is read the same way, through a mapping:
     * one kind of memory access, which the compiler inlines). Call once, and not concurrently
     * with other spillers (they share the scratch).
     */
    void finishAdding() {
        if (liveRuns() > 0) {
            if (size > 0) {
                spill();
            }
            rows = new long[0];
            return;
        }
        int[] start = groupRows();
        restDirectory = new long[RANGES + 1];
        for (int r = 0; r <= RANGES; r++) {
            restDirectory[r] = start[r];
        }
    }

    /**
     * Receives entries in index order, a group at a time: one call per group, not per entry, so
     * the compiler compiles the receiver's loop on its own rather than inlining it all here (one
     * large compilation was the peak of the JIT's native memory).
     */
    @FunctionalInterface
    interface Sorted {
        /** @param group the next entries in index order; reused once the call returns */
        void accept(Entries group);
    }

    /**
     * Hands every entry to {@code out} in index order, once; after {@link #finishAdding()}. Spillers
     * of one build may do this concurrently. The run files are deleted as it ends: deleting a
     * build's dozens of runs takes some 0.4 ms each, so the kinds' writers delete theirs in
     * parallel, each while the others still write, not one after another at the end.
     *
     * @param out the receiver
     * @param mostPerGroup entries sorted at once in memory (a range with more is sorted externally);
     *     room is made for no more than the entries added
     */
    void forEachSorted(Sorted out, int mostPerGroup) {
        // a group is allocated whole: sized by a large budget alone, it took gigabytes for a small file
        // (a budget of 64 GiB: 4.6 GB RSS for 7.5 MB); no group holds more than every entry, so the groups are the same
        int groupCapacity = (int) Math.min(mostPerGroup, Math.max(1, total));
        try (Arena arena = Arena.ofConfined()) {
            List<Run> runs = new ArrayList<>();
            for (Path file : levels.runs()) {
                MemorySegment m = map(file, arena);
                runs.add(new Run(m.asSlice(0, DIRECTORY_BYTES), m.asSlice(DIRECTORY_BYTES)));
            }
            if (runs.isEmpty()) {
                runs.add(new Run(MemorySegment.ofArray(restDirectory), MemorySegment.ofArray(rows)));
            }
            Entries group = new Entries(groupCapacity);
            Buckets buckets = new Buckets();
            int r = 0;
            while (r < RANGES) {
                long n = count(runs, r);
                if (n > groupCapacity) {
                    sortLarge(runs, r, group, new Entries(groupCapacity), groupCapacity, out);
                    r++;
                    continue;
                }
                int end = r + 1;
                while (end < RANGES && n + count(runs, end) <= groupCapacity) {
                    n += count(runs, end);
                    end++;
                }
                int spanBits = RANGE_SHIFT + (Integer.SIZE - Integer.numberOfLeadingZeros(end - r - 1));
                sortGroup(runs, r, end, (int) n, group, buckets, (long) r << RANGE_SHIFT, spanBits);
                out.accept(group);
                r = end;
            }
        }
        levels.deleteAll();
    }

    /** Sorts one range too large for a group by an external merge sort of its own. */
    private void sortLarge(List<Run> runs, int range, Entries batch, Entries scratchEntries, int groupCapacity,
            Sorted out) {
        try (RunSpiller large = new RunSpiller(dir, name + "-range" + range, groupCapacity, scratchEntries,
                RunSpiller.FAN_IN, (long) groupCapacity * ROW_BYTES)) {
            for (Run run : runs) {
                for (long i = run.start(range), to = run.start(range + 1); i < to; i++) {
                    long at = i * ROW_BYTES;
                    MemorySegment m = run.rows();
                    large.add(m.get(LONG, at), m.get(LONG, at + 8), m.get(LONG, at + 16), m.get(LONG, at + 24));
                }
            }
            large.sortRest();
            List<RunSpiller.Cursor> cursors = large.cursors((long) groupCapacity * ROW_BYTES);
            try {
                MergeHeap heap = new MergeHeap(cursors);
                batch.size = 0;
                while (!heap.isEmpty()) {
                    RunSpiller.Cursor c = heap.top();
                    batch.add(c.hash, c.offset, c.k1, c.k2);
                    if (batch.size == groupCapacity) {
                        out.accept(batch);
                        batch.size = 0;
                    }
                    heap.advanceTop();
                }
                out.accept(batch);
            } finally {
                cursors.forEach(RunSpiller.Cursor::close);
            }
        }
    }

    /** @return the entries of one range in all runs */
    private static long count(List<Run> runs, int range) {
        long n = 0;
        for (Run run : runs) {
            n += run.start(range + 1) - run.start(range);
        }
        return n;
    }

    /**
     * Sorts ranges [{@code first}, {@code end}) of every run into {@code group}: a counting
     * scatter by the hash's next bits straight from the runs (each row is moved once, not
     * gathered and then scattered), then a small sort of each bucket.
     *
     * @param n the entries in those ranges (at most the group's capacity)
     * @param buckets the counts' arrays, reused from group to group
     * @param low the first hash of range {@code first}
     * @param spanBits the hashes of the ranges lie in [low, low + 2^spanBits)
     */
    private static void sortGroup(List<Run> runs, int first, int end, int n, Entries group, Buckets buckets, long low,
            int spanBits) {
        if (n < EntrySort.SMALL) {
            group.size = 0;
            for (Run run : runs) {
                gather(run, run.start(first), run.start(end), group);
            }
            EntrySort.sort(group, 0, n);
            return;
        }
        int bits = EntrySort.bucketBits(n, spanBits);
        int shift = spanBits - bits;
        int count = 1 << bits;
        int[] start = buckets.start;
        java.util.Arrays.fill(start, 0, count + 1, 0);
        for (Run run : runs) {
            MemorySegment m = run.rows();
            for (long p = run.start(first) * ROW_BYTES, last = run.start(end) * ROW_BYTES; p < last; p += ROW_BYTES) {
                start[(int) ((m.get(LONG, p) - low) >>> shift) + 1]++;
            }
        }
        for (int b = 1; b <= count; b++) {
            start[b] += start[b - 1];
        }
        int[] next = buckets.next;
        System.arraycopy(start, 0, next, 0, count);
        long[] to = group.rows;
        for (Run run : runs) {
            MemorySegment m = run.rows();
            for (long p = run.start(first) * ROW_BYTES, last = run.start(end) * ROW_BYTES; p < last; p += ROW_BYTES) {
                long h = m.get(LONG, p);
                int at = ROW * next[(int) ((h - low) >>> shift)]++;
                to[at] = h;
                to[at + 1] = m.get(LONG, p + 8);
                to[at + 2] = m.get(LONG, p + 16);
                to[at + 3] = m.get(LONG, p + 24);
            }
        }
        group.size = n;
        EntrySort.sortBuckets(group, start, count);
    }

    /** Appends a run's rows [first, last) to a group. */
    private static void gather(Run run, long first, long last, Entries group) {
        int n = (int) (last - first);
        MemorySegment.copy(run.rows(), LONG, first * ROW_BYTES, group.rows, ROW * group.size, ROW * n);
        group.size += n;
    }

    /**
     * Groups the buffer's rows by range, in place, by two stable counting scatters of one byte of
     * the range each (low byte into the scratch, then high byte back): each pass writes to 256
     * places at once, which the caches can follow, where one pass of 65,536 places missed them on
     * almost every row.
     *
     * @return where each range starts, in rows ({@code RANGES + 1} of them, in the scratch)
     */
    private int[] groupRows() {
        int n = size;
        int[] start = scratch.start;
        int[] next = scratch.next;
        java.util.Arrays.fill(start, 0);
        long[] from = rows;
        for (int i = 0; i < n; i++) {
            start[(int) (from[i * ROW] >>> RANGE_SHIFT) + 1]++;
        }
        for (int r = 1; r <= RANGES; r++) {
            start[r] += start[r - 1];
        }
        if (scratch.rows.length < ROW * n) {
            scratch.rows = new long[Math.max(ROW * n, rows.length)];
        }
        // by the low byte of the range: where each low byte's rows start, all high bytes together
        java.util.Arrays.fill(next, 0, DIGITS + 1, 0);
        for (int r = 0; r < RANGES; r++) {
            next[(r & (DIGITS - 1)) + 1] += start[r + 1] - start[r];
        }
        for (int d = 1; d < DIGITS; d++) {
            next[d] += next[d - 1];
        }
        scatter(from, scratch.rows, n, RANGE_SHIFT, next);
        // by the high byte: its rows start where its first range does
        for (int d = 0; d < DIGITS; d++) {
            next[d] = start[d << DIGIT_BITS];
        }
        scatter(scratch.rows, rows, n, RANGE_SHIFT + DIGIT_BITS, next);
        return start;
    }

    /** Moves {@code n} rows to {@code next[digit]} (advanced), their digit the hash's byte at {@code shift}. */
    private static void scatter(long[] from, long[] to, int n, int shift, int[] next) {
        for (int i = 0, p = 0; i < n; i++, p += ROW) {
            int q = ROW * next[(int) (from[p] >>> shift) & (DIGITS - 1)]++;
            to[q] = from[p];
            to[q + 1] = from[p + 1];
            to[q + 2] = from[p + 2];
            to[q + 3] = from[p + 3];
        }
    }

    /** Writes the buffer as a run: its directory, then its rows grouped by range. */
    private void spill() {
        int[] start = groupRows();
        Path run = levels.newRun();
        try (RunWriter w = new RunWriter(run)) {
            for (int r = 0; r <= RANGES; r++) {
                w.putLong(start[r]);
            }
            w.putLongs(rows, ROW * size);
        }
        spills++;
        size = 0;
        levels.add(run);
    }

    /** Joins runs into one, range by range: each range's slices one after the other. */
    private static void join(List<Path> runs, Path into) {
        try (Arena arena = Arena.ofConfined(); RunWriter w = new RunWriter(into)) {
            MemorySegment[] mapped = new MemorySegment[runs.size()];
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] = map(runs.get(i), arena);
            }
            for (int r = 0; r <= RANGES; r++) {
                long at = 0;
                for (MemorySegment m : mapped) {
                    at += m.get(LONG, 8L * r);
                }
                w.putLong(at);
            }
            for (int r = 0; r < RANGES; r++) {
                for (MemorySegment m : mapped) {
                    long from = m.get(LONG, 8L * r);
                    long to = m.get(LONG, 8L * (r + 1));
                    w.putBytes(m, DIRECTORY_BYTES + from * ROW_BYTES, (to - from) * ROW_BYTES);
                }
            }
        }
    }

    private static MemorySegment map(Path run, Arena arena) {
        try (FileChannel ch = FileChannel.open(run, StandardOpenOption.READ)) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index run " + run + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        levels.deleteAll();
    }
}
