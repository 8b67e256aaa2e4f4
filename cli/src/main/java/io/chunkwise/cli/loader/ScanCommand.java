package io.chunkwise.cli.loader;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.CsvOutputName;
import io.chunkwise.cli.DefaultOutputs;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.HooklessCommand;
import io.chunkwise.cli.OptionWording;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.PlainJsonResult;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.cli.fix.FixLogHeader;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Footer;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.csv.RejectWriter;
import io.chunkwise.loader.csv.TrailingDelimiter;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.ScratchFiles;
import io.chunkwise.loader.io.SourceChangedException;
import io.chunkwise.loader.load.ChunkFit;
import io.chunkwise.loader.load.ChunkSink;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chunkwise scan FILE}: count records and rejects, write the rejects file; no index. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = {"Count records and rejects of a CSV file and write the rejects file, without indexing.",
        "Also counts the data rows that start with a UTF-8 byte-order mark (files concatenated after the first).",
        // a CI step gates a master on this exit code, so the help says it as fixscan's does
        "Exit 1 when any record is rejected (index exits 0 with rejects: the index is its result)."})
public final class ScanCommand extends BaseCommand implements PlainJsonResult, HooklessCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (header row required).")
    Path file;

    @Mixin
    CsvOptions csv;

    @Option(names = "--rejects", paramLabel = "PATH", converter = OutputFileConverter.class, description = "Rejects file (default: FILE.rejects.csv).")
    Path rejects;

    @Override
    public Integer call() {
        // the input first: a missing, unreadable file or a pipe is the news, not where its default rejects file would go
        ReadableInput.require(file, WrittenName.of(spec(), file));
        csv.keys.requireAgreesWith(file);
        Path rejectsPath = rejects != null ? rejects : DefaultOutputs.written(file, ".rejects.csv", "rejects file", "--rejects");
        requireOffJsonStdout("--rejects", rejectsPath);
        CsvOutputName.mismatch("--rejects", rejectsPath).ifPresent(n -> notice("scan: " + n));
        FileArguments.requireOutput(rejectsPath, "--rejects", false, file);
        IndexFile.requireNotIndex(rejectsPath, "--rejects");
        if (!csv.columns().isEmpty()) {
            // scan needs no key column, but one named must exist, as for index
            KeyColumns.resolve(file.toString(), HeaderReader.read(file, csv.keys.format()), csv.columns());
        }
        long t0 = System.nanoTime();
        LoadSummary s;
        RejectsOnly sink;
        try (Progress progress = Progress.bytes("scan", IndexCommand.sizeOf(file));
             RejectWriter writer = new RejectWriter(rejectsPath)) {
            LoadOptions load = csv.load(progress);
            // a chunk's rejects wait on the heap for its commit: chunks of them that fit
            load = load.withChunkSize(ChunkFit.chunkSize(file, csv.strategy, load, 0, 0));
            sink = new RejectsOnly(writer, file.toString(), csv.columns());
            s = csv.strategy.open(load).load(file, sink);
            writer.publish();
        } catch (SourceChangedException e) {
            // as index says "no index was published": what became of the rejects of a file that changed under the scan
            // a device or pipe got them as they came; a file, standard output's too, gets them only when published
            throw e.with(ScratchFiles.isDevice(rejectsPath) ? "the rejects written to " + rejectsPath + " are incomplete"
                    : ScratchFiles.isStream(rejectsPath) ? "no rejects were written to " + rejectsPath
                    : "no rejects file was written (" + rejectsPath + " was left as it was)");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (s.records() == 0 && sink.first != null) {
            // every record rejected for one byte a line: said, as index says it
            TrailingDelimiter.of(file, HeaderReader.format(file, csv.keys.format()), s.header(), sink.first)
                    .ifPresent(cause -> notice("scan: " + file + ": every record was rejected: " + cause));
        }
        // counts of a FIX log read as CSV mean nothing, but one CSV column may hold FIX messages: said, not refused;
        // a master's header (a key column) is no log's, and its first 256 MiB are not read again to find a message
        boolean keyed = KeyColumns.anyIn(s.header(), csv.columns());
        OptionalLong fixLine = keyed ? OptionalLong.empty() : FixLogHeader.firstMessageLine(file);
        fixLine.ifPresent(line -> notice("scan: " + file + ": line " + line + " holds a FIX message (8=FIX…): scan reads "
                + "CSV; 'chunkwise fixscan' validates a FIX log"));
        if (fixLine.isEmpty()) {
            // one column is a valid CSV, but usually a file read with the wrong delimiter
            s.header().delimiterHint().ifPresent(hint -> notice("scan: " + file + ": " + OptionWording.of(hint)));
        }
        if (!keyed && fixLine.isEmpty() && s.header().delimiterHint().isEmpty()) {
            // a title row over the header: its counts are of records split as the title is, as index's error says
            // (the look is 64 KiB after the first row, never a second read of the file)
            KeyColumns.headerBelow(file.toString(), s.header(), csv.columns()).ifPresent(hint -> notice("scan: " + file
                    + ": the header " + s.header().describe() + " has no key column; " + OptionWording.of(hint)));
        }
        if (keyed) {
            // an export's row of labels under its header is read as a record (lookup --symbol Ticker finds it)
            IndexCommand.noticeSecondHeader("scan", file, HeaderReader.format(file, csv.keys.format()), s.header(),
                    KeyColumns.resolve(file.toString(), s.header(), csv.columns()));
        }
        // an exchange file's footer is rejected for its field count: said, so no record of the user's seems lost
        Optional<Footer> footer = Footer.find(file, HeaderReader.format(file, csv.keys.format()), s.header().dataStart(),
                sink.last, s.rejected());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", s.records());
        out.put("rejected", s.rejected());
        out.put("columns", s.header().names());
        out.put("bytes", s.bytes());
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        out.put("rejectsFile", rejectsPath.toString());
        out.put("strategy", csv.strategy.cliName());
        out.put("chunks", s.chunks());
        out.put("fallbacks", s.fallbacks());
        IndexCommand.putByteOrderMarks(out, s.byteOrderMarks());
        out.put("footer", IndexCommand.footer(footer));
        emit(out, () -> String.format(Locale.ROOT, "%s, %,d rejected (%s, %s) in %.2f s%nrejects: %s",
                Counted.of(s.records(), "record"), s.rejected(), ByteSize.format(s.bytes()), Counted.of(s.header().size(), "column"),
                seconds, rejectsPath)
                + IndexCommand.footerLine(footer)
                + IndexCommand.byteOrderMarksLine(s.byteOrderMarks()));
        // a rejected record is a finding, as a malformed message is to fixscan: a CI gate can fail on it
        return s.rejected() > 0 ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }

    /** Writes rejects only, as they come: on the committing thread, in file order. No state per part. */
    private static final class RejectsOnly implements ChunkSink<Void> {
        private final RejectWriter writer;
        private final String source;
        private final Map<KeyKind, String> overrides;
        /** The fields the scanner reads, NULs looked for in them: those index reads. */
        private int fieldsRead = 1;
        /** The first reject in file order (they come on the committing thread, in order), or null. */
        private Reject first;
        /** The last reject in file order, or null: a file's footer is its last line. */
        private Reject last;

        RejectsOnly(RejectWriter writer, String source, Map<KeyKind, String> overrides) {
            this.writer = writer;
            this.source = source;
            this.overrides = overrides;
        }

        @Override
        public void header(CsvHeader header) {
            if (KeyColumns.anyIn(header, overrides)) {
                // index rejects a record with a NUL in the fields up to its last key column: scan rejects the same
                // records, so its count is the one a build gives (the fields after it are counted, as index counts them)
                KeyColumns keys = KeyColumns.resolve(source, header, overrides);
                fieldsRead = Math.max(keys.cusip(), Math.max(keys.isin(), keys.symbol())) + 1;
            }
        }

        /** @return the fields index reads (up to the last key column), or 1 without a key column: the rest are only counted */
        @Override
        public int fieldsRead() {
            return fieldsRead;
        }

        /** @return false: rejects get their lines anyway, so the parallel loader needs no counting pass */
        @Override
        public boolean readsLines() {
            return false;
        }

        @Override
        public Void open() {
            return null;
        }

        @Override
        public void accept(Void part, CsvRecord record) {
            // counted by the loader
        }

        @Override
        public void reject(Void part, Reject reject) {
            if (first == null) {
                first = reject;
            }
            last = reject;
            writer.accept(reject);
        }

        @Override
        public void commit(Void part) {
            // rejects are already written
        }
    }
}
