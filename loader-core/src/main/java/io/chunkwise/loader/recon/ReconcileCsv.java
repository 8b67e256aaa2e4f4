package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.OutputFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes reconciliation's rows as RFC 4180 CSV, in log order: discrepancies
 * ({@value #DISCREPANCY_HEADER}) and, to their own file, malformed messages
 * ({@value #REJECT_HEADER}). Either file may be omitted. Both appear whole when {@link #publish
 * published}; closed before that, they are discarded ({@link OutputFile}).
 */
public final class ReconcileCsv implements ReconcileListener, AutoCloseable {
    /** Header of the discrepancies file. */
    public static final String DISCREPANCY_HEADER =
            "offset,line,msg_seq_num,msg_type,security_id_source,security_id,fix_symbol,master_symbol,type,"
                    + "sender_comp_id,target_comp_id";
    /** Header of the rejects (malformed messages) file. */
    public static final String REJECT_HEADER = "line,offset,reason,detail";

    private final Path discrepanciesPath;
    private final Path rejectsPath;
    private final OutputFile discrepanciesFile;
    private final OutputFile rejectsFile;
    private final StringBuilder row = new StringBuilder(128);

    /**
     * @param discrepanciesFile where discrepancies go (replaced), or {@code null}
     * @param rejectsFile where malformed messages go (replaced), or {@code null}
     * @throws IllegalArgumentException when both are the same file: one would replace the other
     */
    public ReconcileCsv(Path discrepanciesFile, Path rejectsFile) {
        FileArguments.requireDistinct("the discrepancies file", discrepanciesFile, "the rejects file", rejectsFile);
        this.discrepanciesPath = discrepanciesFile;
        this.rejectsPath = rejectsFile;
        this.discrepanciesFile = open(discrepanciesFile, "discrepancies file", DISCREPANCY_HEADER);
        try {
            this.rejectsFile = open(rejectsFile, "rejects file", REJECT_HEADER);
        } catch (RuntimeException e) {
            if (this.discrepanciesFile != null) {
                this.discrepanciesFile.close();
            }
            throw e;
        }
    }

    private static OutputFile open(Path path, String what, String header) {
        if (path == null) {
            return null;
        }
        OutputFile f = OutputFile.open(path, what);
        try {
            f.write(header + "\n");
            return f;
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * Refuses a run that reads one of these files: published, it would be replaced by the rows.
     *
     * @param inputs the files the run reads (the FIX log, the master)
     * @throws IllegalArgumentException naming the output and the input it is
     */
    @Override
    public void beforeReading(List<Path> inputs) {
        Path[] read = inputs.toArray(Path[]::new);
        if (discrepanciesPath != null) {
            FileArguments.requireOutput(discrepanciesPath, "the discrepancies file", false, read);
        }
        if (rejectsPath != null) {
            FileArguments.requireOutput(rejectsPath, "the rejects file", false, read);
        }
    }

    @Override
    public void discrepancy(Discrepancy d) {
        if (discrepanciesFile == null) {
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
        cell(d.senderCompId());
        cell(d.targetCompId());
        write(discrepanciesFile);
    }

    @Override
    public void malformed(MalformedMessage m, long line) {
        if (rejectsFile == null) {
            return;
        }
        row.setLength(0);
        row.append(line).append(',').append(m.offset());
        cell(m.reason().name());
        cell(m.detail());
        write(rejectsFile);
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

    private void write(OutputFile f) {
        row.append('\n');
        f.write(row);
    }

    /** Puts both files in place: the run that wrote them succeeded. */
    public void publish() {
        for (OutputFile f : new OutputFile[] {discrepanciesFile, rejectsFile}) {
            if (f != null) {
                f.publish();
            }
        }
    }

    /** Discards what was not published. */
    @Override
    public void close() {
        for (OutputFile f : new OutputFile[] {discrepanciesFile, rejectsFile}) {
            if (f != null) {
                f.close();
            }
        }
    }
}
