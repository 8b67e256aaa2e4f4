package io.chunkwise.cli;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * One frame of a progress bar in columns of fixed width, so the bar keeps its length from the
 * first frame to the last (the library's own renderer shortens it as the speed and ETA fields
 * grow): {@code index  71% [=======       ]  76/107 MB  0:00:03 elapsed  0:00:01 left   34.6MB/s}.
 * Elapsed time, speed and ETA count from the start of the work, not from when the bar appeared.
 */
final class ProgressLine implements ProgressBarRenderer {
    private static final int MIN_BAR = 10;
    /** Past 99:59:59 a time would widen its column: the ETA is shown as unknown instead. */
    private static final long MAX_CLOCK = 100 * 3600;

    private final String unit;
    private final long unitSize;

    /**
     * @return a line counting bytes in decimal megabytes, as every throughput the CLI prints is
     *     given (MB/s: {@code index}, {@code tune}, {@code report}, bench's {@code rate.mb})
     */
    static ProgressLine bytes() {
        return new ProgressLine(" MB", 1_000_000L);
    }

    /**
     * @param unit shown after amounts (" MB", " samples")
     * @param unitSize how many counted units make one shown
     */
    ProgressLine(String unit, long unitSize) {
        this.unit = unit;
        this.unitSize = unitSize;
    }

    @Override
    public String render(ProgressState state, int maxLength) {
        return frame(state.getTaskName(), state.getCurrent(), state.getMax(), state.getTotalElapsed(), maxLength);
    }

    /**
     * @param task the task's name
     * @param done work done so far
     * @param expected the expected total
     * @param elapsed time since the work started
     * @param maxLength the terminal's width
     * @return the frame, as wide as every other frame of the task
     */
    String frame(String task, long done, long expected, Duration elapsed, int maxLength) {
        long max = Math.max(1, expected);
        long current = Math.clamp(done, 0, max);
        double seconds = elapsed.toNanos() / 1e9;
        double perSecond = seconds > 0 ? current / seconds : 0;
        String total = amount(max);
        String shown = " ".repeat(Math.max(0, total.length() - amount(current).length())) + amount(current);
        double remaining = perSecond > 0 ? (max - current) / perSecond : Double.POSITIVE_INFINITY;
        String left = remaining < MAX_CLOCK ? clock(Duration.ofSeconds(Math.round(remaining))) : "?:??:??";
        String prefix = String.format(Locale.ROOT, "%s %3d%% [", task, current * 100 / max);
        String suffix = String.format(Locale.ROOT, "] %s/%s%s  %8s elapsed  %8s left  %8.1f%s/s", shown, total, unit,
                clock(elapsed), left, perSecond / unitSize, unit.strip());
        int width = Math.max(MIN_BAR, maxLength - prefix.length() - suffix.length() - 1);
        int filled = (int) (width * current / max);
        String line = prefix + "=".repeat(filled) + " ".repeat(width - filled) + suffix;
        // a frame wider than the terminal wraps, and the carriage return that redraws it goes back
        // only to its last row: on a narrow terminal every frame would leave rows behind
        return maxLength > 1 && line.length() >= maxLength ? line.substring(0, maxLength - 1) : line;
    }

    private String amount(long units) {
        return String.format(Locale.ROOT, "%,d", units / unitSize);
    }

    /** @return H:MM:SS, at least one digit of hours, so the column keeps its width below 10 hours */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
