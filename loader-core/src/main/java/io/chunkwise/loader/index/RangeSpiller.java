package io.chunkwise.loader.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Collects the entries of one key kind in a buffer of bounded capacity and hands them back in
 * index order (unsigned hash, then offset), spilling to disk when the buffer is full. The memory
 * used is the buffer and, at the end, a few groups of entries, whatever the input size.
 *
 * <p>A spilled run is not sorted, only grouped by the hash's top {@value #RANGE_BITS} bits (its
 * range): one counting pass. A run file starts with its directory (where each range's entries
 * start) and is read by mapping. Hashes are uniform, so at the end consecutive ranges are taken in
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
    private static final int RANGE_SHIFT = Long.SIZE - RANGE_BITS;
    private static final int ENTRY = RunSpiller.ENTRY_BYTES;
    /** The directory at the start of a run file: {@code RANGES + 1} entry indexes. */
    private static final long DIRECTORY_BYTES = 8L * (RANGES + 1);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Path dir;
    private final String name;
    private final int capacity;
    private final Entries aux;
    private final RunLevels levels;
    private Entries entries;
    private int[] rangeStart;
    private long total;
    private int spills;
    private boolean restSorted;

    /**
     * @param dir where run files go
     * @param name prefix of the run files
     * @param capacity entries the buffer may hold
     * @param aux a scratch buffer (shared by the spillers of one build, which spill one at a time)
     * @param fanIn runs joined at once (at least 2)
     */
    RangeSpiller(Path dir, String name, int capacity, Entries aux, int fanIn) {
        this.levels = new RunLevels(dir, name, fanIn, RangeSpiller::join);
        this.dir = dir;
        this.name = name;
        this.capacity = capacity;
        this.aux = aux;
        this.entries = new Entries(Math.min(capacity, 1 << 12));
    }

    /** Adds every entry of a list, in bulk. */
    void addAll(Entries part) {
        int from = 0;
        while (from < part.size) {
            if (entries.size == entries.capacity()) {
                if (entries.capacity() < capacity) {
                    entries.grow((int) Math.min(capacity, entries.capacity() * 2L));
                } else {
                    spill();
                }
            }
            int n = Math.min(part.size - from, entries.capacity() - entries.size);
            System.arraycopy(part.hashes, from, entries.hashes, entries.size, n);
            System.arraycopy(part.offsets, from, entries.offsets, entries.size, n);
            System.arraycopy(part.key1, from, entries.key1, entries.size, n);
            System.arraycopy(part.key2, from, entries.key2, entries.size, n);
            entries.size += n;
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
     * Ends the adding: sorts the buffer when nothing was spilled, else spills it too and frees it.
     * Call once, and not concurrently with other spillers (they share the scratch buffer).
     */
    void finishAdding() {
        if (liveRuns() == 0) {
            EntrySort.sort(entries, aux);
            restSorted = true;
        } else {
            if (entries.size > 0) {
                spill();
            }
            entries = new Entries(1);
        }
    }

    /** Receives entries in index order. */
    @FunctionalInterface
    interface Sorted {
        /**
         * @param hash the key's hash
         * @param offset the record's offset
         * @param k1 the packed key's first word
         * @param k2 the packed key's second word
         */
        void accept(long hash, long offset, long k1, long k2);
    }

    /**
     * Hands every entry to {@code out} in index order; after {@link #finishAdding()}. Spillers of
     * one build may do this concurrently.
     *
     * @param out the receiver
     * @param groupCapacity entries sorted at once (a third of the memory this needs)
     */
    void forEachSorted(Sorted out, int groupCapacity) {
        if (restSorted) {
            emit(entries, out);
            return;
        }
        List<Path> runs = levels.runs();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment[] mapped = new MemorySegment[runs.size()];
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] = map(runs.get(i), arena);
            }
            Entries group = new Entries(groupCapacity);
            Entries groupAux = new Entries(groupCapacity);
            int r = 0;
            while (r < RANGES) {
                long n = count(mapped, r, r + 1);
                if (n > groupCapacity) {
                    sortLarge(mapped, r, groupAux, groupCapacity, out);
                    r++;
                    continue;
                }
                int end = r + 1;
                while (end < RANGES && n + count(mapped, end, end + 1) <= groupCapacity) {
                    n += count(mapped, end, end + 1);
                    end++;
                }
                group.size = 0;
                for (MemorySegment run : mapped) {
                    gather(run, r, end, group);
                }
                int spanBits = RANGE_SHIFT + (Integer.SIZE - Integer.numberOfLeadingZeros(end - r - 1));
                EntrySort.sort(group, groupAux, (long) r << RANGE_SHIFT, spanBits);
                emit(group, out);
                r = end;
            }
        }
    }

    /** Sorts one range too large for a group by an external merge sort of its own. */
    private void sortLarge(MemorySegment[] mapped, int range, Entries scratch, int groupCapacity, Sorted out) {
        try (RunSpiller large = new RunSpiller(dir, name + "-range" + range, groupCapacity, scratch, RunSpiller.FAN_IN,
                (long) groupCapacity * ENTRY)) {
            for (MemorySegment run : mapped) {
                long from = run.get(LONG, 8L * range);
                long to = run.get(LONG, 8L * (range + 1));
                for (long i = from; i < to; i++) {
                    long at = DIRECTORY_BYTES + i * ENTRY;
                    large.add(run.get(LONG, at), run.get(LONG, at + 8), run.get(LONG, at + 16), run.get(LONG, at + 24));
                }
            }
            large.sortRest();
            List<RunSpiller.Cursor> cursors = large.cursors((long) groupCapacity * ENTRY);
            try {
                MergeHeap heap = new MergeHeap(cursors);
                while (!heap.isEmpty()) {
                    RunSpiller.Cursor c = heap.top();
                    out.accept(c.hash, c.offset, c.k1, c.k2);
                    heap.advanceTop();
                }
            } finally {
                cursors.forEach(RunSpiller.Cursor::close);
            }
        }
    }

    /** @return the entries of ranges [from, to) in all runs */
    private static long count(MemorySegment[] runs, int from, int to) {
        long n = 0;
        for (MemorySegment run : runs) {
            n += run.get(LONG, 8L * to) - run.get(LONG, 8L * from);
        }
        return n;
    }

    /** Appends a run's entries of ranges [from, to) to a group. */
    private static void gather(MemorySegment run, int from, int to, Entries group) {
        long first = run.get(LONG, 8L * from);
        long last = run.get(LONG, 8L * to);
        int at = group.size;
        for (long i = first; i < last; i++, at++) {
            long p = DIRECTORY_BYTES + i * ENTRY;
            group.hashes[at] = run.get(LONG, p);
            group.offsets[at] = run.get(LONG, p + 8);
            group.key1[at] = run.get(LONG, p + 16);
            group.key2[at] = run.get(LONG, p + 24);
        }
        group.size = at;
    }

    private static void emit(Entries e, Sorted out) {
        for (int i = 0; i < e.size; i++) {
            out.accept(e.hashes[i], e.offsets[i], e.key1[i], e.key2[i]);
        }
    }

    /** Writes the buffer as a run: its directory, then its entries grouped by range (a counting scatter). */
    private void spill() {
        int n = entries.size;
        if (rangeStart == null) {
            rangeStart = new int[RANGES + 1];
        }
        int[] start = rangeStart;
        java.util.Arrays.fill(start, 0);
        long[] h = entries.hashes;
        for (int i = 0; i < n; i++) {
            start[(int) (h[i] >>> RANGE_SHIFT) + 1]++;
        }
        for (int r = 1; r <= RANGES; r++) {
            start[r] += start[r - 1];
        }
        if (aux.capacity() < n) {
            aux.grow(n);
        }
        Path run = levels.newRun();
        try (RunWriter w = new RunWriter(run)) {
            for (int r = 0; r <= RANGES; r++) {
                w.putLong(start[r]);
            }
            for (int i = 0; i < n; i++) {
                int to = start[(int) (h[i] >>> RANGE_SHIFT)]++;
                aux.hashes[to] = h[i];
                aux.offsets[to] = entries.offsets[i];
                aux.key1[to] = entries.key1[i];
                aux.key2[to] = entries.key2[i];
            }
            for (int i = 0; i < n; i++) {
                w.put(aux.hashes[i], aux.offsets[i], aux.key1[i], aux.key2[i]);
            }
        }
        spills++;
        entries.size = 0;
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
                    w.putBytes(m, DIRECTORY_BYTES + from * ENTRY, (to - from) * ENTRY);
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
