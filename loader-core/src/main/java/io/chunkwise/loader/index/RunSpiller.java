package io.chunkwise.loader.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An external merge sort of index entries, for what {@link RangeSpiller} cannot sort in memory:
 * one hash range holding more entries than a group (a key repeated millions of times). Collects
 * entries in a buffer of bounded capacity; when it is full, sorts it and spills it as a run file,
 * kept in {@link RunLevels} (a full level is merged into one run of the next). The memory used is
 * the buffer (grown up to its capacity) and the merge's read buffers, whatever the input size.
 */
final class RunSpiller implements AutoCloseable {
    static final int ENTRY_BYTES = 32;
    /** Runs merged at once. */
    static final int FAN_IN = 64;
    static final int IO_BUFFER = 1 << 16;
    private final int capacity;
    private final Entries entries;
    private final Entries aux;
    private final long mergeMemory;
    private final RunLevels levels;
    private long total;
    private int spills;

    /**
     * @param dir where run files go
     * @param name prefix of the run files
     * @param capacity entries the buffer may hold
     * @param aux a sort scratch buffer (shared by the spillers of one build, which spill one at a time)
     * @param fanIn runs merged at once (at least 2)
     * @param mergeMemory bytes of read buffers for one merge of {@code fanIn} runs
     */
    RunSpiller(Path dir, String name, int capacity, Entries aux, int fanIn, long mergeMemory) {
        this.levels = new RunLevels(dir, name, fanIn, this::merge);
        this.mergeMemory = mergeMemory;
        this.aux = aux;
        this.capacity = capacity;
        this.entries = new Entries(Math.min(capacity, 1 << 12));
    }

    void add(long hash, long offset, long k1, long k2) {
        if (entries.size == entries.capacity()) {
            if (entries.capacity() < capacity) {
                entries.grow((int) Math.min(capacity, entries.capacity() * 2L));
            } else {
                spill();
            }
        }
        entries.add(hash, offset, k1, k2);
        total++;
    }

    /** @return how many times the buffer was full and spilled */
    int runs() {
        return spills;
    }

    /** @return run files on disk now (what a final merge reads) */
    int liveRuns() {
        return levels.runs().size();
    }

    long total() {
        return total;
    }

    private void spill() {
        EntrySort.sort(entries, aux);
        Path run = levels.newRun();
        try (RunWriter out = new RunWriter(run)) {
            for (int i = 0; i < entries.size; i++) {
                out.put(entries.hash(i), entries.offset(i), entries.key1(i), entries.key2(i));
            }
        }
        spills++;
        entries.size = 0;
        levels.add(run);
    }

    /** Merges sorted runs into one. */
    private void merge(List<Path> runs, Path into) {
        List<Cursor> cursors = new ArrayList<>();
        try (RunWriter out = new RunWriter(into)) {
            int buffer = readBuffer(mergeMemory, runs.size());
            for (Path r : runs) {
                cursors.add(new FileCursor(r, buffer));
            }
            MergeHeap heap = new MergeHeap(cursors);
            while (!heap.isEmpty()) {
                Cursor c = heap.top();
                out.put(c.hash, c.offset, c.k1, c.k2);
                heap.advanceTop();
            }
        } finally {
            cursors.forEach(Cursor::close);
        }
    }

    private static int readBuffer(long memory, int runs) {
        return Math.clamp(memory / Math.max(1, runs), 4096, IO_BUFFER) / ENTRY_BYTES * ENTRY_BYTES;
    }

    /**
     * Sorts the entries not spilled; call once, after the last {@link #add}, before
     * {@link #cursors} (not concurrently with other spillers: they share a scratch buffer).
     */
    void sortRest() {
        EntrySort.sort(entries, aux);
    }

    /**
     * @param readMemory bytes to share among the run readers (each gets 4 to 64 KiB)
     * @return cursors over every run and the in-memory rest (see {@link #sortRest()}), each sorted
     */
    List<Cursor> cursors(long readMemory) {
        List<Cursor> out = new ArrayList<>();
        List<Path> runs = levels.runs();
        int perRun = readBuffer(readMemory, runs.size());
        for (Path run : runs) {
            out.add(new FileCursor(run, perRun));
        }
        out.add(new MemoryCursor(entries));
        return out;
    }

    @Override
    public void close() {
        levels.deleteAll();
    }

    /** A sorted stream of entries. */
    abstract static class Cursor implements AutoCloseable {
        long hash;
        long offset;
        long k1;
        long k2;

        /** @return whether an entry was read into the fields */
        abstract boolean advance();

        @Override
        public void close() {
        }
    }

    private static final class MemoryCursor extends Cursor {
        private final Entries e;
        private int i;

        MemoryCursor(Entries e) {
            this.e = e;
        }

        @Override
        boolean advance() {
            if (i >= e.size) {
                return false;
            }
            hash = e.hash(i);
            offset = e.offset(i);
            k1 = e.key1(i);
            k2 = e.key2(i);
            i++;
            return true;
        }
    }

    private static final class FileCursor extends Cursor {
        private final FileChannel in;
        private final ByteBuffer buf;

        FileCursor(Path run, int bufferSize) {
            buf = ByteBuffer.allocate(bufferSize).order(ByteOrder.nativeOrder());
            try {
                in = FileChannel.open(run, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buf.limit(0);
        }

        @Override
        boolean advance() {
            try {
                if (buf.remaining() < ENTRY_BYTES) {
                    buf.compact();
                    while (buf.position() < ENTRY_BYTES) {
                        if (in.read(buf) < 0) {
                            break;
                        }
                    }
                    buf.flip();
                    if (buf.remaining() < ENTRY_BYTES) {
                        return false;
                    }
                }
                hash = buf.getLong();
                offset = buf.getLong();
                k1 = buf.getLong();
                k2 = buf.getLong();
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
