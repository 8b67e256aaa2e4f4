package io.chunkwise.loader.generate;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.ScratchFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Generates a FIX 4.4 log that references a security master, with planted symbol discrepancies
 * and their exact truth. Messages are SOH-delimited, one per line, with correct BodyLength and
 * CheckSum; they identify instruments by CUSIP (22=1), ISIN (22=4) or symbol (55), and a chosen
 * fraction carries a {@code SYMBOL_MISMATCH} (a known identifier with another symbol),
 * {@code UNKNOWN_SECURITY} (an identifier absent from the master) or {@code UNKNOWN_SYMBOL} (a
 * symbol absent from the master). The counts are exact under reconciliation's rules for any
 * master, duplicates and shared symbols included (see {@link MasterSample}).
 *
 * <p>The master is read with the loader's CSV reader (two sequential passes); messages are then
 * made in parallel blocks. Same master, spec and seed: same bytes, whatever the worker count.
 */
public final class FixLogGenerator {
    /** Appended to the log's file name to name the truth file. */
    public static final String EXPECTED_SUFFIX = ".expected.json";

    private final Path master;
    private final CsvFormat masterFormat;
    private final Map<KeyKind, String> masterColumns;
    private final FixLogSpec spec;

    /**
     * @param master the security master CSV (header with cusip/isin and symbol columns), RFC 4180
     * @param spec what to generate
     */
    public FixLogGenerator(Path master, FixLogSpec spec) {
        this(master, CsvFormat.RFC4180, spec);
    }

    /**
     * @param master the security master (header with cusip/isin and symbol columns)
     * @param masterFormat its dialect (e.g. {@code |}-delimited exchange files)
     * @param spec what to generate
     */
    public FixLogGenerator(Path master, CsvFormat masterFormat, FixLogSpec spec) {
        this(master, masterFormat, Map.of(), spec);
    }

    /**
     * @param master the security master
     * @param masterFormat its dialect (e.g. {@code |}-delimited exchange files)
     * @param masterColumns its key columns by header name, for a header without the usual names
     *     (as in {@link io.chunkwise.loader.index.IndexOptions#withColumns}; absent keys are found by name)
     * @param spec what to generate
     */
    public FixLogGenerator(Path master, CsvFormat masterFormat, Map<KeyKind, String> masterColumns, FixLogSpec spec) {
        this.master = master;
        this.masterFormat = masterFormat;
        this.masterColumns = Map.copyOf(masterColumns);
        this.spec = spec;
    }

    /**
     * @param log a log file
     * @return where its truth is written: {@code LOG.expected.json}
     */
    public static Path expectedFile(Path log) {
        return log.resolveSibling(log.getFileName() + EXPECTED_SUFFIX);
    }

    /**
     * Reads the master, writes the log and its truth file.
     *
     * @param log created or replaced; the truth goes to {@link #expectedFile(Path)}
     * @param progress receives log bytes written, as deltas, possibly from several threads
     * @return the truth
     * @throws IllegalArgumentException when the master has no symbol column or no usable record, or
     *     when the log or its truth file is the master (writing it would destroy the master)
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public FixLogTruth generate(Path log, LongConsumer progress) {
        // the command line checks its -o so; a library caller's log path is checked here, before the old truth is deleted
        FileArguments.requireOutput(log, "log", true, master);
        FileArguments.requireOutput(expectedFile(log), "truth file", true, master);
        long start = System.nanoTime();
        MasterSample sample = MasterSample.read(master, masterFormat, masterColumns, spec.seed());
        try {
            // the old truth goes first: a run cut short must not leave it beside a new log
            Files.deleteIfExists(expectedFile(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < spec.workers(); i++) {
            workers.add(new Worker(new FixMessages(sample, spec.seed(), spec.discrepancyRate())));
        }
        BlockFileWriter.Written written = new BlockFileWriter(spec.messages(), spec.maxBytes(), spec.blockMessages())
                .write(log, new byte[0], workers, progress);
        long checked = 0;
        long[] planted = new long[4];
        for (Worker w : workers) {
            checked += w.checked;
            for (int t = 0; t < planted.length; t++) {
                planted[t] += w.planted[t];
            }
        }
        FixLogTruth truth = new FixLogTruth(master.toString(), spec.seed(), spec.discrepancyRate(), written.records(),
                0, checked, planted[FixMessages.SYMBOL_MISMATCH], planted[FixMessages.UNKNOWN_SECURITY],
                planted[FixMessages.UNKNOWN_SYMBOL], written.bytes(), System.nanoTime() - start);
        try {
            ScratchFiles.writeWhole(expectedFile(log), scratch -> Files.writeString(scratch, truth.toJson(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return truth;
    }

    private static final class Worker extends BlockWorker {
        private final FixMessages messages;
        private long checked;
        private final long[] planted = new long[4];

        Worker(FixMessages messages) {
            this.messages = messages;
        }

        @Override
        int encode(long index, ByteSink out) {
            return messages.encode(index, out);
        }

        @Override
        void count(int tag) {
            checked += tag & FixMessages.CHECKED;
            planted[tag >>> 1]++;
        }
    }
}
