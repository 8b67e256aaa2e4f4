package io.chunkwise.cli.fix;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.CsvOutputName;
import io.chunkwise.cli.Decimals;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.HooklessCommand;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.PlainJsonResult;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.loader.fix.ChunkStats;
import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixLogFormat;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.LogInspection;
import io.chunkwise.loader.fix.Malformation;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.fix.ScanSummary;
import io.chunkwise.loader.fix.UnwrittenSpace;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.io.ChunkLimits;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import io.chunkwise.loader.recon.HeldTruncation;
import io.chunkwise.loader.recon.ReconcileCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fixscan LOG}: frame and validate every message of a FIX log, without a master. */
@Command(name = "fixscan", mixinStandardHelpOptions = true,
        description = {
            "Frame (by BodyLength) and validate (BeginString, BodyLength, MsgType, CheckSum) every message of a FIX log.",
            "Exit 1 when a malformed message is found; --rejects lists them with line, offset and reason;"
                + " each reason's count is on stderr and in --json (malformedByReason).",
            "Text between messages is ignored, unless a line holds a CheckSum (|10=NNN|) with no 8=FIX before it:"
                    + " a message whose start was lost (CHECKSUM_WITHOUT_START), counted as malformed.",
            "Lines are counted by LF: a log whose lines end in a bare CR is named in a notice,"
                    + " as is one that spells SOH as text (8=FIX.4.4^A9=, as cat -v prints it, or <SOH>, \\x01)"
                    + " or turned it into spaces or tabs (8=FIX.4.4 9=).",
            "A log whose first messages are delimited by ^, ; or , (8=FIX.4.4;9=…) is scanned with that delimiter, said in a notice.",
            "A log appended to while scanned is scanned as it was when the scan began, said in a notice; its last message,"
                    + " when still being written then, is left out. One truncated or rewritten meanwhile is refused (exit 2).",
            "A log that ends in NUL bytes (space a preallocating appender such as log4j2's MemoryMappedFileAppender"
                    + " reserved) is scanned up to them, said in a notice; written into meanwhile, as it was when the scan began.",
            "NUL bytes outside messages (a hole a crashed writer left) are counted (nulBytes) and named in a notice.",
            "A message quoted in a QuickFIX/J event line (… Rejecting invalid message: …: 8=FIX…) is a copy:"
                    + " counted as quoted, not as a message.",
            "A compressed, UTF-16, UTF-32 or binary file (a NUL byte and no 8=FIX in its first 4 KiB, nor a message start"
                    + " after them) is refused (exit 2)."
        })
public final class FixScanCommand extends BaseCommand implements PlainJsonResult, HooklessCommand {
    @Parameters(index = "0", paramLabel = "LOG", description = "The FIX log (SOH, |, ^, ; or , delimited; any prefixes).")
    private Path fix;

    @Option(names = "--rejects", paramLabel = "FILE", converter = OutputFileConverter.class, description = "Write malformed messages (line, offset, reason, detail) here.")
    private Path rejects;

    @Option(names = "--workers", paramLabel = "N", description = "Scanning threads (default: available processors).")
    private Integer workers;

    @Option(names = "--chunk-size", paramLabel = "SIZE",
            description = "Bytes of log per chunk (default: 16MiB); at most 65,536 chunks: a smaller size grows to log size / 65,536.")
    private ByteSize chunkSize;

    /** Counts a chunk's malformed messages by reason, and keeps them until the chunk is final, when they are to be listed. */
    private static final class Malformed implements FixHandler {
        final List<MalformedMessage> found = new ArrayList<>();
        final long[] byReason = new long[Malformation.values().length];
        /** Without --rejects nothing is kept: the scanner counts, and memory stays flat however many there are. */
        private final boolean keep;

        Malformed(boolean keep) {
            this.keep = keep;
        }

        @Override
        public void message(FixMessage message) {
            // counted by the scanner
        }

        @Override
        public void malformed(MalformedMessage malformed) {
            byReason[malformed.reason().ordinal()]++;
            if (keep) {
                found.add(malformed);
            }
        }
    }

    @Override
    public Integer call() {
        FileArguments.requireInput(fix, WrittenName.of(spec(), fix));
        LogInspection format = FixLogFormat.inspect(fix);
        format.notices().forEach(n -> notice("fixscan: " + n));
        requireOffJsonStdout("--rejects", rejects);
        CsvOutputName.mismatch("--rejects", rejects).ifPresent(n -> notice("fixscan: " + n));
        if (rejects != null) {
            FileArguments.requireOutput(rejects, "--rejects", false, fix);
            IndexFile.requireNotIndex(rejects, "--rejects");
        }
        int threads = workers == null ? ChunkLimits.defaultWorkers() : workers;
        long chunk = chunkSize == null ? ScanOptions.DEFAULT_CHUNK_SIZE : chunkSize.bytes();
        ScanOptions scanOptions = new ScanOptions(threads, chunk, rejects != null, null, format.delimiter());
        long start = System.nanoTime();
        ScanSummary scanned;
        LogGrowth growth;
        long[] byReason = new long[Malformation.values().length];
        try (MappedFile log = MappedFile.open(fix);
                Progress progress = Progress.bytes("fixscan", log.size());
                ReconcileCsv rows = new ReconcileCsv(null, rejects)) {
            // a preallocated log's NUL tail is space not written yet: read up to it
            long written = log.read(() -> UnwrittenSpace.start(log.segment()));
            LogGrowth.Check appendOnly = LogGrowth.begin(log, written);
            HeldTruncation held = new HeldTruncation(rows);
            ScanOptions options = scanOptions.withProgress(progress);
            try {
                scanned = log.read(() -> FixScanner.scan(log.segment().asSlice(0, written), options,
                        () -> new Malformed(rejects != null),
                        (Malformed m, ChunkStats c) -> {
                            m.found.forEach(bad -> held.malformed(bad, c.line(bad.lineIndex())));
                            for (int i = 0; i < byReason.length; i++) {
                                byReason[i] += m.byReason[i];
                            }
                        }));
            } catch (SourceChangedException e) {
                throw LogGrowth.hinted(e, fix);
            }
            progress.accept(log.size() - written);
            // appended to while scanned: the scan read it as it was; edited in place: its counts mix two logs
            growth = LogGrowth.after(appendOnly, written, log.size(), scanned.truncatedAt(), fix);
            held.release(growth.leftOut());
            rows.publish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        growth.notices("fixscan", fix).forEach(n -> notice(n));
        ScanSummary summary = growth.leftOut() ? scanned.leavingOutTruncated() : scanned;
        if (growth.leftOut()) {
            // the message being written when the scan began, a TRUNCATED reject of the scan, is left out
            byReason[Malformation.TRUNCATED.ordinal()] = Math.max(0, byReason[Malformation.TRUNCATED.ordinal()] - 1);
        }
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (Malformation reason : Malformation.values()) {
            reasons.put(reason.name(), byReason[reason.ordinal()]);
        }
        new NulHole(summary.nulBytes(), summary.firstNulAt(), summary.firstNulLine()).notice("fixscan", fix)
                .ifPresent(n -> notice(n));
        if (scanned.bytes() == 0 && growth.unwritten() == 0) {
            notice("fixscan: " + fix + " is empty: no message to check");
        } else if (scanned.holdsNoMessage() && scanned.quoted() > 0) {
            notice(QuotedMessages.onlyQuotesNotice("fixscan", fix, scanned.quoted()));
        } else if (scanned.holdsNoMessage()) {
            notice("fixscan: no FIX message in " + fix + " (nothing starts with 8=FIX): is it a FIX log?");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messages", summary.messages());
        json.put("malformed", summary.malformed());
        // a gate tells a logger's cut last line from a venue's bad checksums without a rejects file
        json.put("malformedByReason", reasons);
        json.put("quoted", summary.quoted());
        json.put("bytes", summary.bytes());
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        json.put("messagesPerSecond", seconds > 0 ? Math.round((summary.messages() + summary.malformed()) / seconds) : 0);
        json.put("workers", threads);
        json.put("chunks", summary.chunks());
        // as index says it: the size used (larger than asked for past 65,536 chunks) and the one asked for
        json.put("chunkSize", summary.chunkSize());
        json.put("chunkSizeRequested", chunk);
        json.put("rescans", summary.rescans());
        json.put("nulBytes", summary.nulBytes());
        json.put("rejects", rejects == null ? null : rejects.toString());
        growth.putJson(json);
        emit(json, () -> Counted.of(summary.messages(), "message") + ", " + Decimals.grouped(summary.malformed()) + " malformed, "
                + Decimals.grouped(summary.bytes()) + " bytes in " + Decimals.fixed(seconds, 2) + " s"
                + reasonLines(reasons)
                + (summary.quoted() > 0 ? "\n" + QuotedMessages.summaryLine(summary.quoted()) : "")
                + (rejects != null && summary.malformed() > 0 ? "\nmalformed: " + rejects : ""));
        return summary.malformed() > 0 ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }

    /** @return a line per reason some message was malformed for, as reconcile lists its discrepancies; empty when none */
    private static String reasonLines(Map<String, Long> reasons) {
        StringBuilder lines = new StringBuilder();
        reasons.forEach((reason, n) -> {
            if (n > 0) {
                lines.append(String.format(Locale.ROOT, "%n  %-22s %s", reason, Decimals.grouped(n)));
            }
        });
        return lines.toString();
    }
}
