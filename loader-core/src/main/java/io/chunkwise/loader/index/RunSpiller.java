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
 */
final class RunSpiller implements AutoCloseable {
    static final int ENTRY_BYTES = 32;
    private static final int IO_BUFFER = 1 << 16;
    private final Path dir;
    private final String name;
    private final int capacity;
    private final Entries entries;
    private final Entries aux;
    private long total;
    private final List<Path> runs = new ArrayList<>();

    RunSpiller(Path dir, String name, int capacity, Entries aux) {
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

    int runs() {
        return runs.size();
    }

    long total() {
        return total;
    }

    private void spill() {
        EntrySort.sort(entries, aux);
        Path run = dir.resolve(name + "-" + runs.size() + ".run");
        ByteBuffer buf = ByteBuffer.allocate(IO_BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel out = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < entries.size; i++) {
                if (buf.remaining() < ENTRY_BYTES) {
                    drain(buf, out);
                }
                buf.putLong(entries.hashes[i]).putLong(entries.offsets[i]).putLong(entries.key1[i]).putLong(entries.key2[i]);
            }
            drain(buf, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write index run " + run + ": " + e.getMessage(), e);
        }
        runs.add(run);
        entries.size = 0;
    }

    private static void drain(ByteBuffer buf, FileChannel out) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        buf.clear();
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
        int perRun = Math.clamp(readMemory / Math.max(1, runs.size()), 4096, IO_BUFFER) / ENTRY_BYTES * ENTRY_BYTES;
        for (Path run : runs) {
            out.add(new FileCursor(run, perRun));
        }
        out.add(new MemoryCursor(entries));
        return out;
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // leftovers in the temp directory are removed with it
            }
        }
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
