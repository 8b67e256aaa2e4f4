package io.chunkwise.cli.generate;

import io.chunkwise.cli.ByteSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The line a large generation says before it starts: how big the file will be, so that a
 * {@code --freq 1s} over years, or a zero too many, is seen before minutes of writing, not after.
 */
final class SizeNotice {
    /** Below this a run takes seconds: its summary line says enough. */
    static final long THRESHOLD = 1L << 30;

    private SizeNotice() {
    }

    /**
     * @param kind the generator, e.g. {@code fxbars}
     * @param amount what is asked for, e.g. {@code 315,360,000 bars}
     * @param bytes the expected size (typical records), or the size limit when {@code upTo}
     * @param upTo whether {@code bytes} is a {@code --size} limit rather than an estimate
     * @param file the output
     * @return the line, when the file will be at least {@link #THRESHOLD}
     */
    static Optional<String> of(String kind, String amount, long bytes, boolean upTo, Path file) {
        if (bytes < THRESHOLD) {
            return Optional.empty();
        }
        String free = "";
        try {
            Path parent = file.toAbsolutePath().getParent();
            long usable = Files.getFileStore(parent).getUsableSpace();
            free = "; its file system has " + ByteSize.format(usable) + " free";
            // only the floor of the rows' sizes is refused up front (rows vary); an estimate above the free
            // space would fill the disk for nothing, so it is said before the writing, not after
            if (!upTo && bytes > usable) {
                free += ", less than that: it will likely run out of space part-way (leaving no file); stop it"
                        + " (Ctrl-C) and ask for fewer, or write elsewhere";
            }
        } catch (IOException e) {
            // unknown space: the size alone is still worth saying
        }
        return Optional.of(kind + ": writing " + amount + ", " + (upTo ? "up to " : "about ") + ByteSize.format(bytes)
                + ", to " + file + free);
    }
}
