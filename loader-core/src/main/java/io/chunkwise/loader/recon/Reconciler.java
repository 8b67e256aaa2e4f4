package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.ChunkStats;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.fix.ScanSummary;
import io.chunkwise.loader.fix.UnwrittenSpace;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reconciles a FIX log's instruments with a security master, at scan speed: each well-formed
 * message's top-level instrument (first 55, 48, 22) is checked —
 * <ul>
 *   <li>48 with 22=1 (CUSIP) or 22=4 (ISIN): absent from the master → UNKNOWN_SECURITY; found,
 *   55 present and not the master's symbol (any of them, for a duplicated id) → SYMBOL_MISMATCH;</li>
 *   <li>otherwise 55 (or, with no 55, a 48 with 22=8, an exchange symbol): absent from the master → UNKNOWN_SYMBOL;</li>
 *   <li>neither 55 nor a usable 48: not checked.</li>
 * </ul>
 * Look-ups go through one bounded cache the scanning threads share; no per-message object is retained.
 */
public final class Reconciler {
    private final SecurityMaster master;

    /**
     * @param master the security master (thread-safe)
     * @throws NullPointerException when it is null (not at the first look-up, half-way through a log)
     */
    public Reconciler(SecurityMaster master) {
        this.master = Objects.requireNonNull(master, "master");
    }

    /**
     * Counts only (no rows, no line numbers).
     *
     * @param log the log's bytes
     * @param options workers and chunk size
     * @return the counts
     */
    public ReconcileResult reconcile(MemorySegment log, ScanOptions options) {
        return reconcile(log, options.withCountLines(false), null);
    }

    /**
     * Reconciles and reports every discrepancy and malformed message, in log order.
     *
     * @param log the log's bytes
     * @param options workers, chunk size, line counting, progress
     * @param listener receives rows in log order, or {@code null} for counts only
     * @return the counts
     */
    public ReconcileResult reconcile(MemorySegment log, ScanOptions options, ReconcileListener listener) {
        LookupCache cache = new LookupCache(LookupCache.slotsFor(Runtime.getRuntime().maxMemory(), log.byteSize()));
        boolean rows = listener != null;
        long[] totals = new long[11 + DiscrepancyType.values().length];
        Discrepancy[] firstForms = new Discrepancy[3];
        GroupOnlyMessage[] firstInGroupsOnly = new GroupOnlyMessage[1];
        OtherIdMessage[] firstOtherId = new OtherIdMessage[1];
        ScanSummary scan = FixScanner.scan(log, options, () -> new MessageChecker(master, cache, rows),
                (MessageChecker chunk, ChunkStats stats) -> {
                    totals[0] += chunk.messages;
                    totals[1] += chunk.checked;
                    totals[2] += chunk.idsWithoutColumn;
                    totals[3] += chunk.symbolForms;
                    totals[4] += chunk.inGroupsOnly;
                    totals[5] += chunk.noInstrument;
                    totals[6] += chunk.otherIds;
                    totals[7] += chunk.otherIdsUnchecked;
                    totals[8] += chunk.idsWithoutColumnUnchecked;
                    totals[9] += chunk.exchangeSymbols;
                    totals[10] += chunk.altIds;
                    if (firstOtherId[0] == null && chunk.firstOtherId != null) {
                        firstOtherId[0] = chunk.firstOtherId.atLine(rows ? stats.line(chunk.firstOtherId.line()) : 0);
                    }
                    if (firstInGroupsOnly[0] == null && chunk.firstInGroupsOnly != null) {
                        firstInGroupsOnly[0] = chunk.firstInGroupsOnly.atLine(rows ? stats.line(chunk.firstInGroupsOnly.line()) : 0);
                    }
                    firstForms[0] = firstForms[0] != null ? firstForms[0] : atLine(chunk.firstSymbolForm, stats, rows);
                    firstForms[1] = firstForms[1] != null ? firstForms[1] : atLine(chunk.firstUnknownForm, stats, rows);
                    firstForms[2] = firstForms[2] != null ? firstForms[2] : atLine(chunk.firstUnknownIdForm, stats, rows);
                    for (int i = 0; i < chunk.counts.length; i++) {
                        totals[11 + i] += chunk.counts[i];
                    }
                    if (rows) {
                        emit(chunk, stats, listener);
                    }
                });
        if (!rows) {
            // lines not counted (no rows kept): the notices name their first messages by line all the same,
            // counted here once, up to the last of them
            LineOfOffset lines = new LineOfOffset(log, offsetsOf(firstOtherId[0], firstInGroupsOnly[0], firstForms));
            firstOtherId[0] = firstOtherId[0] == null ? null : firstOtherId[0].atLine(lines.of(firstOtherId[0].offset()));
            firstInGroupsOnly[0] = firstInGroupsOnly[0] == null ? null
                    : firstInGroupsOnly[0].atLine(lines.of(firstInGroupsOnly[0].offset()));
            for (int i = 0; i < firstForms.length; i++) {
                firstForms[i] = firstForms[i] == null ? null : firstForms[i].atLine(lines.of(firstForms[i].offset()));
            }
        }
        Map<DiscrepancyType, Long> byType = new EnumMap<>(DiscrepancyType.class);
        for (DiscrepancyType t : DiscrepancyType.values()) {
            byType.put(t, totals[11 + t.ordinal()]);
        }
        return new ReconcileResult(scan.bytes(), scan.messages(), scan.malformed(), totals[1], byType, totals[2], cache.hits(),
                cache.misses(), scan.rescans(), scan.chunks(), scan.chunkSize(), scan.truncatedAt(), scan.nulBytes(),
                scan.firstNulAt(), scan.firstNulLine(), 0, totals[3], firstForms[0], firstForms[1], firstForms[2],
                totals[4], firstInGroupsOnly[0], totals[5], totals[6], totals[7], totals[8], firstOtherId[0], totals[9], totals[10], scan.quoted());
    }

    /** @return the offsets of the notices' first messages (those there are) */
    private static long[] offsetsOf(OtherIdMessage otherId, GroupOnlyMessage inGroupsOnly, Discrepancy[] forms) {
        List<Long> offsets = new ArrayList<>();
        if (otherId != null) {
            offsets.add(otherId.offset());
        }
        if (inGroupsOnly != null) {
            offsets.add(inGroupsOnly.offset());
        }
        for (Discrepancy d : forms) {
            if (d != null) {
                offsets.add(d.offset());
            }
        }
        return offsets.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * {@link #reconcile(MemorySegment, ScanOptions, ReconcileListener)} over a mapped log, naming
     * it when it is truncated underneath (a master's index names its own source): the JVM's fault
     * for reading a page that is gone is an {@link InternalError} that names nothing. The log is read
     * up to the NULs that end it, space a preallocating appender reserved, given as
     * {@link ReconcileResult#unwrittenBytes()} ({@link UnwrittenSpace}).
     *
     * @param log the mapped log
     * @param options workers, chunk size, line counting, progress
     * @param listener receives rows in log order, or {@code null} for counts only
     * @return the counts
     * @throws SourceChangedException when the log is truncated while read
     * @throws IllegalArgumentException when the listener refuses the inputs
     *     ({@link ReconcileListener#beforeReading(List)}: a {@link ReconcileCsv} that would publish its
     *     rows over the log or the master)
     */
    public ReconcileResult reconcile(MappedFile log, ScanOptions options, ReconcileListener listener) {
        if (listener != null) {
            List<Path> inputs = new ArrayList<>(List.of(log.path()));
            master.sourceFile().ifPresent(inputs::add);
            listener.beforeReading(inputs);
        }
        return log.read(() -> {
            MemorySegment all = log.segment();
            long written = UnwrittenSpace.start(all);
            return reconcile(all.asSlice(0, written), options, listener).withUnwrittenBytes(all.byteSize() - written);
        });
    }

    /**
     * Counts only, over a mapped log ({@link #reconcile(MappedFile, ScanOptions, ReconcileListener)}).
     *
     * @param log the mapped log
     * @param options workers and chunk size
     * @return the counts
     * @throws SourceChangedException when the log is truncated while read
     */
    public ReconcileResult reconcile(MappedFile log, ScanOptions options) {
        return reconcile(log, options.withCountLines(false), null);
    }

    /** @return the chunk's discrepancy with its line in the log (0 when lines are not counted), or null */
    private static Discrepancy atLine(Discrepancy d, ChunkStats stats, boolean rows) {
        return d == null ? null : d.atLine(rows ? stats.line(d.line()) : 0);
    }

    /** Merges the chunk's two ordered lists by offset, so rows come out in log order. */
    private static void emit(MessageChecker chunk, ChunkStats stats, ReconcileListener listener) {
        List<Discrepancy> ds = chunk.discrepancies;
        List<MalformedMessage> ms = chunk.malformed;
        int i = 0;
        int j = 0;
        while (i < ds.size() || j < ms.size()) {
            if (j == ms.size() || (i < ds.size() && ds.get(i).offset() < ms.get(j).offset())) {
                Discrepancy d = ds.get(i++);
                listener.discrepancy(d.atLine(stats.line(d.line())));
            } else {
                MalformedMessage m = ms.get(j++);
                listener.malformed(m, stats.line(m.lineIndex()));
            }
        }
    }
}
