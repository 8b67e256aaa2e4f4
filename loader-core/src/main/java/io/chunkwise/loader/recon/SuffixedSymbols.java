package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A symbol whose share class (or other suffix) a message carries in SymbolSfx (65): {@code
 * 55=BRK|65=B} is the security a master writes {@code BRK.B}, {@code BRK B}, {@code BRK/B}, {@code
 * BRK-B}, {@code BRK_B} or {@code BRKB}, the separators {@link SymbolForms} knows, or none. Only
 * messages with a 65 whose 55 alone did not match come here, so a log without 65 pays nothing.
 * The joined forms are asked of the shared {@link LookupCache} first, as every key is, then of the
 * master. One per checker (a chunk's), made when first needed: it keeps a scratch form.
 */
final class SuffixedSymbols {
    /** Between a symbol and its suffix, the most common first; 0 stands for no separator. */
    private static final byte[] JOINS = {'.', 0, ' ', '/', '-', '_'};
    /** The longest joined form asked for: longer is no symbol a master keys. */
    private static final int MAX_FORM = 256;
    private final SecurityMaster master;
    private final LookupCache cache;
    // the cache reads a key's two words: room for them after the longest form
    private final byte[] scratch = new byte[MAX_FORM + 16];
    private final MemorySegment form = MemorySegment.ofArray(scratch);
    private final KeyKind[] kinds = {KeyKind.SYMBOL};
    private final long[] from = {0};
    private final long[] to = new long[1];
    private final Answers answer = new Answers(1);

    SuffixedSymbols(SecurityMaster master, LookupCache cache) {
        this.master = master;
        this.cache = cache;
    }

    /**
     * @param s memory holding the message
     * @param symbolFrom the first byte of 55's key
     * @param symbolTo the byte after it
     * @param suffixFrom the first byte of 65's key
     * @param suffixTo the byte after it
     * @return whether the master has a symbol that is 55 joined to 65 in any of the forms
     */
    boolean inMaster(MemorySegment s, long symbolFrom, long symbolTo, long suffixFrom, long suffixTo) {
        int symbol = (int) (symbolTo - symbolFrom);
        int suffix = (int) (suffixTo - suffixFrom);
        if (symbol <= 0 || suffix <= 0 || symbol + 1 + suffix > MAX_FORM) {
            return false;
        }
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, symbolFrom, scratch, 0, symbol);
        for (byte join : JOINS) {
            int at = symbol;
            if (join != 0) {
                scratch[at++] = join;
            }
            MemorySegment.copy(s, ValueLayout.JAVA_BYTE, suffixFrom, scratch, at, suffix);
            to[0] = at + suffix;
            if (has()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the master has the form in the scratch, from the cache when it holds it */
    private boolean has() {
        cache.findAll(kinds, form, from, to, 1, answer);
        if (answer.state[0] == Answers.MISSING) {
            boolean present = master.hasSymbol(form, 0, to[0]);
            answer.set(0, present ? Answers.PRESENT : Answers.ABSENT, 0, 0, 0);
            cache.put(KeyKind.SYMBOL, form, 0, to[0], answer, 0);
        }
        return answer.state[0] == Answers.PRESENT;
    }

    /**
     * @param symbol one of the master's symbols of a security
     * @param s memory holding the message
     * @param symbolFrom the first byte of 55's key
     * @param symbolTo the byte after it
     * @param suffixFrom the first byte of 65's key
     * @param suffixTo the byte after it
     * @return whether {@code symbol} is 55 joined to 65 in one of the forms
     */
    static boolean joins(byte[] symbol, MemorySegment s, long symbolFrom, long symbolTo, long suffixFrom, long suffixTo) {
        int n = (int) (symbolTo - symbolFrom);
        int m = (int) (suffixTo - suffixFrom);
        int gap = symbol.length - n - m;
        if (n <= 0 || m <= 0 || gap != 0 && gap != 1) {
            return false;
        }
        if (gap == 1 && !isJoin(symbol[n])) {
            return false;
        }
        MemorySegment master = MemorySegment.ofArray(symbol);
        return MemorySegment.mismatch(s, symbolFrom, symbolTo, master, 0, n) < 0
                && MemorySegment.mismatch(s, suffixFrom, suffixTo, master, n + gap, symbol.length) < 0;
    }

    private static boolean isJoin(byte b) {
        for (byte join : JOINS) {
            if (join != 0 && b == join) {
                return true;
            }
        }
        return false;
    }
}
