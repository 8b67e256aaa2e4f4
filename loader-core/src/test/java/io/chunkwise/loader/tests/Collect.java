package io.chunkwise.loader.tests;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.load.ChunkSink;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything (or a record's leading fields only), for comparing strategies. */
final class Collect implements ChunkSink<Collect.Part> {
    private final int fieldsRead;
    private final boolean readsLines;
    final List<SimpleReader.Row> rows = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    CsvHeader header;
    int commits;

    Collect() {
        this(Integer.MAX_VALUE, true);
    }

    /**
     * @param fieldsRead the leading fields of each record to keep
     * @param readsLines whether records' lines are kept (else they are recorded as 0)
     */
    Collect(int fieldsRead, boolean readsLines) {
        this.fieldsRead = fieldsRead;
        this.readsLines = readsLines;
    }

    @Override
    public boolean readsLines() {
        return readsLines;
    }

    @Override
    public int fieldsRead() {
        return fieldsRead;
    }

    static final class Part {
        final List<SimpleReader.Row> rows = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();
    }

    @Override
    public void header(CsvHeader h) {
        header = h;
    }

    @Override
    public Part open() {
        return new Part();
    }

    @Override
    public void accept(Part part, CsvRecord r) {
        part.rows.add(new SimpleReader.Row(r.offset(), readsLines ? r.line() : 0, r.values()));
    }

    @Override
    public void reject(Part part, Reject reject) {
        part.rejects.add(reject);
    }

    @Override
    public void commit(Part part) {
        rows.addAll(part.rows);
        rejects.addAll(part.rejects);
        commits++;
    }
}
