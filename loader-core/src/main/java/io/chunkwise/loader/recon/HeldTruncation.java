package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.Malformation;
import io.chunkwise.loader.fix.MalformedMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back the row of the message cut by the end of the log (its {@link Malformation#TRUNCATED}
 * reject), and every row after it, until the run knows whether the log was being appended to. If
 * it was, the message was being written when the log was mapped, and is left out; else it is a
 * truncated log's last message, and its row is written in its place. No message start follows such
 * a message, so one at most is held, followed at most by a CheckSum trailer found in its own bytes.
 */
public final class HeldTruncation implements ReconcileListener {
    private final ReconcileListener rows;
    private final List<Runnable> after = new ArrayList<>();
    private MalformedMessage truncated;
    private long truncatedLine;

    /** @param rows where the rows go, in log order */
    public HeldTruncation(ReconcileListener rows) {
        this.rows = rows;
    }

    @Override
    public void discrepancy(Discrepancy discrepancy) {
        if (truncated == null) {
            rows.discrepancy(discrepancy);
        } else {
            after.add(() -> rows.discrepancy(discrepancy));
        }
    }

    @Override
    public void malformed(MalformedMessage malformed, long line) {
        if (truncated != null) {
            after.add(() -> rows.malformed(malformed, line));
        } else if (malformed.reason() == Malformation.TRUNCATED) {
            truncated = malformed;
            truncatedLine = line;
        } else {
            rows.malformed(malformed, line);
        }
    }

    @Override
    public void beforeReading(List<Path> inputs) {
        rows.beforeReading(inputs);
    }

    /**
     * Passes on what was held, in log order.
     *
     * @param leaveOutTruncated whether the message cut by the end of the log is left out (the log
     *     grew: it was being written) rather than reported
     */
    public void release(boolean leaveOutTruncated) {
        if (truncated != null && !leaveOutTruncated) {
            rows.malformed(truncated, truncatedLine);
        }
        after.forEach(Runnable::run);
        after.clear();
        truncated = null;
    }
}
