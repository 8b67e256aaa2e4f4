package io.chunkwise.loader.index;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A stale index at a path given for a file is either that file's index, gone stale (rebuilt), or
 * the index of another file (another master's {@code a.csv.cwx} given for {@code b.csv}): a good
 * index, never replaced unasked. Told apart by the source's file name the index records, its
 * content and the index's path:
 * <ul>
 * <li>the same name: the file was edited, or replaced by a new one of that name (a daily export);
 * <li>another name, same size and sampled content: the file was renamed or copied, its index with it or not;
 * <li>the file's own default path ({@code b.csv.cwx}): an index named after it is its own, renamed
 *     with it ({@code mv a.csv b.csv; mv a.csv.cwx b.csv.cwx}), edited since or not.
 * </ul>
 * Any other stale index names another file, and is refused. An index of a format that records no
 * name (before version {@value BuildRecord#FIRST_NAMING_VERSION}) is rebuilt, as it always was.
 */
final class OtherFilesIndex {
    private OtherFilesIndex() {
    }

    /**
     * @param source the file looked up
     * @param index the stale index given for it
     * @param recorded what the index records of its build, or {@code null} when unreadable
     * @throws IndexException (not stale) when the index is another file's
     */
    static void refuse(Path source, Path index, BuildRecord recorded) {
        if (recorded == null || recorded.sourceName() == null) {
            return;
        }
        String name = source.getFileName().toString();
        if (recorded.sourceName().equals(name) || isDefaultPath(source, index)) {
            return;
        }
        SourceFingerprint now = SourceFingerprint.of(source);
        SourceFingerprint then = recorded.source();
        if (now.size() == then.size() && now.sample() == then.sample()) {
            return; // its content, under another name: renamed or copied
        }
        throw new IndexException(index, String.format(Locale.ROOT, "the index of another file, %s (%,d bytes), not of"
                + " %s (%,d bytes); it is not replaced: for %s, choose another index path (or remove the file to build"
                + " %s's index there)", recorded.sourceName(), then.size(), name, now.size(), name, name), false);
    }

    private static boolean isDefaultPath(Path source, Path index) {
        return index.toAbsolutePath().normalize().equals(Indexer.defaultPath(source).toAbsolutePath().normalize());
    }
}
