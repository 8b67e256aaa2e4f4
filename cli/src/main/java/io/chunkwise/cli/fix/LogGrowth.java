package io.chunkwise.cli.fix;

import io.chunkwise.cli.Decimals;
import io.chunkwise.loader.io.AppendCheck;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a FIX log grew while {@code fixscan} or {@code reconcile} read it, and what they say of it.
 * FIX logs are append-only and often read live: a log that only grew was read as it was when the
 * run began (its mapping ends there), which the run says; its last message, when the snapshot's end
 * cuts it, was being written then, and is left out rather than counted as malformed. A log that
 * shrank or was rewritten is an error, with a hint.
 *
 * @param scanned the bytes read: the log's size when the run began
 * @param appended the bytes appended while it ran, not read
 * @param leftOutAt where the message left out starts, or -1
 */
record LogGrowth(long scanned, long appended, long leftOutAt) {

    /**
     * Begins the check: call it right after mapping the log, before the read.
     *
     * @param log the mapped log
     * @return the check, for {@link #after}
     * @throws SourceChangedException when it is truncated or removed meanwhile, with a hint
     */
    static AppendCheck begin(MappedFile log) {
        try {
            return AppendCheck.begin(log);
        } catch (SourceChangedException e) {
            throw hinted(e, log.path());
        }
    }

    /**
     * Finishes the check after the read.
     *
     * @param check begun when the log was mapped
     * @param scanned the log's size when mapped
     * @param truncatedAt where the message cut by the end of what was read starts, or -1
     * @param log the log, for the hint
     * @return how it grew
     * @throws SourceChangedException when it shrank or was rewritten, replaced or removed, with a hint
     */
    static LogGrowth after(AppendCheck check, long scanned, long truncatedAt, Path log) {
        long appended;
        try {
            appended = check.appended();
        } catch (SourceChangedException e) {
            throw hinted(e, log);
        }
        return new LogGrowth(scanned, appended, appended > 0 ? truncatedAt : -1);
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
     * @param command the command's name, for the notice
     * @param log the log
     * @return what to tell the user, or {@code null} when the log did not grow
     */
    String notice(String command, Path log) {
        if (appended == 0) {
            return null;
        }
        String notice = command + ": " + log + " grew by " + Decimals.grouped(appended) + " bytes while being scanned;"
                + " scanned its first " + Decimals.grouped(scanned) + " bytes, as they were when the scan began (a sample"
                + " of them, read again after the scan, is unchanged), not the bytes appended";
        if (leftOut()) {
            notice += "; its last message there (byte " + Decimals.grouped(leftOutAt) + ") runs past them, as one still"
                    + " being written does: left out, not counted as malformed";
        }
        return notice;
    }

    /** Adds {@code grewBy} (bytes appended while read, 0 when none) and {@code leftOutAt} (or null) to a result. */
    void putJson(Map<String, Object> json) {
        json.put("grewBy", appended);
        json.put("leftOutAt", leftOut() ? leftOutAt : null);
    }
}
