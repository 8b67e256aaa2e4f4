package io.chunkwise.loader.fix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A FIX log mapped read-only into one {@link MemorySegment} of any size (long offsets; no 2 GiB
 * windows). Owns its shared arena: {@link #close()} unmaps deterministically, after which the
 * segment must not be used. Safe to read from several threads while open.
 */
public final class FixLog implements AutoCloseable {
    private final Path path;
    private final Arena arena;
    private final MemorySegment segment;

    private FixLog(Path path, Arena arena, MemorySegment segment) {
        this.path = path;
        this.arena = arena;
        this.segment = segment;
    }

    /**
     * Maps a log.
     *
     * @param path the log file
     * @return the open log
     * @throws IOException when the file cannot be opened or mapped
     */
    public static FixLog open(Path path) throws IOException {
        Arena arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            MemorySegment segment = size == 0
                    ? arena.allocate(0)
                    : channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            return new FixLog(path, arena, segment);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** @return the file */
    public Path path() {
        return path;
    }

    /** @return the mapped bytes (valid until {@link #close()}) */
    public MemorySegment segment() {
        return segment;
    }

    /** @return the size in bytes */
    public long size() {
        return segment.byteSize();
    }

    /** Unmaps the log. */
    @Override
    public void close() {
        arena.close();
    }
}
