package io.chunkwise.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Draws frames over one another on stderr and, when the bar closes, erases the last one: the
 * command's result follows on a clean line, and no stale frame (say 99%, the work done but the
 * last step not yet drawn) is left on the terminal when stdout goes elsewhere.
 */
final class ProgressConsole implements ProgressBarConsumer {
    private final PrintStream out;
    private final int width;

    ProgressConsole(PrintStream out) {
        this.out = out;
        // the library's console consumer knows the terminal's width
        this.width = new ConsoleProgressBarConsumer(out).getMaxRenderedLength();
    }

    @Override
    public int getMaxRenderedLength() {
        return width;
    }

    @Override
    public void accept(String frame) {
        out.print('\r' + frame);
        out.flush();
    }

    @Override
    public void clear() {
        out.print('\r' + " ".repeat(width) + '\r');
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
