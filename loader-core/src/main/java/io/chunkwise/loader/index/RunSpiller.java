package io.chunkwise.loader.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the entries of one key kind in a fixed buffer; when it is full, sorts it and spills it
 * as a run file. The memory used is the buffer (grown up to its capacity), whatever the input size.
 */
final class RunSpiller implements AutoCloseable {
    private final Path dir;
    private final String name;
    private final int capacity;
    private long[] hashes;
    private long[] offsets;
    private int size;
    private long total;
    private final List<Path> runs = new ArrayList<>();

    RunSpiller(Path dir, String name, int capacity) {
        this.dir = dir;
        this.name = name;
        this.capacity = capacity;
        int initial = Math.min(capacity, 1 << 14);
        this.hashes = new long[initial];
        this.offsets = new long[initial];
    }

    void add(long hash, long offset) {
        if (size == hashes.length) {
            if (hashes.length < capacity) {
                int grown = (int) Math.min(capacity, hashes.length * 2L);
                hashes = java.util.Arrays.copyOf(hashes, grown);
                offsets = java.util.Arrays.copyOf(offsets, grown);
            } else {
                spill();
            }
        }
        hashes[size] = hash;
        offsets[size] = offset;
        size++;
        total++;
    }

    int runs() {
        return runs.size();
    }

    long total() {
        return total;
    }

    private void spill() {
        EntrySort.sort(hashes, offsets, 0, size);
        Path run = dir.resolve(name + "-" + runs.size() + ".run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (int i = 0; i < size; i++) {
                out.writeLong(hashes[i]);
                out.writeLong(offsets[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write index run " + run, e);
        }
        runs.add(run);
        size = 0;
    }

    /** @return cursors over every run and the in-memory rest, each sorted */
    List<Cursor> cursors() {
        EntrySort.sort(hashes, offsets, 0, size);
        List<Cursor> out = new ArrayList<>();
        for (Path run : runs) {
            out.add(new FileCursor(run));
        }
        out.add(new MemoryCursor(hashes, offsets, size));
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

        /** @return whether an entry was read into {@link #hash} and {@link #offset} */
        abstract boolean advance();

        @Override
        public void close() {
        }
    }

    private static final class MemoryCursor extends Cursor {
        private final long[] h;
        private final long[] o;
        private final int n;
        private int i;

        MemoryCursor(long[] h, long[] o, int n) {
            this.h = h;
            this.o = o;
            this.n = n;
        }

        @Override
        boolean advance() {
            if (i >= n) {
                return false;
            }
            hash = h[i];
            offset = o[i];
            i++;
            return true;
        }
    }

    private static final class FileCursor extends Cursor {
        private final DataInputStream in;

        FileCursor(Path run) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        boolean advance() {
            try {
                hash = in.readLong();
                offset = in.readLong();
                return true;
            } catch (EOFException e) {
                return false;
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
