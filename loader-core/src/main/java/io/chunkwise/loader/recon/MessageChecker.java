package io.chunkwise.loader.recon;

import io.chunkwise.loader.csv.CsvText;
import io.chunkwise.loader.csv.KeyTrim;
import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.InstrumentFields;
import io.chunkwise.loader.fix.InstrumentFields.Field;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.SessionFields;
import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the messages of one chunk against the master: the rules of reconciliation. Checks wait
 * in a small batch ({@value #BATCH}); the batch's cache misses go to the master together, whose
 * memory accesses then overlap, and the verdicts are reached in log order. Keeps counts, and the
 * chunk's discrepancies and malformed messages (bounded by the chunk's size) until the scan hands
 * it over in log order.
 */
final class MessageChecker implements FixHandler {
    /** Checks per batch: enough for the look-ups' memory accesses to overlap, few enough to stay in cache. */
    static final int BATCH = 64;
    /** UNKNOWN_SYMBOLs of a chunk whose other forms are looked for in the master ({@link SymbolForms}): each costs look-ups. */
    static final int FORMS_TRIED = 8;
    private final SecurityMaster master;
    private final LookupCache cache;
    private final boolean keepRows;
    private final InstrumentFields fields = new InstrumentFields();
    private final PendingChecks pending = new PendingChecks(BATCH);
    private final Answers answers = new Answers(BATCH);
    private final KeyTrim.Span span = new KeyTrim.Span();
    /** Made on a chunk's first message with a 65 whose 55 alone did not match: most chunks have none. */
    private SuffixedSymbols suffixed;
    private final SessionFields session = new SessionFields();
    private final Misses ids = new Misses();
    private final Misses symbols = new Misses();
    private final boolean byCusip;
    private final boolean byIsin;

    long messages;
    long checked;
    /** Messages identified by a CUSIP or ISIN the master has no column for. */
    long idsWithoutColumn;
    final long[] counts = new long[DiscrepancyType.values().length];
    final List<Discrepancy> discrepancies = new ArrayList<>();
    final List<MalformedMessage> malformed = new ArrayList<>();
    /** SYMBOL_MISMATCHes whose 55 is a master symbol of the security in another form ({@link SymbolForms}). */
    long symbolForms;
    /** The chunk's first of them, its master symbol in that form; or null. */
    Discrepancy firstSymbolForm;
    /** The chunk's first UNKNOWN_SYMBOL found in the master in another form, that form as its master symbol; or null. */
    Discrepancy firstUnknownForm;
    /** Messages that name instruments only inside repeating groups: not checked. */
    long inGroupsOnly;
    /** The first of them, its line the chunk's line index until {@link Reconciler} places it; or null. */
    GroupOnlyMessage firstInGroupsOnly;
    /** Messages with no 55, no 48 at top level and no instrument in a group (logons, heartbeats): not checked. */
    long noInstrument;
    /** Messages whose 48 has a 22 other than 1 or 4, or none: checked by their 55, when they have one. */
    long otherIds;
    /** Messages of {@link #otherIds} with no 55: not checked. */
    long otherIdsUnchecked;
    /** Messages of {@link #otherIds} with 22=8 (exchange symbol) and no 55: checked by their 48 as a 55. */
    long exchangeSymbols;
    /**
     * Messages of {@link #otherIds} checked by the first SecurityAltID (455) of their instrument whose
     * source (456) is 1 (CUSIP) or 4 (ISIN), one the master has a column for.
     */
    long altIds;
    /** Messages of {@link #idsWithoutColumn} with no 55: not checked. */
    long idsWithoutColumnUnchecked;
    /** The first message of {@link #otherIds}, its line the chunk's line index until {@link Reconciler} places it; or null. */
    OtherIdMessage firstOtherId;
    /** The first UNKNOWN_SECURITY whose CUSIP is in the master without its leading zeros, or null. */
    Discrepancy firstUnknownIdForm;
    private int unknownsTried;
    private int unknownIdsTried;

    MessageChecker(SecurityMaster master, LookupCache cache, boolean keepRows) {
        this.master = master;
        this.cache = cache;
        this.keepRows = keepRows;
        this.byCusip = master.identifiesBy(KeyKind.CUSIP);
        this.byIsin = master.identifiesBy(KeyKind.ISIN);
    }

    @Override
    public void message(FixMessage m) {
        messages++;
        InstrumentFields f = fields.read(m);
        KeyKind idKind = !f.has(Field.SECURITY_ID) ? null
                : f.is(Field.SECURITY_ID_SOURCE, "1") ? KeyKind.CUSIP
                : f.is(Field.SECURITY_ID_SOURCE, "4") ? KeyKind.ISIN : null;
        KeyKind altKind = null;
        // an exchange symbol (22=8) equal to the message's 55 is checked in full by the 55: nothing to say of it
        boolean symbolTwice = f.is(Field.SECURITY_ID_SOURCE, "8") && f.sameKey(Field.SECURITY_ID, Field.SYMBOL);
        if (idKind == null && f.has(Field.SECURITY_ID) && !symbolTwice) {
            // a SEDOL, a RIC, an exchange symbol, or a 48 without its 22: counted, so it is not passed over
            otherIds++;
            if (firstOtherId == null) {
                firstOtherId = new OtherIdMessage(m.offset(), keepRows ? m.lineIndex() : 0, m.msgType(),
                        f.has(Field.SECURITY_ID_SOURCE) ? f.value(Field.SECURITY_ID_SOURCE) : null);
            }
            // its instrument's SecurityAltID may hold the CUSIP or ISIN (48=B0YBKJ7|22=2|454=1|455=GB00B03MLX29|456=4)
            altKind = altIdKind(f);
        } else if (idKind != null && !(idKind == KeyKind.CUSIP ? byCusip : byIsin)) {
            // the master cannot tell whether this security exists: the symbol is what can be checked
            idsWithoutColumn++;
            idKind = null;
        }
        boolean byId = idKind != null;
        // an exchange symbol (22=8) is what a 55 would hold: without a 55 it is checked as one
        boolean exchangeSymbol = idKind == null && altKind == null && !f.has(Field.SYMBOL) && f.has(Field.SECURITY_ID)
                && f.is(Field.SECURITY_ID_SOURCE, "8");
        if (!byId && altKind == null && !f.has(Field.SYMBOL) && !exchangeSymbol) {
            // not checked: each such message is counted under one reason, so the counts add up to the messages
            if (f.has(Field.SECURITY_ID) && (f.is(Field.SECURITY_ID_SOURCE, "1") || f.is(Field.SECURITY_ID_SOURCE, "4"))) {
                idsWithoutColumnUnchecked++;
            } else if (f.has(Field.SECURITY_ID)) {
                otherIdsUnchecked++;
            } else if (f.instrumentInGroupsOnly()) {
                inGroupsOnly++;
                if (firstInGroupsOnly == null) {
                    firstInGroupsOnly = new GroupOnlyMessage(m.offset(), keepRows ? m.lineIndex() : 0, m.msgType());
                }
            } else {
                noInstrument++;
            }
            return;
        }
        checked++;
        if (m.folded()) {
            // a re-joined message lives in a buffer the next one reuses: check it on its own, now
            flush();
        }
        if (byId) {
            pending.add(m, f, idKind, Field.SECURITY_ID, keepRows);
        } else if (altKind != null) {
            altIds++;
            pending.add(m, f, altKind, Field.SECURITY_ALT_ID, keepRows);
        } else if (exchangeSymbol) {
            exchangeSymbols++;
            pending.add(m, f, KeyKind.SYMBOL, Field.SECURITY_ID, keepRows);
        } else {
            pending.add(m, f, KeyKind.SYMBOL, Field.SYMBOL, keepRows);
        }
        if (pending.isFull() || m.folded()) {
            flush();
        }
    }

    /** @return the kind of the message's SecurityAltID when it is a CUSIP or ISIN the master has a column for, else null */
    private KeyKind altIdKind(InstrumentFields f) {
        if (!f.has(Field.SECURITY_ALT_ID)) {
            return null;
        }
        KeyKind kind = f.is(Field.SECURITY_ALT_ID_SOURCE, "1") ? KeyKind.CUSIP : KeyKind.ISIN;
        return (kind == KeyKind.CUSIP ? byCusip : byIsin) ? kind : null;
    }

    @Override
    public void malformed(MalformedMessage bad) {
        if (keepRows) {
            malformed.add(bad);
        }
    }

    @Override
    public void end() {
        flush();
    }

    /**
     * Answers every pending check (cache first, then the misses in two batches) and judges them in
     * order. Each stage is a method of one loop: the JIT then compiles small units once each,
     * instead of one large method again for each of its loops (on-stack replacement); in a short
     * run the compiler's time competes with the scan for the same cores.
     */
    private void flush() {
        int n = pending.size;
        if (n == 0) {
            return;
        }
        MemorySegment s = pending.segment();
        cache.findAll(pending.kind, s, pending.keyFrom, pending.keyTo, n, answers);
        collectMisses(n);
        master.symbolsOf(ids.kinds, s, ids.from, ids.to, ids.size, ids.symbols);
        master.hasSymbols(s, symbols.from, symbols.to, symbols.size, symbols.present);
        rememberIds(s);
        rememberSymbols(s);
        judgeAll(n);
        pending.clear();
    }

    private void collectMisses(int n) {
        ids.clear();
        symbols.clear();
        for (int q = 0; q < n; q++) {
            if (answers.state[q] == Answers.MISSING) {
                (pending.kind[q] == KeyKind.SYMBOL ? symbols : ids).add(q, pending);
            }
        }
    }

    private void rememberIds(MemorySegment s) {
        for (int i = 0; i < ids.size; i++) {
            int q = ids.query[i];
            answers.setSymbols(q, ids.symbols[i]);
            ids.symbols[i] = null;
            cache.put(ids.kinds[i], s, ids.from[i], ids.to[i], answers, q);
        }
    }

    private void rememberSymbols(MemorySegment s) {
        for (int i = 0; i < symbols.size; i++) {
            int q = symbols.query[i];
            answers.set(q, symbols.present[i] ? Answers.PRESENT : Answers.ABSENT, 0, 0, 0);
            cache.put(KeyKind.SYMBOL, s, symbols.from[i], symbols.to[i], answers, q);
        }
    }

    private void judgeAll(int n) {
        for (int q = 0; q < n; q++) {
            judge(q);
            answers.many[q] = null;
        }
    }

    private void judge(int q) {
        PendingChecks p = pending;
        boolean absent = answers.state[q] == Answers.ABSENT;
        if (p.kind[q] == KeyKind.SYMBOL) {
            if (absent && !(p.has(q, Field.SYMBOL) && p.has(q, Field.SYMBOL_SFX) && suffixedInMaster(q, p))) {
                found(q, DiscrepancyType.UNKNOWN_SYMBOL, false);
            }
        } else if (absent) {
            found(q, DiscrepancyType.UNKNOWN_SECURITY, false);
        } else if (p.has(q, Field.SYMBOL) && !hasSymbol(q, p) && !(p.has(q, Field.SYMBOL_SFX) && hasSuffixed(q, p))) {
            found(q, DiscrepancyType.SYMBOL_MISMATCH, true);
        }
    }

    /**
     * A 55 the master lacks, with a 65: whether the master has them joined ({@code 55=BRK|65=B} is
     * {@code BRK.B}). A suffix that is no share class ({@code WI}, when issued) joins into nothing,
     * and the message stays the UNKNOWN_SYMBOL its 55 makes it.
     */
    private boolean suffixedInMaster(int q, PendingChecks p) {
        KeyTrim.Span k = span.of(p.segment(), p.start(q, Field.SYMBOL), p.end(q, Field.SYMBOL));
        long symbolFrom = k.start();
        long symbolTo = k.end();
        k = span.of(p.segment(), p.start(q, Field.SYMBOL_SFX), p.end(q, Field.SYMBOL_SFX));
        if (suffixed == null) {
            suffixed = new SuffixedSymbols(master, cache);
        }
        return suffixed.inMaster(p.segment(), symbolFrom, symbolTo, k.start(), k.end());
    }

    /** @return whether one of the security's master symbols is the message's 55 joined to its 65 */
    private boolean hasSuffixed(int q, PendingChecks p) {
        KeyTrim.Span k = span.of(p.segment(), p.start(q, Field.SYMBOL), p.end(q, Field.SYMBOL));
        long symbolFrom = k.start();
        long symbolTo = k.end();
        k = span.of(p.segment(), p.start(q, Field.SYMBOL_SFX), p.end(q, Field.SYMBOL_SFX));
        for (byte[] symbol : answers.symbolBytes(q)) {
            if (SuffixedSymbols.joins(symbol, p.segment(), symbolFrom, symbolTo, k.start(), k.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the security's master symbols include the message's 55, both in the keys'
     *     normal form ({@link KeyTrim}): the 55 a symbol look-up would find is not a mismatch either
     */
    private boolean hasSymbol(int q, PendingChecks p) {
        KeyTrim.Span k = span.of(p.segment(), p.start(q, Field.SYMBOL), p.end(q, Field.SYMBOL));
        return answers.hasSymbol(q, p.segment(), k.start(), Math.max(k.start(), k.end()));
    }

    private void found(int q, DiscrepancyType type, boolean withMasterSymbol) {
        counts[type.ordinal()]++;
        if (type == DiscrepancyType.SYMBOL_MISMATCH) {
            noteSymbolForm(q);
        } else if (type == DiscrepancyType.UNKNOWN_SYMBOL && firstUnknownForm == null && unknownsTried < FORMS_TRIED) {
            unknownsTried++;
            lookForSymbolForm(q);
        } else if (type == DiscrepancyType.UNKNOWN_SECURITY && firstUnknownIdForm == null && unknownIdsTried < FORMS_TRIED) {
            unknownIdsTried++;
            lookForIdWithoutZeros(q);
        }
        if (!keepRows) {
            return;
        }
        discrepancies.add(row(q, type, withMasterSymbol ? answers.symbols(q) : null));
    }

    /** @return the discrepancy row of check {@code q}; its session read from the message now (allocates: rows only) */
    private Discrepancy row(int q, DiscrepancyType type, String masterSymbol) {
        PendingChecks p = pending;
        SessionFields s = p.session(q, session);
        // a message checked by its SecurityAltID shows that id, the one looked up, and its 456
        boolean byAlt = p.has(q, Field.SECURITY_ALT_ID) && p.keyFrom[q] == p.start(q, Field.SECURITY_ALT_ID);
        return new Discrepancy(p.offset[q], p.lineIndex[q], p.value(q, Field.MSG_SEQ_NUM), p.msgType(q),
                p.value(q, byAlt ? Field.SECURITY_ALT_ID_SOURCE : Field.SECURITY_ID_SOURCE),
                p.value(q, byAlt ? Field.SECURITY_ALT_ID : Field.SECURITY_ID), p.symbolAsNamed(q), masterSymbol,
                type, s.sender(), s.target());
    }

    /** Counts a SYMBOL_MISMATCH whose 55 (or 55 joined to its 65) is one of the security's symbols in another form. */
    private void noteSymbolForm(int q) {
        List<byte[]> fix = fixSymbols(q);
        for (byte[] symbol : answers.symbolBytes(q)) {
            for (byte[] form : fix) {
                if (SymbolForms.alike(form, symbol)) {
                    symbolForms++;
                    if (firstSymbolForm == null) {
                        firstSymbolForm = example(q, DiscrepancyType.SYMBOL_MISMATCH, symbol);
                    }
                    return;
                }
            }
        }
    }

    /** Asks the master for the other forms of an UNKNOWN_SYMBOL's 55 (and of it joined to its 65); remembers the first found. */
    private void lookForSymbolForm(int q) {
        for (byte[] fix : fixSymbols(q)) {
            for (byte[] form : SymbolForms.variants(fix)) {
                if (master.hasSymbol(form)) {
                    firstUnknownForm = example(q, DiscrepancyType.UNKNOWN_SYMBOL, form);
                    return;
                }
            }
        }
    }

    /**
     * Asks the master for an unknown CUSIP without its leading zeros ({@code 037833100} as
     * {@code 37833100}): the form a spreadsheet gives a column of CUSIPs it read as numbers.
     */
    private void lookForIdWithoutZeros(int q) {
        if (pending.kind[q] != KeyKind.CUSIP) {
            return; // an ISIN starts with its country's letters
        }
        KeyTrim.Span k = span.of(pending.segment(), pending.keyFrom[q], pending.keyTo[q]);
        long from = k.start();
        long to = k.end();
        if (to - from != Cusip.LENGTH) {
            return;
        }
        long digits = from;
        while (digits < to && pending.segment().get(ValueLayout.JAVA_BYTE, digits) == '0') {
            digits++;
        }
        if (digits > from && digits < to && master.symbolsOf(KeyKind.CUSIP, pending.segment(), digits, to).length > 0) {
            firstUnknownIdForm = row(q, DiscrepancyType.UNKNOWN_SECURITY, null);
        }
    }

    /**
     * @return the message's 55 in the keys' normal form, as it was looked up; when it has a 65, after
     *     the two joined ({@link SymbolForms#joined}): {@code 55=brk|65=b} is {@code BRK.B} in another form
     */
    private List<byte[]> fixSymbols(int q) {
        if (!pending.has(q, Field.SYMBOL)) {
            return List.of(key(q, Field.SECURITY_ID)); // an exchange symbol (22=8) checked as a 55
        }
        byte[] symbol = key(q, Field.SYMBOL);
        if (!pending.has(q, Field.SYMBOL_SFX)) {
            return List.of(symbol);
        }
        byte[] suffix = key(q, Field.SYMBOL_SFX);
        if (symbol.length == 0 || suffix.length == 0) {
            return List.of(symbol);
        }
        // joined first: the security the message names (55=brk|65=b is BRK.B before it is BRK)
        List<byte[]> forms = new ArrayList<>(SymbolForms.joined(symbol, suffix));
        forms.add(symbol);
        return forms;
    }

    /** @return the field's value in the keys' normal form */
    private byte[] key(int q, Field field) {
        KeyTrim.Span k = span.of(pending.segment(), pending.start(q, field), pending.end(q, field));
        return pending.segment().asSlice(k.start(), Math.max(0, k.end() - k.start())).toArray(ValueLayout.JAVA_BYTE);
    }

    private Discrepancy example(int q, DiscrepancyType type, byte[] masterForm) {
        return row(q, type, CsvText.decode(masterForm));
    }

    /** The cache misses of one kind of question in a batch: which check, and where its key lies. */
    private static final class Misses {
        final int[] query = new int[BATCH];
        final KeyKind[] kinds = new KeyKind[BATCH];
        final long[] from = new long[BATCH];
        final long[] to = new long[BATCH];
        final byte[][][] symbols = new byte[BATCH][][];
        final boolean[] present = new boolean[BATCH];
        int size;

        void add(int q, PendingChecks p) {
            query[size] = q;
            kinds[size] = p.kind[q];
            from[size] = p.keyFrom[q];
            to[size] = p.keyTo[q];
            size++;
        }

        void clear() {
            size = 0;
        }
    }
}
