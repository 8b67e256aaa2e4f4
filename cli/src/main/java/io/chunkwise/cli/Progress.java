package io.chunkwise.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr for work longer than a second, shown only when stderr is a terminal
 * (the launcher tells us through {@code -Dchunkwise.stderr.tty=true}), and erased when the work
 * ends ({@link ProgressConsole}), its columns of fixed width ({@link ProgressLine}). Library code reports
 * through a plain {@link LongConsumer} of work done, so it never sees this class. Thread-safe.
 */
public final class Progress implements LongConsumer, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final String task;
    private final long total;
    private final ProgressLine line;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private ProgressBar bar;

    private Progress(String task, long total, ProgressLine line, boolean enabled) {
        this.task = task;
        this.total = total;
        this.line = line;
        this.enabled = enabled;
    }

    /**
     * A bar counting bytes, shown in decimal MB and MB/s ({@link ProgressLine#bytes()}).
     *
     * @param task what is being done
     * @param totalBytes the expected total
     * @return the bar, to be closed when done
     */
    public static Progress bytes(String task, long totalBytes) {
        return new Progress(task, totalBytes, ProgressLine.bytes(), stderrIsTerminal());
    }

    /**
     * A bar counting items.
     *
     * @param task what is being done
     * @param total the expected number of items
     * @param unit the item's name
     * @return the bar, to be closed when done
     */
    public static Progress items(String task, long total, String unit) {
        return new Progress(task, total, new ProgressLine(" " + unit, 1), stderrIsTerminal());
    }

    /** @return whether stderr is a terminal, as the launcher found it */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("chunkwise.stderr.tty");
    }

    /** Adds work done (not a running total). */
    @Override
    public void accept(long delta) {
        long now = done.addAndGet(delta);
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (bar == null && System.nanoTime() - startNanos > SHOW_AFTER_NANOS) {
                bar = new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        // times and speed from the start of the work, not from the bar's first frame
                        .startsFrom(now, Duration.ofNanos(System.nanoTime() - startNanos))
                        .setRenderer(line)
                        .setConsumer(new ProgressConsole(System.err))
                        .clearDisplayOnFinish()
                        .build();
            }
            if (bar != null) {
                bar.stepTo(now);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.stepTo(done.get());
            bar.close();
            bar = null;
        }
    }
}
