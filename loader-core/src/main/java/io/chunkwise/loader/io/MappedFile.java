package io.chunkwise.loader.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * A whole file mapped read-only as one {@link MemorySegment} (long offsets, any size). The
 * mapping has exactly one owner, this object: {@link #close()} unmaps it deterministically, and
 * any later access through the segment fails with {@link IllegalStateException} instead of
 * touching unmapped memory. The segment is shared, so worker threads may read it concurrently.
 *
 * <p>A file truncated while mapped makes accesses past its new end fault; callers wrap their
 * reads with {@link #guard(Runnable)} (or check {@link #checkUnchanged()}) to turn that into a
 * {@link SourceChangedException} rather than a crash.
 */
public final class MappedFile implements AutoCloseable {
    private final Path path;
    private final long size;
    private final long modifiedMillis;
    private final Arena arena;
    private final MemorySegment segment;

    private MappedFile(Path path, long size, long modifiedMillis, Arena arena, MemorySegment segment) {
        this.path = path;
        this.size = size;
        this.modifiedMillis = modifiedMillis;
        this.arena = arena;
        this.segment = segment;
    }

    /**
     * Maps a whole file read-only.
     *
     * @param path the file
     * @return the mapping, to be closed by its one owner
     * @throws UncheckedIOException when the file cannot be opened or mapped (a directory, a missing
     *     file), its message naming the file and why
     */
    public static MappedFile open(Path path) {
        if (Files.isDirectory(path)) {
            // else "No such device", from the mapping, naming nothing
            throw new UncheckedIOException(path + ": is a directory, not a file", new IOException("is a directory, not a file"));
        }
        Arena arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            long mtime = Files.getLastModifiedTime(path).toMillis();
            MemorySegment segment = size == 0
                    ? MemorySegment.ofArray(new byte[0])
                    : map(path, channel, size, arena);
            return new MappedFile(path, size, mtime, arena, segment);
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException(path + ": " + FileErrors.reason(e), e);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Maps the channel; a file system that cannot map (sysfs, some FUSE and network mounts answer
     * ENODEV) is the file's place, not a bug: said so, naming the file, as a {@link FileSystemException}.
     */
    private static MemorySegment map(Path path, FileChannel channel, long size, Arena arena) throws IOException {
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
        } catch (IOException e) {
            String reason = FileErrors.reason(e);
            throw new FileSystemException(path.toString(), null, "cannot be mapped (" + reason + ")"
                    + ("No such device".equals(reason) ? ": its file system does not map files (/sys, /proc, some FUSE"
                    + " or network mounts); copy it to a local file" : ""));
        }
    }

    /** @return the mapped file */
    public Path path() {
        return path;
    }

    /** @return the file's size when mapped */
    public long size() {
        return size;
    }

    /** @return the file's modification time (ms since the epoch) when mapped */
    public long modifiedMillis() {
        return modifiedMillis;
    }

    /**
     * @return the whole file; valid until {@link #close()}
     * @throws IllegalStateException when closed already, naming the file
     */
    public MemorySegment segment() {
        requireOpen("mapping of");
        return segment;
    }

    /** @return whether the file is still mapped: {@link #close()} not called yet */
    public boolean isOpen() {
        return arena.scope().isAlive();
    }

    /**
     * Fails on use after {@link #close()}, naming the file (the released mapping's own error,
     * "Already closed", names nothing).
     *
     * @param what what was closed, before the file's name (e.g. {@code "index"})
     * @throws IllegalStateException when closed
     */
    public void requireOpen(String what) {
        if (!isOpen()) {
            throw new IllegalStateException(what + " " + path + " is closed: used after close()");
        }
    }

    /**
     * Runs reads of the mapping and turns a fault from a file changed underneath (a truncated
     * file makes the JVM raise {@link InternalError} for the faulting access) into a
     * {@link SourceChangedException}, and a mapping closed meanwhile (by another thread) into an
     * error naming the file.
     *
     * @param reads the reads
     */
    public void guard(Runnable reads) {
        read(() -> {
            reads.run();
            return null;
        });
    }

    /**
     * {@link #guard(Runnable)} for reads that give a result.
     *
     * @param reads the reads
     * @param <T> the result's type
     * @return their result
     */
    public <T> T read(Supplier<T> reads) {
        try {
            return reads.get();
        } catch (InternalError e) {
            throw changed(e);
        } catch (IllegalStateException e) {
            requireOpen("mapping of"); // the released mapping's "Already closed" names nothing
            throw e;
        }
    }

    /**
     * Builds the error for a fault seen while reading this mapping.
     *
     * @param cause the fault
     * @return the error naming the file and its sizes
     */
    public SourceChangedException changed(Throwable cause) {
        return new SourceChangedException(path, "changed while being read (size was " + size
                + " bytes, now " + currentSize() + ")", cause);
    }

    /**
     * Fails when the file's size or modification time differ from when it was mapped.
     *
     * @throws SourceChangedException when the file changed
     */
    public void checkUnchanged() {
        long now = currentSize();
        long mtime;
        try {
            mtime = Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new SourceChangedException(path, "disappeared while being read", e);
        }
        if (now != size) {
            throw new SourceChangedException(path, "changed while being read (size was " + size + " bytes, now " + now + ")", null);
        }
        if (mtime != modifiedMillis) {
            throw new SourceChangedException(path, "changed while being read (written to, its size still " + size + " bytes)", null);
        }
    }

    private long currentSize() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Unmaps the file; the segment is unusable afterwards. Idempotent. */
    @Override
    public void close() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
