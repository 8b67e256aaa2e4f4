package io.chunkwise.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tune's charts directory, made before the sweep (a directory that cannot be made is refused before
 * minutes of runs) and so removed again, with the parents made for it, when the sweep ends without
 * charts: a failed or stopped tune leaves no empty directory it made. A directory that was there,
 * or that holds a file by then, is left as it is.
 */
final class TuneOutput {
    private final Path dir;
    /** The outermost directory this run made ({@code t1} of {@code t1/a/b}), or null when it made none. */
    private final Path made;

    private TuneOutput(Path dir, Path made) {
        this.dir = dir;
        this.made = made;
    }

    /**
     * Makes the directory, as {@link OutputDirectory#make(Path)} does.
     *
     * @param dir the {@code --out} directory
     * @return it, knowing which of its directories this run made
     */
    static TuneOutput make(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path made = null;
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            made = p;
        }
        OutputDirectory.make(dir);
        return new TuneOutput(dir, made);
    }

    /** @return whether the directory was there before this run */
    boolean existed() {
        return made == null;
    }

    /**
     * Removes the directories this run made, innermost first, while they are empty (safe to call
     * twice, and from a stop's hook while the run's thread does too).
     *
     * @return whether none of them is left (true when it made none)
     */
    boolean removeMade() {
        if (made == null) {
            return true;
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null && p.startsWith(made); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return false; // not empty (a file written there meanwhile), or not ours to remove: left as it is
            }
        }
        return true;
    }
}
