package io.chunkwise.loader.csv;

import io.chunkwise.loader.io.OutputFile;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes rejects as CSV (a failed write names the rejects file): {@code line,offset,reason}, one per row, in file order. The file appears
 * whole when {@link #publish published}; closed before that, it is discarded ({@link OutputFile}).
 */
public final class RejectWriter implements Consumer<Reject>, AutoCloseable {
    private final OutputFile file;
    private long count;

    /**
     * @param path the rejects file (replaced when published)
     */
    public RejectWriter(Path path) {
        file = OutputFile.open(path, "rejects file");
        try {
            file.write("line,offset,reason\n");
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    @Override
    public void accept(Reject r) {
        file.write(r.line() + "," + r.offset() + ",\"" + r.reason().replace("\"", "\"\"") + "\"\n");
        count++;
    }

    /** @return rejects written */
    public long count() {
        return count;
    }

    /** Puts the rejects file in place: the run that wrote it succeeded. */
    public void publish() {
        file.publish();
    }

    /** Discards the rejects unless published. */
    @Override
    public void close() {
        file.close();
    }
}
