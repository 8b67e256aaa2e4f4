package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.MalformedMessage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes reconciliation's rows as RFC 4180 CSV, in log order: discrepancies
 * ({@value #DISCREPANCY_HEADER}) and, to their own file, malformed messages
 * ({@value #REJECT_HEADER}). Either file may be omitted.
 */
public final class ReconcileCsv implements ReconcileListener, AutoCloseable {
    /** Header of the discrepancies file. */
    public static final String DISCREPANCY_HEADER =
            "offset,line,msg_seq_num,msg_type,security_id_source,security_id,fix_symbol,master_symbol,type";
    /** Header of the rejects (malformed messages) file. */
    public static final String REJECT_HEADER = "line,offset,reason,detail";

    private final Writer discrepancies;
    private final Writer rejects;
    private final StringBuilder row = new StringBuilder(128);

    /**
     * @param discrepanciesFile where discrepancies go (replaced), or {@code null}
     * @param rejectsFile where malformed messages go (replaced), or {@code null}
     */
    public ReconcileCsv(Path discrepanciesFile, Path rejectsFile) {
        Writer d = null;
        try {
            d = open(discrepanciesFile, DISCREPANCY_HEADER);
            this.rejects = open(rejectsFile, REJECT_HEADER);
        } catch (IOException e) {
            closeQuietly(d, e);
            throw new UncheckedIOException(e);
        }
        this.discrepancies = d;
    }

    private static Writer open(Path path, String header) throws IOException {
        if (path == null) {
            return null;
        }
        BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    @Override
    public void discrepancy(Discrepancy d) {
        if (discrepancies == null) {
            return;
        }
        row.setLength(0);
        row.append(d.offset()).append(',').append(d.line());
        cell(d.msgSeqNum());
        cell(d.msgType());
        cell(d.securityIdSource());
        cell(d.securityId());
        cell(d.fixSymbol());
        cell(d.masterSymbol());
        cell(d.type().name());
        write(discrepancies);
    }

    @Override
    public void malformed(MalformedMessage m, long line) {
        if (rejects == null) {
            return;
        }
        row.setLength(0);
        row.append(line).append(',').append(m.offset());
        cell(m.reason().name());
        cell(m.detail());
        write(rejects);
    }

    private void cell(String value) {
        row.append(',');
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            row.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            row.append(value);
        }
    }

    private void write(Writer w) {
        row.append('\n');
        try {
            w.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        IOException failure = null;
        for (Writer w : new Writer[] {discrepancies, rejects}) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void closeQuietly(Writer w, IOException cause) {
        if (w != null) {
            try {
                w.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
