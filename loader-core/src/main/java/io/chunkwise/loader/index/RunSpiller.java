package io.chunkwise.loader.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the entries of one key kind in a buffer of bounded capacity; when it is full, sorts it
 * and spills it as a run file. The memory used is the buffer (grown up to its capacity),
 * whatever the input size.
 *
 * <p>Runs are kept in levels, as in an external merge sort with a bounded fan-in: when a level
 * holds {@code fanIn} runs they are merged into one run of the next level. However large the
 * input, a merge reads at most {@code fanIn} runs, and fewer than {@code fanIn} per level are
 * left for the final one (a 200 GB master makes thousands of level-0 runs; merging them all at
 * the end would need an open file and a read buffer each); each entry is rewritten once per
 * level, about {@code log(runs) / log(fanIn)} times.
 */
final class RunSpiller implements AutoCloseable {
    static final int ENTRY_BYTES = 32;
    /** Runs merged at once. */
    static final int FAN_IN = 64;
    private static final int IO_BUFFER = 1 << 16;
    private final Path dir;
    private final String name;
    private final int capacity;
    private final Entries entries;
    private final Entries aux;
    private final int fanIn;
    private final long mergeMemory;
    private long total;
    private int spills;
    private int written;
    /** Live run files by level (level 0: spilled buffers; level n + 1: merges of {@code fanIn} level-n runs). */
    private final List<List<Path>> levels = new ArrayList<>();

    /**
     * @param dir where run files go
     * @param name prefix of the run files
     * @param capacity entries the buffer may hold
     * @param aux a sort scratch buffer (shared by the spillers of one build, which spill one at a time)
     * @param fanIn runs merged at once (at least 2)
     * @param mergeMemory bytes of read buffers for one merge of {@code fanIn} runs
     */
    RunSpiller(Path dir, String name, int capacity, Entries aux, int fanIn, long mergeMemory) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("fan-in must be at least 2, was " + fanIn);
        }
        this.fanIn = fanIn;
        this.mergeMemory = mergeMemory;
        this.aux = aux;
        this.dir = dir;
        this.name = name;
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

    /** @return how many times the buffer was full and spilled */
    int runs() {
        return spills;
    }

    /** @return run files on disk now (what a final merge reads) */
    int liveRuns() {
        return levels.stream().mapToInt(List::size).sum();
    }

    long total() {
        return total;
    }

    private void spill() {
        EntrySort.sort(entries, aux);
        Path run = newRun(0);
        try (RunWriter out = new RunWriter(run)) {
            for (int i = 0; i < entries.size; i++) {
                out.put(entries.hashes[i], entries.offsets[i], entries.key1[i], entries.key2[i]);
            }
        }
        spills++;
        entries.size = 0;
        addRun(0, run);
    }

    /** Files a run at its level; a full level is merged into one run of the next. */
    private void addRun(int level, Path run) {
        while (levels.size() <= level) {
            levels.add(new ArrayList<>());
        }
        List<Path> runs = levels.get(level);
        runs.add(run);
        if (runs.size() < fanIn) {
            return;
        }
        Path merged = newRun(level + 1);
        List<Cursor> cursors = new ArrayList<>();
        try (RunWriter out = new RunWriter(merged)) {
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
        runs.forEach(RunSpiller::delete);
        runs.clear();
        addRun(level + 1, merged);
    }

    private Path newRun(int level) {
        return dir.resolve(name + "-" + level + "-" + written++ + ".run");
    }

    private static int readBuffer(long memory, int runs) {
        return Math.clamp(memory / Math.max(1, runs), 4096, IO_BUFFER) / ENTRY_BYTES * ENTRY_BYTES;
    }

    private static void delete(Path run) {
        try {
            Files.deleteIfExists(run);
        } catch (IOException e) {
            // leftovers in the temporary directory are removed with it
        }
    }

    /** Writes entries to a new run file through one buffer. */
    private static final class RunWriter implements AutoCloseable {
        private final Path run;
        private final FileChannel out;
        private final ByteBuffer buf = ByteBuffer.allocate(IO_BUFFER).order(ByteOrder.LITTLE_ENDIAN);

        RunWriter(Path run) {
            this.run = run;
            try {
                out = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        void put(long hash, long offset, long k1, long k2) {
            if (buf.remaining() < ENTRY_BYTES) {
                drain();
            }
            buf.putLong(hash).putLong(offset).putLong(k1).putLong(k2);
        }

        private void drain() {
            buf.flip();
            try {
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
            } catch (IOException e) {
                throw failed(e);
            }
            buf.clear();
        }

        private UncheckedIOException failed(IOException e) {
            return new UncheckedIOException("cannot write index run " + run + ": " + e.getMessage(), e);
        }

        @Override
        public void close() {
            drain();
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }
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
        int perRun = readBuffer(readMemory, liveRuns());
        for (List<Path> level : levels) {
            for (Path run : level) {
                out.add(new FileCursor(run, perRun));
            }
        }
        out.add(new MemoryCursor(entries));
        return out;
    }

    @Override
    public void close() {
        levels.forEach(level -> level.forEach(RunSpiller::delete));
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
            hash = e.hashes[i];
            offset = e.offsets[i];
            k1 = e.key1[i];
            k2 = e.key2[i];
            i++;
            return true;
        }
    }

    private static final class FileCursor extends Cursor {
        private final FileChannel in;
        private final ByteBuffer buf;

        FileCursor(Path run, int bufferSize) {
            buf = ByteBuffer.allocate(bufferSize).order(ByteOrder.LITTLE_ENDIAN);
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
