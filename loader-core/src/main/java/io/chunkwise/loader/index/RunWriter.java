package io.chunkwise.loader.index;

import io.chunkwise.loader.io.FileErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a new run file through one buffer, in native byte order (run files are scratch, read
 * back by the same process).
 */
final class RunWriter implements AutoCloseable {
    private final Path run;
    private final FileChannel out;
    /**
     * Native, not a heap buffer: a channel copies a heap buffer into a native one of its own
     * before every write, one more pass over every byte spilled.
     */
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment bufSegment = arena.allocate(RunSpiller.IO_BUFFER, Long.BYTES);
    private final ByteBuffer buf = bufSegment.asByteBuffer().order(ByteOrder.nativeOrder());

    RunWriter(Path run) {
        this.run = run;
        try {
            out = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            arena.close();
            throw failed(e);
        }
    }

    void put(long hash, long offset, long k1, long k2) {
        if (buf.remaining() < RunSpiller.ENTRY_BYTES) {
            drain();
        }
        buf.putLong(hash).putLong(offset).putLong(k1).putLong(k2);
    }

    void putLong(long v) {
        if (buf.remaining() < Long.BYTES) {
            drain();
        }
        buf.putLong(v);
    }

    /** Writes the first {@code count} longs of an array, in bulk. */
    void putLongs(long[] values, int count) {
        putBytes(MemorySegment.ofArray(values), 0, (long) count * Long.BYTES);
    }

    /** Copies bytes as they are (entries of another run). */
    void putBytes(MemorySegment from, long offset, long length) {
        while (length > 0) {
            if (!buf.hasRemaining()) {
                drain();
            }
            int n = (int) Math.min(length, buf.remaining());
            MemorySegment.copy(from, offset, bufSegment, buf.position(), n);
            buf.position(buf.position() + n);
            offset += n;
            length -= n;
        }
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
        return new UncheckedIOException("cannot write index run " + run + ": " + FileErrors.reason(e), e);
    }

    @Override
    public void close() {
        try {
            drain();
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            } finally {
                arena.close();
            }
        }
    }
}
