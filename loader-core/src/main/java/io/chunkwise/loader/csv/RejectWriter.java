package io.chunkwise.loader.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes rejects as CSV: {@code line,offset,reason}, one per row, in file order. */
public final class RejectWriter implements Consumer<Reject>, AutoCloseable {
    private final BufferedWriter out;
    private long count;

    /**
     * @param path the rejects file (replaced)
     */
    public RejectWriter(Path path) {
        try {
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write("line,offset,reason\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Reject r) {
        try {
            out.write(r.line() + "," + r.offset() + ",\"" + r.reason().replace("\"", "\"\"") + "\"\n");
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return rejects written */
    public long count() {
        return count;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
