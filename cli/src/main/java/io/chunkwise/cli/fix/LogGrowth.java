package io.chunkwise.cli.fix;

import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Decimals;
import io.chunkwise.loader.fix.UnwrittenSpaceCheck;
import io.chunkwise.loader.io.AppendCheck;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a FIX log grew while {@code fixscan} or {@code reconcile} read it, and what they say of it.
 * FIX logs are append-only and often read live: a log that only grew was read as it was when the
 * run began (its mapping ends there), which the run says; its last message, when the snapshot's end
 * cuts it, was being written then, and is left out rather than counted as malformed. A log that
 * shrank or was rewritten is an error, with a hint. A log that ends in NULs, space a preallocating
 * appender reserved, is read up to them ({@link io.chunkwise.loader.fix.UnwrittenSpace}), and grows
 * by filling them: the same holds of the part read.
 *
 * @param scanned the bytes read: the log's size when the run began, without the NULs that end it
 * @param appended the bytes appended (or written into its unwritten space) while it ran, not read
 * @param leftOutAt where the message left out starts, or -1
 * @param unwritten the NULs that ended it when the run began, not read
 */
record LogGrowth(long scanned, long appended, long leftOutAt, long unwritten) {

    /** Tells, after the read, how many bytes were added past those read. */
    @FunctionalInterface
    interface Check {
        /**
         * @return the bytes added since the check began, 0 when none
         * @throws SourceChangedException when the bytes read changed
         */
        long added();
    }

    /**
     * Begins the check: call it right after mapping the log, before the read.
     *
     * @param log the mapped log
     * @param written the bytes to be read: where the NULs that end it start, else its size
     * @return the check, for {@link #after}
     * @throws SourceChangedException when it is truncated or removed meanwhile, with a hint
     */
    static Check begin(MappedFile log, long written) {
        try {
            if (written < log.size()) {
                return UnwrittenSpaceCheck.begin(log, written)::writtenSince;
            }
            return AppendCheck.begin(log)::appended;
        } catch (SourceChangedException e) {
            throw hinted(e, log.path());
        }
    }

    /**
     * Finishes the check after the read.
     *
     * @param check begun when the log was mapped
     * @param scanned the bytes read: its size when mapped, without the NULs that end it
     * @param size its size when mapped
     * @param truncatedAt where the message cut by the end of what was read starts, or -1
     * @param log the log, for the hint
     * @return how it grew
     * @throws SourceChangedException when it shrank or was rewritten, replaced or removed, with a hint
     */
    static LogGrowth after(Check check, long scanned, long size, long truncatedAt, Path log) {
        long appended;
        try {
            appended = check.added();
        } catch (SourceChangedException e) {
            throw hinted(e, log);
        }
        return new LogGrowth(scanned, appended, appended > 0 ? truncatedAt : -1, size - scanned);
    }

    /**
     * @param e the log changed while it was read, other than by growing
     * @param log the log
     * @return the error, saying what to do
     */
    static SourceChangedException hinted(SourceChangedException e, Path log) {
        return e.with("a log can be read while it is appended to, not while it is truncated, rotated or rewritten:"
                + " scan the rotated file, or a copy made when nothing writes to it (cp " + log + " COPY)");
    }

    /** @return whether the message cut by the end of what was read is left out */
    boolean leftOut() {
        return leftOutAt >= 0;
    }

    /**
     * @param command the command's name, for the notices
     * @param log the log
     * @return what to tell the user: of the NULs that end it, of the bytes added while it was
     *     read; empty when neither
     */
    List<String> notices(String command, Path log) {
        List<String> notices = new ArrayList<>(2);
        if (unwritten > 0) {
            // one NUL is "its last byte … is NUL", not "its last 1 bytes … are NUL"
            notices.add(command + ": " + log + (scanned == 0 ? ": all its " : ": its last ")
                    + (unwritten == 1 ? "byte" : Counted.of(unwritten, "byte"))
                    + (scanned == 0 ? "" : " (" + (unwritten == 1 ? "" : "from ") + "byte " + Decimals.grouped(scanned) + ")")
                    + (unwritten == 1 ? " is" : " are") + " NUL: space"
                    + " reserved and not written yet, as a preallocating appender (log4j2's MemoryMappedFileAppender)"
                    + " leaves it; not scanned");
        }
        if (appended == 0) {
            return notices;
        }
        String notice = command + ": " + log + (unwritten > 0
                ? ": " + Counted.of(appended, "byte") + (appended == 1 ? " was" : " were")
                        + " written into that space while it was being scanned; scanned"
                : " grew by " + Counted.of(appended, "byte") + " while being scanned; scanned")
                + " its first " + Decimals.grouped(scanned) + " bytes, as they were when the scan began (a sample"
                + " of them, read again after the scan, is unchanged), not the bytes " + (unwritten > 0 ? "written since" : "appended");
        if (leftOut()) {
            notice += "; its last message there (byte " + Decimals.grouped(leftOutAt) + ") runs past them, as one still"
                    + " being written does: left out, not counted as malformed";
        }
        notices.add(notice);
        return notices;
    }

    /**
     * Adds {@code grewBy} (bytes appended, or written into its unwritten space, while read; 0 when
     * none), {@code leftOutAt} (or null) and {@code unwrittenBytes} (the NULs that ended it, not read;
     * 0 when none) to a result.
     */
    void putJson(Map<String, Object> json) {
        json.put("grewBy", appended);
        json.put("leftOutAt", leftOut() ? leftOutAt : null);
        json.put("unwrittenBytes", unwritten);
    }
}
