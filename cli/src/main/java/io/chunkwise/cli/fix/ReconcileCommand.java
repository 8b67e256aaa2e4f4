package io.chunkwise.cli.fix;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.CsvOutputName;
import io.chunkwise.cli.Decimals;
import io.chunkwise.cli.DefaultOutputs;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.HooklessCommand;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.PlainJsonResult;
import io.chunkwise.cli.Progress;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.cli.loader.IndexCommand;
import io.chunkwise.cli.loader.KeyColumnOptions;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.fix.FixLogFormat;
import io.chunkwise.loader.fix.LogInspection;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.fix.UnwrittenSpace;
import io.chunkwise.loader.index.IndexException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.ChunkLimits;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.ScratchFiles;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.recon.Discrepancy;
import io.chunkwise.loader.recon.DiscrepancyType;
import io.chunkwise.loader.recon.GroupOnlyMessage;
import io.chunkwise.loader.recon.HeldTruncation;
import io.chunkwise.loader.recon.IndexedMaster;
import io.chunkwise.loader.recon.OtherIdMessage;
import io.chunkwise.loader.recon.ReconcileCsv;
import io.chunkwise.loader.recon.ReconcileResult;
import io.chunkwise.loader.recon.Reconciler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reconcile --master M.csv --fix LOG}: symbol discrepancies between a FIX log and the master. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {
            "Check each well-formed FIX message's top-level instrument (first 55, 48, 22) against the security master.",
            "48 with 22=1 (CUSIP) or 22=4 (ISIN) not in the master: UNKNOWN_SECURITY; found but 55 differs: SYMBOL_MISMATCH;"
                + " otherwise 55 not in the master: UNKNOWN_SYMBOL. Exit 1 when any discrepancy is found"
                + " (malformed messages are counted and listed, not discrepancies: fixscan exits 1 on them).",
            "A 48 of another source (22=2 SEDOL, 22=5 RIC, 22=8 exchange symbol, or no 22) is not looked up: such a message"
                + " is checked by its 55 alone, or not checked without one; both are counted (otherIds, notChecked) and named."
                + " A 22=8 exchange symbol without a 55 is checked as a 55 would be (exchangeSymbols)."
                + " When the instrument's SecurityAltID group (454) holds a CUSIP or ISIN (455 with 456=1 or 4), that is"
                + " looked up instead, as a 48 with that 22 would be (altIds).",
            "55, 48 and 22 are compared without surrounding spaces and tabs (22= 1 is CUSIP); one that is empty"
                + " or only blanks (55= ) counts as absent.",
            "Symbols are compared byte for byte: those that differ from the master's only in letter case or in the separator"
                + " before a share class (BRK.B, BRK B, BRK/B) are named in a notice (symbolForms).",
            "NUL bytes between messages (a hole where messages may have been lost, nulBytes) and those that end a preallocated"
                + " log (unwrittenBytes) are named, as fixscan names them.",
            "A message quoted in a QuickFIX/J event line (… Rejecting invalid message: …: 8=FIX…) is a copy of one its"
                + " messages log holds: counted as quoted, never reconciled.",
            "The log is read as fixscan reads it: with the delimiter its first messages use (SOH, |, ^, ; or ,), and as it"
                + " was when the run began when it is appended to meanwhile (said in a notice)."
        })
public final class ReconcileCommand extends BaseCommand implements PlainJsonResult, HooklessCommand {
    @Option(names = "--master", required = true, paramLabel = "FILE.csv", description = "The security master CSV (indexed first if needed).")
    private Path master;

    @Option(names = "--fix", required = true, paramLabel = "LOG",
            description = "The FIX log (SOH, |, ^, ; or , delimited; any prefixes).")
    private Path fix;

    @Option(names = "--out", paramLabel = "FILE", converter = OutputFileConverter.class, description = "Write one CSV row per discrepancy here.")
    private Path out;

    @Option(names = "--rejects", paramLabel = "FILE", converter = OutputFileConverter.class,
            description = "Write malformed messages (line, offset, reason, detail) here. Default with --out: FILE.rejects.csv.")
    private Path rejects;

    @Option(names = "--index", paramLabel = "PATH", converter = OutputFileConverter.class, description = "The master's index (default: beside it, .cwx).")
    private Path index;

    @Mixin
    private KeyColumnOptions masterColumns;

    @Option(names = "--workers", paramLabel = "N", description = "Scanning threads (default: available processors).")
    private Integer workers;

    @Option(names = "--chunk-size", paramLabel = "SIZE",
            description = "Bytes of log per chunk (default: 16MiB); at most 65,536 chunks: a smaller size grows to log size / 65,536.")
    private ByteSize chunkSize;

    @Override
    public Integer call() {
        FileArguments.requireInput(master, WrittenName.of(spec(), master));
        FileArguments.requireInput(fix, WrittenName.of(spec(), fix));
        requireTwoFiles();
        LogInspection format = FixLogFormat.inspect(fix);
        format.notices().forEach(n -> notice("reconcile: " + n));
        masterColumns.requireAgreesWith(master);
        int threads = workers == null ? ChunkLimits.defaultWorkers() : workers;
        long chunk = chunkSize == null ? ScanOptions.DEFAULT_CHUNK_SIZE : chunkSize.bytes();
        // rejects go beside --out, unless that is a stream (/dev/null, /dev/stdout): then nowhere, unless named
        Path rejectsFile = rejects != null ? rejects
                : out == null || ScratchFiles.isStream(out) ? null : out.resolveSibling(out.getFileName() + ".rejects.csv");
        Path indexPath = index != null ? index : DefaultOutputs.beside(master, Indexer.INDEX_SUFFIX, "index", "--index");
        requireOffJsonStdout("--out", out);
        requireOffJsonStdout("--rejects", rejectsFile);
        CsvOutputName.mismatch("--out", out).ifPresent(n -> notice("reconcile: " + n));
        CsvOutputName.mismatch("--rejects", rejectsFile).ifPresent(n -> notice("reconcile: " + n));
        requireOffJsonStdout("--index", indexPath);
        FileArguments.requireDistinct("--out", out, "--rejects", rejectsFile);
        FileArguments.requireDistinct("--out", out, "--index", indexPath);
        FileArguments.requireDistinct("--rejects", rejectsFile, "--index", indexPath);
        if (out != null) {
            FileArguments.requireOutput(out, "--out", false, master, fix, indexPath);
            IndexFile.requireNotIndex(out, "--out");
        }
        if (rejectsFile != null) {
            FileArguments.requireOutput(rejectsFile, "--rejects", false, master, fix, indexPath);
            IndexFile.requireNotIndex(rejectsFile, "--rejects");
        }
        FileArguments.requireOutput(indexPath, "--index", true, master, fix);
        ScanOptions scanOptions = new ScanOptions(threads, chunk, out != null || rejectsFile != null, null, format.delimiter());

        requireMasterNotFixLog();
        requireSymbolColumnBeforeAFirstBuild(indexPath);
        long indexStart = System.nanoTime();
        IndexOptions indexOptions = IndexOptions.defaults()
                .withLoad(LoadOptions.defaults().withFormat(masterColumns.format()))
                .withColumns(masterColumns.columns());
        // rows written to a stream cannot be taken back: its run starts on an index checked whole (up
        // to 1 GiB); a file's rows are published at the end, so its run may check the blocks as it reads them
        boolean toStream = isStream(out) || isStream(rejectsFile);
        Indexer.Opened opened = Indexer.openOrBuild(master, indexPath, indexOptions, masterColumns.dialect(),
                toStream ? Indexer.Check.BEFORE_USE : Indexer.Check.AS_READ,
                reason -> notice("reconcile: reindexing " + master + " (" + reason + ")"),
                holder -> notice("reconcile: waiting for " + holder + ", which is building the index " + indexPath));
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        noticeBuilt(opened);
        // an export's row of labels is a record of the index, on every run: a message naming a label (55=Ticker)
        // matches it, so it is said as scan, index and lookup say it (a read of the master's first 64 KiB)
        IndexCommand.noticeSecondHeader("reconcile", master, opened.index().format(), opened.index().header(),
                opened.index().columns());
        Reconciled attempt;
        long start = System.nanoTime();
        try {
            attempt = run(opened.index(), scanOptions, rejectsFile);
        } catch (IndexException damaged) {
            // a block the run read is damaged: the index is built again, as lookup does, and the run starts over
            notice("reconcile: reindexing " + master + " (" + damaged.getMessage() + ")");
            long rebuildStart = System.nanoTime();
            opened = Indexer.rebuild(master, indexPath, indexOptions, masterColumns.dialect(), damaged.getMessage());
            indexSeconds += (System.nanoTime() - rebuildStart) / 1e9;
            noticeBuilt(opened);
            if (toStream) {
                opened.index().close();
                throw new UserError(String.format(Locale.ROOT, "%s: rebuilt, but the rows written to %s before the"
                        + " damage was found are incomplete: run reconcile again", indexPath, isStream(out) ? out : rejectsFile));
            }
            start = System.nanoTime();
            attempt = run(opened.index(), scanOptions, rejectsFile);
        }
        ReconcileResult result = attempt.result();
        double seconds = (System.nanoTime() - start) / 1e9;
        attempt.growth().notices("reconcile", fix).forEach(n -> notice(n));
        // messages may have been lost in a hole: said as fixscan says it, not skipped as text between messages
        new NulHole(result.nulBytes(), result.firstNulAt(), result.firstNulLine()).notice("reconcile", fix)
                .ifPresent(n -> notice(n));
        String missingIds = missingIdColumns(opened.index().columns());
        List<String> header = opened.index().headerNames();
        // the columns compared against: an index keeps those it was once given, so they are said every time
        Map<String, String> keyColumns = IndexCommand.keyColumns(opened.index().columns(), opened.index().headerNames());
        if (result.bytes() == 0 && attempt.growth().unwritten() == 0) {
            notice("reconcile: " + fix + " is empty: no message to check");
        } else if (result.holdsNoMessage() && result.quoted() > 0) {
            notice(QuotedMessages.onlyQuotesNotice("reconcile", fix, result.quoted()));
        } else if (result.holdsNoMessage()) {
            if (!attempt.growth().leftOut()) { // else its one message is being written, as the notice above says
                notice("reconcile: no FIX message in " + fix + " (nothing starts with 8=FIX): is it a FIX log?");
            }
        } else if (result.messages() == 0) {
            // the exit code counts discrepancies (issue contract): say that nothing could be checked at all
            notice(String.format(Locale.ROOT, "reconcile: every message of %s is malformed (%,d): none was checked, and"
                    + " the exit code counts discrepancies only; fixscan exits 1 on malformed messages", fix, result.malformed()));
        } else if (result.checked() == 0 && result.idsWithoutColumn() == 0 && result.otherIds() == 0) {
            // (else the notice of the id columns, or of the ids reconcile cannot look up, says why)
            // a clean "0 checked" reads as a clean log: say there was nothing to check, and why (once per run)
            notice(String.format(Locale.ROOT, "reconcile: no message of %s (%s) names an instrument at its top level (55, or 48"
                    + " with 22=1 or 22=4): none was checked, and the exit code counts discrepancies only; session messages (logon,"
                    + " heartbeat) name none, and instruments inside repeating groups (NoRelatedSym 146, NoMDEntries 268, …) are not"
                    + " checked", fix, Counted.of(result.messages(), "message")));
        } else if (result.inGroupsOnly() > 0) {
            // some were checked: those whose instruments are only in groups would otherwise pass unseen
            GroupOnlyMessage first = result.firstInGroupsOnly();
            notice(String.format(Locale.ROOT, "reconcile: %s of %s (the first: 35=%s at %sbyte %s) %s instruments only inside"
                    + " repeating groups (NoRelatedSym 146, NoMDEntries 268, …), not at the top level: not checked",
                    Counted.of(result.inGroupsOnly(), "message"), fix, first.msgType(),
                    first.line() > 0 ? "line " + Decimals.grouped(first.line()) + ", " : "", Decimals.grouped(first.offset()),
                    result.inGroupsOnly() == 1 ? "names" : "name"));
        }
        if (result.idsWithoutColumn() > 0) {
            // the header is shown, as lookup shows it: an id column under another name (ISIN Code, CUSIP9) is the usual cause
            boolean one = result.idsWithoutColumn() == 1;
            boolean bothColumns = missingIds.equals("cusip or isin");
            notice(String.format(Locale.ROOT, "reconcile: %s has no %s column %s: %s identified by %s %s checked "
                    + "by %s symbol (55) instead, where %s one; name %s with %s", master, missingIds,
                    header, Counted.of(result.idsWithoutColumn(), "message"),
                    missingIds.equals("cusip") ? "CUSIP (22=1)" : missingIds.equals("isin") ? "ISIN (22=4)" : "CUSIP or ISIN",
                    one ? "was" : "were", one ? "its" : "their", one ? "it had" : "they had", bothColumns ? "them" : "it",
                    missingIds.equals("cusip") ? "--cusip-column" : missingIds.equals("isin") ? "--isin-column"
                            : "--cusip-column, --isin-column"));
        }
        if (result.otherIds() > 0) {
            notice(otherIdsNotice(result));
        }
        symbolFormNotices(result).forEach(n -> notice(n));
        if (out != null && rejectsFile == null && result.malformed() > 0) {
            notice(String.format(Locale.ROOT, "reconcile: %s not written anywhere: --out %s is a device, so there is"
                    + " no FILE.rejects.csv beside it; name one with --rejects", Counted.of(result.malformed(), "malformed message"), out));
        }
        Map<String, Object> json = json(result, seconds, indexSeconds, threads, rejectsFile, opened.rebuiltBecause());
        json.put("keyColumns", keyColumns);
        attempt.growth().putJson(json);
        emit(json, () -> human(result, seconds, rejectsFile) + "\nkeys: " + IndexCommand.describe(keyColumns));
        return result.totalDiscrepancies() > 0 ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }

    /** Says that the index was built (or built again), and what the build rejected. */
    private void noticeBuilt(Indexer.Opened opened) {
        if (opened.rebuiltBecause() == null) {
            return;
        }
        if (opened.rebuiltBecause().equals(Indexer.NO_INDEX_YET)) {
            notice("reconcile: indexed " + master + " (" + Indexer.NO_INDEX_YET + ")");
        } else {
            notice("reconcile: reindexed " + master + " with " + opened.builtWith());
        }
        IndexCommand.noticeRejects("reconcile", master, opened);
        // the build ran in the heap the reconcile needs (its cache takes a share of it), where
        // the collector lets garbage build up and keeps what it touched: hand it back first
        System.gc();
    }

    /**
     * A run's result, without the message cut by the end of the log when that was being written.
     *
     * @param result what the run found
     * @param growth how the log grew while read
     */
    private record Reconciled(ReconcileResult result, LogGrowth growth) {
    }

    /**
     * Checks every message of the log against the index, and closes it.
     *
     * @throws IndexException when a block of the index the run reads is damaged (nothing is published)
     */
    private Reconciled run(IndexFile idx, ScanOptions scanOptions, Path rejectsFile) {
        try (idx;
                MappedFile log = MappedFile.open(fix);
                Progress progress = Progress.bytes("reconcile", log.size());
                ReconcileCsv rows = new ReconcileCsv(out, rejectsFile)) {
            // a preallocated log's NUL tail is space not written yet: read up to it
            long written = log.read(() -> UnwrittenSpace.start(log.segment()));
            LogGrowth.Check appendOnly = LogGrowth.begin(log, written);
            HeldTruncation held = new HeldTruncation(rows);
            Reconciler reconciler = new Reconciler(new IndexedMaster(idx));
            ScanOptions options = scanOptions.withProgress(progress);
            try {
                ReconcileResult result = reconciler.reconcile(log.segment().asSlice(0, written), options,
                        out != null || rejectsFile != null ? held : null);
                progress.accept(log.size() - written);
                // edited in place while read (same size, so no fault): the verdicts mix two versions
                idx.checkSourceUnchanged();
                // appended to while read: it was read as it was when mapped
                LogGrowth growth = LogGrowth.after(appendOnly, written, log.size(), result.truncatedAt(), fix);
                held.release(growth.leftOut());
                rows.publish();
                ReconcileResult read = result.withUnwrittenBytes(growth.unwritten());
                return new Reconciled(growth.leftOut() ? read.leavingOutTruncated() : read, growth);
            } catch (InternalError e) {
                // a mapped file truncated underneath: the master's records are read too, so name the one that changed
                idx.checkSourceUnchanged();
                throw LogGrowth.hinted(log.changed(e), fix);
            }
        }
    }

    private static boolean isStream(Path output) {
        return output != null && ScratchFiles.isStream(output);
    }

    private Map<String, Object> json(ReconcileResult r, double seconds, double indexSeconds, int threads, Path rejectsFile,
            String rebuilt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", r.messages());
        m.put("malformed", r.malformed());
        m.put("quoted", r.quoted());
        m.put("checked", r.checked());
        // every well-formed message is in one bucket: matched, a discrepancy type, or a reason it was not checked
        m.put("matched", r.checked() - r.totalDiscrepancies());
        Map<String, Long> d = new LinkedHashMap<>();
        for (DiscrepancyType t : DiscrepancyType.values()) {
            d.put(t.name(), r.discrepancies().get(t));
        }
        m.put("discrepancies", d);
        Map<String, Long> notChecked = new LinkedHashMap<>();
        notChecked.put("noInstrument", r.noInstrument());
        notChecked.put("instrumentsInGroupsOnly", r.inGroupsOnly());
        notChecked.put("otherIdSource", r.otherIdsUnchecked());
        notChecked.put("idWithoutColumn", r.idsWithoutColumnUnchecked());
        m.put("notChecked", notChecked);
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("bytes", r.bytes());
        m.put("workers", threads);
        // as index says it: the size used (larger than asked for past 65,536 chunks) and the one asked for
        m.put("chunks", r.chunks());
        m.put("chunkSize", r.chunkSize());
        m.put("chunkSizeRequested", chunkSize == null ? ScanOptions.DEFAULT_CHUNK_SIZE : chunkSize.bytes());
        m.put("messagesPerSecond", seconds > 0 ? Math.round((r.messages() + r.malformed()) / seconds) : 0);
        m.put("indexSeconds", Math.round(indexSeconds * 1000) / 1000.0);
        m.put("indexRebuilt", rebuilt);
        m.put("idsWithoutColumn", r.idsWithoutColumn());
        m.put("otherIds", r.otherIds());
        m.put("exchangeSymbols", r.exchangeSymbols());
        m.put("altIds", r.altIds());
        m.put("nulBytes", r.nulBytes());
        m.put("symbolForms", r.symbolForms());
        m.put("instrumentsInGroupsOnly", r.inGroupsOnly());
        m.put("cacheHits", r.cacheHits());
        m.put("cacheMisses", r.cacheMisses());
        m.put("out", out == null ? null : out.toString());
        m.put("rejects", rejectsFile == null ? null : rejectsFile.toString());
        return m;
    }

    /**
     * The master given as the log too (a slip of the shell's history) read as a log with no FIX
     * message in it: a notice and exit 0, a clean run on nothing. Refused instead, once per run.
     */
    private void requireTwoFiles() {
        boolean same;
        try {
            same = Files.isSameFile(master, fix);
        } catch (IOException e) {
            return; // both were found a moment ago; one gone since is reported when it is opened
        }
        if (same) {
            throw new UserError("--master " + master + " and --fix " + fix + " are one file: give the security master"
                    + " to --master and the FIX log to --fix");
        }
    }

    /**
     * A FIX log given as the master (the two options swapped) has FIX fields for a header: said so,
     * rather than that no key column was found in a "header" that is a whole message.
     */
    private void requireMasterNotFixLog() {
        CsvHeader header = HeaderReader.readFirst(master, masterColumns.format());
        if (header.looksLikeFixMessage()) {
            throw new UserError("--master " + master + " looks like a FIX log (its first line holds 8=FIX), not a "
                    + "security master: are --master and --fix swapped?");
        }
        if (KeyColumns.anyIn(header, masterColumns.columns())) {
            // a master's header: no reading its first 256 MiB for a message start, on every run (JFR: 58 MB allocated)
            return;
        }
        // a log that begins with a banner or an engine's start-up lines: its "header" is one of them
        OptionalLong line = FixLogHeader.firstMessageLine(master);
        if (line.isPresent() && FixLogHeader.firstMessageLine(fix).isEmpty()) {
            throw new UserError("--master " + master + " looks like a FIX log (a message starts at its line "
                    + line.getAsLong() + "), and --fix " + fix + " has none in its first bytes: are --master and --fix swapped?");
        }
    }

    /**
     * A master without a symbol column is refused before its first index build, not after it (which
     * takes minutes on a large master). An existing index is opened first: it may name a symbol
     * column it was once given, and then it is used.
     */
    private void requireSymbolColumnBeforeAFirstBuild(Path indexPath) {
        if (Files.exists(indexPath)) {
            return;
        }
        // in the dialect the build will read it with: a sep= line's delimiter, if it declares one
        CsvHeader header = HeaderReader.read(master, HeaderReader.format(master, masterColumns.format()));
        if (KeyColumns.resolve(master.toString(), header, masterColumns.columns()).symbol() < 0) {
            throw IndexedMaster.noSymbolColumn(master);
        }
    }

    /**
     * Symbols are compared byte for byte: a master and a log that write them in different forms
     * ({@code aapl} and {@code AAPL}, {@code BRK.B} and {@code BRK B}) give a discrepancy per
     * message, which reads as thousands of unknown securities unless the form is named.
     */
    private List<String> symbolFormNotices(ReconcileResult r) {
        List<String> notices = new ArrayList<>(2);
        String why = ": symbols are compared byte for byte, so one written in another letter case or with another separator"
                + " before its share class (BRK.B, BRK B, BRK/B) is a discrepancy; write them in one form in the log and the master";
        if (r.symbolForms() > 0) {
            Discrepancy d = r.firstSymbolForm();
            notices.add(String.format(Locale.ROOT, "reconcile: %s of %s differ from the master's symbol only in form (the first:"
                    + " 55=%s at %s, the master's %s)%s", Counted.of(r.symbolForms(), "SYMBOL_MISMATCH", "SYMBOL_MISMATCHes"),
                    fix, d.fixSymbol(), where(d), d.masterSymbol(), why));
        }
        if (r.firstUnknownForm() != null) {
            Discrepancy d = r.firstUnknownForm();
            notices.add(String.format(Locale.ROOT, "reconcile: UNKNOWN_SYMBOL 55=%s (%s of %s) is in %s as %s%s", d.fixSymbol(),
                    where(d), fix, master, d.masterSymbol(), notices.isEmpty() ? why : ", in another form too"));
        }
        if (r.firstUnknownIdForm() != null) {
            // a master saved from a spreadsheet that read its CUSIPs as numbers: every one with a leading zero is unknown
            Discrepancy d = r.firstUnknownIdForm();
            String id = d.securityId().strip();
            String stripped = id.replaceFirst("^0+", "");
            int zeros = id.length() - stripped.length();
            notices.add(String.format(Locale.ROOT, "reconcile: UNKNOWN_SECURITY 48=%s (%s of %s) is in %s as %s, without its"
                    + " leading %s: its cusip column looks like numbers a spreadsheet wrote, so every CUSIP starting with 0 is"
                    + " unknown; export the master with that column as text", id, where(d), fix, master, stripped,
                    zeros == 1 ? "zero" : "zeros"));
        }
        return notices;
    }

    /**
     * Names the messages identified by a SecurityID reconcile cannot look up (22=2 SEDOL, 22=5 RIC,
     * 22=8 exchange symbol, or no 22): only CUSIPs and ISINs are keys of the master's index.
     */
    private String otherIdsNotice(ReconcileResult r) {
        OtherIdMessage first = r.firstOtherId();
        String source = first.source() == null ? "no 22"
                : "22=" + first.source().strip() + SOURCE_NAMES.getOrDefault(first.source().strip(), "");
        long bySymbol = r.otherIds() - r.otherIdsUnchecked() - r.exchangeSymbols() - r.altIds();
        // a CUSIP or ISIN in the instrument's SecurityAltID group is looked up instead: said only when there is one
        String byAltId = r.altIds() == 0 ? ""
                : ", " + Decimals.grouped(r.altIds()) + (r.altIds() == 1 ? " by its" : " by their")
                        + " SecurityAltID (455 with 456=1 or 4)";
        // an exchange symbol (22=8) without a 55 is checked as the 55 it stands for: said only when there is one
        String byExchangeSymbol = r.exchangeSymbols() == 0 ? ""
                : ", " + Decimals.grouped(r.exchangeSymbols()) + (r.exchangeSymbols() == 1 ? " by its" : " by their")
                        + " exchange symbol (48 with 22=8, no 55) as a 55";
        return String.format(Locale.ROOT, "reconcile: %s of %s %s identified by a SecurityID (48) whose source reconcile"
                + " cannot look up (the first: %s, 35=%s at %sbyte %s); only 22=1 (CUSIP) and 22=4 (ISIN) are looked up:"
                + " %s checked by the symbol (55) alone%s%s, %s not checked (no 55)",
                Counted.of(r.otherIds(), "message"), fix, r.otherIds() == 1 ? "is" : "are", source, first.msgType(),
                first.line() > 0 ? "line " + Decimals.grouped(first.line()) + ", " : "", Decimals.grouped(first.offset()),
                Decimals.grouped(bySymbol), byAltId, byExchangeSymbol, Decimals.grouped(r.otherIdsUnchecked()));
    }

    /** The usual SecurityIDSource (22) codes a master's other columns hold, named in the notice above. */
    private static final Map<String, String> SOURCE_NAMES = Map.of("2", " (SEDOL)", "5", " (RIC)", "8", " (exchange symbol)",
            "A", " (Bloomberg)", "3", " (QUIK)", "6", " (ISO currency)", "7", " (ISO country)", "9", " (CTA)");

    private static String where(Discrepancy d) {
        return (d.line() > 0 ? "line " + Decimals.grouped(d.line()) + ", " : "") + "byte " + Decimals.grouped(d.offset());
    }

    /** @return "cusip", "isin", "cusip or isin", or "" when the master has both columns */
    private static String missingIdColumns(KeyColumns columns) {
        boolean cusip = columns.column(KeyKind.CUSIP) < 0;
        boolean isin = columns.column(KeyKind.ISIN) < 0;
        return cusip && isin ? "cusip or isin" : cusip ? "cusip" : isin ? "isin" : "";
    }

    private String human(ReconcileResult r, double seconds, Path rejectsFile) {
        StringBuilder s = new StringBuilder();
        // as fixscan says it: the malformed are not among the messages counted (QA: "1 message (1 malformed)")
        s.append(Counted.of(r.messages(), "message")).append(", ").append(Decimals.grouped(r.malformed())).append(" malformed, ")
                .append(Decimals.grouped(r.checked())).append(" checked in ").append(Decimals.fixed(seconds, 2)).append(" s\n");
        for (DiscrepancyType t : DiscrepancyType.values()) {
            s.append("  ").append(t.name()).repeat(' ', Math.max(1, 18 - t.name().length()))
                    .append(Decimals.grouped(r.discrepancies().get(t))).append('\n');
        }
        if (r.notChecked() > 0) {
            // said, not left to the reader to subtract: a SEDOL-only order is not a clean one
            List<String> why = new ArrayList<>(3);
            if (r.noInstrument() > 0) {
                why.add(Decimals.grouped(r.noInstrument()) + (r.noInstrument() == 1 ? " names" : " name") + " no instrument");
            }
            if (r.inGroupsOnly() > 0) {
                why.add(Decimals.grouped(r.inGroupsOnly()) + " only in repeating groups");
            }
            long ids = r.otherIdsUnchecked() + r.idsWithoutColumnUnchecked();
            if (ids > 0) {
                why.add(Decimals.grouped(ids) + " only a 48 that cannot be looked up, no 55");
            }
            s.append("not checked:   ").append(Decimals.grouped(r.notChecked())).append(" (").append(String.join("; ", why))
                    .append(")\n");
        }
        if (r.quoted() > 0) {
            s.append(QuotedMessages.summaryLine(r.quoted())).append('\n');
        }
        if (out != null) {
            s.append("discrepancies: ").append(out).append('\n');
        }
        if (r.nulBytes() > 0 || r.unwrittenBytes() > 0) {
            // a hole where messages may have been lost, and space not written yet: neither is in the counts above
            s.append("NUL bytes:     ").append(Decimals.grouped(r.nulBytes())).append(" outside messages (nulBytes), ")
                    .append(Decimals.grouped(r.unwrittenBytes())).append(" unwritten at the end, not read (unwrittenBytes)\n");
        }
        if (rejectsFile != null && r.malformed() > 0) {
            s.append("malformed:     ").append(rejectsFile).append('\n');
        } else if (r.malformed() > 0) {
            s.append("malformed:     listed by --rejects FILE (offset, line and reason of each)\n");
        }
        return s.toString().stripTrailing();
    }
}
