package io.chunkwise.loader.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An index file as it was at one moment: whether it was there, its identity (a published index is
 * a new file renamed into place), size and modification time. Two stamps differ when the index was
 * built or replaced between them.
 *
 * @param fileKey the file's identity (device and inode), or {@code null} when absent or unknown
 * @param size its size, or -1 when absent
 * @param modified its modification time in nanoseconds, or 0 when absent
 */
record IndexStamp(Object fileKey, long size, long modified) {
    private static final IndexStamp ABSENT = new IndexStamp(null, -1, 0);

    static IndexStamp of(Path index) {
        try {
            BasicFileAttributes a = Files.readAttributes(index, BasicFileAttributes.class);
            return new IndexStamp(a.fileKey(), a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return ABSENT;
        }
    }
}
