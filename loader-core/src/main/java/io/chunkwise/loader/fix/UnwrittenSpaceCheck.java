package io.chunkwise.loader.fix;

import io.chunkwise.loader.io.ContentSample;
import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What {@link io.chunkwise.loader.io.AppendCheck} is for a log that grows by filling the space a
 * preallocating appender reserved ({@link UnwrittenSpace}) rather than by growing: its size stays
 * the same (or grows by a whole region, or shrinks to what was written when the appender closes),
 * its modification time changes, and the NULs past the part written when the read began turn into
 * messages. A scan reads that part only, so what is checked is that part: a CRC32C of a sample of
 * it (the first and last 64 KiB and 16 blocks of 4 KiB between, as an index samples its master)
 * when the read begins and when it ends, with the file's identity, and that the file still holds
 * it. Its bytes written meanwhile are those up to the NULs that end it now.
 */
public final class UnwrittenSpaceCheck {
    private final MappedFile file;
    private final long written;
    private final Object fileKey;
    private final long sample;

    private UnwrittenSpaceCheck(MappedFile file, long written, Object fileKey, long sample) {
        this.file = file;
        this.written = written;
        this.fileKey = fileKey;
        this.sample = sample;
    }

    /**
     * Samples the part written: call it right after mapping, before the read.
     *
     * @param file the mapped log
     * @param written where the NULs that end it start ({@link UnwrittenSpace#start(MemorySegment)})
     * @return the check, to {@link #writtenSince() finish} after the read
     * @throws SourceChangedException when the log is truncated or removed meanwhile
     */
    public static UnwrittenSpaceCheck begin(MappedFile file, long written) {
        Object key = attributes(file).fileKey();
        return new UnwrittenSpaceCheck(file, written, key, file.read(() -> ContentSample.of(file.segment().asSlice(0, written))));
    }

    /**
     * Finishes the check after the read.
     *
     * @return the bytes written past the part read since {@link #begin}, into the space or past
     *     it; 0 when none
     * @throws SourceChangedException when the part read was cut, rewritten (a sample that
     *     differs), or the log was replaced or removed
     */
    public long writtenSince() {
        BasicFileAttributes now = attributes(file);
        if (!Objects.equals(now.fileKey(), fileKey)) {
            throw new SourceChangedException(file.path(), "was replaced by another file while being read (size was "
                    + file.size() + " bytes, the new one's " + now.size() + ")", null);
        }
        if (now.size() < written) {
            throw new SourceChangedException(file.path(), "changed while being read (its first " + written
                    + " bytes were read, now it has " + now.size() + ")", null);
        }
        // an appender that closes cuts the file to what it wrote: the mapping is read up to that only
        if (file.read(() -> ContentSample.of(file.segment().asSlice(0, written))) != sample) {
            throw new SourceChangedException(file.path(), "changed while being read (bytes among the first " + written
                    + " were rewritten)", null);
        }
        try (FileChannel ch = FileChannel.open(file.path())) {
            return Math.max(0, UnwrittenSpace.start(ch, ch.size()) - written);
        } catch (IOException e) {
            throw new SourceChangedException(file.path(), "could not be looked at again after being read: "
                    + FileErrors.reason(e), e);
        }
    }

    private static BasicFileAttributes attributes(MappedFile file) {
        try {
            return Files.readAttributes(file.path(), BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SourceChangedException(file.path(), "disappeared while being read (moved or deleted)", e);
        } catch (IOException e) {
            throw new SourceChangedException(file.path(), "could not be looked at again after being read: "
                    + FileErrors.reason(e), e);
        }
    }
}
