package io.chunkwise.loader.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Tells a mapped file that only grew while it was read — a log another process appends to — from
 * one that shrank, was replaced or was rewritten. A mapping covers the file's size when it was
 * made, and appended bytes lie past it: a scan of a file that only grew read the file as it was
 * when mapped. Whether it only grew is checked as an index checks its source: a CRC32C of a sample
 * of the mapped bytes (the first and last 64 KiB and 16 blocks of 4 KiB spread in between) taken
 * when the read begins and again when it ends, with the file's size and identity. A sample cannot
 * see a rewrite between its blocks of a file that also grew: that is what is not checked.
 *
 * <p>Both samples are read through the mapping, so they are of the file that was read even when
 * another one was moved to its path meanwhile; that case is named as a replacement.
 */
public final class AppendCheck {
    private final MappedFile file;
    private final Object fileKey;
    private final long sample;

    private AppendCheck(MappedFile file, Object fileKey, long sample) {
        this.file = file;
        this.fileKey = fileKey;
        this.sample = sample;
    }

    /**
     * Samples the mapped bytes: call it right after mapping, before the read.
     *
     * @param file the mapped file
     * @return the check, to {@link #appended() finish} after the read
     * @throws SourceChangedException when the file is truncated meanwhile
     */
    public static AppendCheck begin(MappedFile file) {
        return new AppendCheck(file, fileKey(file), file.read(() -> ContentSample.of(file.segment())));
    }

    /**
     * Finishes the check after the read.
     *
     * @return the bytes appended since {@link #begin}, past the mapping and so not read; 0 when the
     *     file is as it was
     * @throws SourceChangedException when the file shrank, was written to within the bytes read (a
     *     new modification time at the same size, or a sample that differs), or was replaced by
     *     another file or removed
     */
    public long appended() {
        long size = file.size();
        Object key;
        long now;
        long mtime;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            key = attributes.fileKey();
            now = attributes.size();
            mtime = attributes.lastModifiedTime().toMillis();
        } catch (NoSuchFileException e) {
            throw new SourceChangedException(file.path(), "disappeared while being read (moved or deleted)", e);
        } catch (IOException e) {
            throw new SourceChangedException(file.path(), "could not be looked at again after being read: "
                    + FileErrors.reason(e), e);
        }
        if (!Objects.equals(key, fileKey)) {
            throw new SourceChangedException(file.path(), "was replaced by another file while being read (size was "
                    + size + " bytes, the new one's " + now + ")", null);
        }
        if (now < size) {
            throw new SourceChangedException(file.path(), "changed while being read (size was " + size + " bytes, now "
                    + now + ")", null);
        }
        if (now == size) {
            if (mtime != file.modifiedMillis()) {
                throw new SourceChangedException(file.path(), "changed while being read (written to, its size still "
                        + size + " bytes)", null);
            }
            return 0;
        }
        if (file.read(() -> ContentSample.of(file.segment())) != sample) {
            throw new SourceChangedException(file.path(), "changed while being read (size was " + size + " bytes, now "
                    + now + ", and bytes among the first " + size + " were rewritten)", null);
        }
        return now - size;
    }

    /** @return the file's identity (device and inode where the file system has them), or null */
    private static Object fileKey(MappedFile file) {
        try {
            return Files.readAttributes(file.path(), BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new SourceChangedException(file.path(), "disappeared while being read (moved or deleted)", e);
        }
    }
}
