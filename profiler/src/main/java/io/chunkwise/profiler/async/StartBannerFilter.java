package io.chunkwise.profiler.async;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies a profiled JVM's standard output without the {@code Profiling started} line that
 * async-profiler's agent prints there before the program starts (version 3.0 has no option to
 * silence it: {@code loglevel=none} and {@code log=} do not cover it). Only that exact first line
 * is dropped; any other output, a first line that merely starts the same included, passes as it is.
 */
public final class StartBannerFilter extends FilterOutputStream {
    private static final byte[] BANNER = "Profiling started\n".getBytes(StandardCharsets.US_ASCII);
    /** How many bytes of the banner have been seen (and held back); -1 once the decision is made. */
    private int matched;

    /**
     * @param out where the child's output goes
     */
    public StartBannerFilter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (matched < 0) {
            out.write(b);
            return;
        }
        if ((byte) b == BANNER[matched]) {
            matched++;
            if (matched == BANNER.length) {
                matched = -1; // the banner: dropped
            }
            return;
        }
        release();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int i = 0;
        while (i < len && matched >= 0) {
            write(b[off + i]);
            i++;
        }
        if (i < len) {
            out.write(b, off + i, len - i);
        }
    }

    /** Passes on all output so far: held-back bytes too (the output ended inside what looked like the banner). */
    @Override
    public void flush() throws IOException {
        if (matched > 0) {
            release();
        }
        out.flush();
    }

    /** Writes what was held back as a possible banner, and passes everything from now on. */
    private void release() throws IOException {
        out.write(BANNER, 0, matched);
        matched = -1;
    }
}
