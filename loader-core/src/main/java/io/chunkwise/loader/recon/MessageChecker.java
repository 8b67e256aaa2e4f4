package io.chunkwise.loader.recon;

import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.InstrumentFields;
import io.chunkwise.loader.fix.InstrumentFields.Field;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.index.KeyKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the messages of one chunk against the master: the rules of reconciliation. Keeps
 * counts, and the chunk's discrepancies and malformed messages (bounded by the chunk's size)
 * until the scan hands it over in log order.
 */
final class MessageChecker implements FixHandler {
    private final Supplier<LookupCache> caches;
    private final boolean keepRows;
    private final InstrumentFields fields = new InstrumentFields();
    private LookupCache cache;

    long messages;
    long checked;
    final long[] counts = new long[DiscrepancyType.values().length];
    final List<Discrepancy> discrepancies = new ArrayList<>();
    final List<MalformedMessage> malformed = new ArrayList<>();

    MessageChecker(Supplier<LookupCache> caches, boolean keepRows) {
        this.caches = caches;
        this.keepRows = keepRows;
    }

    @Override
    public void message(FixMessage m) {
        messages++;
        InstrumentFields f = fields.read(m);
        boolean hasSymbol = f.has(Field.SYMBOL);
        if (f.has(Field.SECURITY_ID) && (f.is(Field.SECURITY_ID_SOURCE, "1") || f.is(Field.SECURITY_ID_SOURCE, "4"))) {
            checked++;
            KeyKind kind = f.is(Field.SECURITY_ID_SOURCE, "1") ? KeyKind.CUSIP : KeyKind.ISIN;
            byte[][] symbols = cache().get(kind, f.segment(), f.start(Field.SECURITY_ID), f.end(Field.SECURITY_ID));
            if (symbols.length == 0) {
                found(m, DiscrepancyType.UNKNOWN_SECURITY, null);
            } else if (hasSymbol && !LookupCache.matchesAny(symbols, f.segment(), f.start(Field.SYMBOL), f.end(Field.SYMBOL))) {
                found(m, DiscrepancyType.SYMBOL_MISMATCH, symbols[0]);
            }
        } else if (hasSymbol) {
            checked++;
            if (cache().get(KeyKind.SYMBOL, f.segment(), f.start(Field.SYMBOL), f.end(Field.SYMBOL)).length == 0) {
                found(m, DiscrepancyType.UNKNOWN_SYMBOL, null);
            }
        }
    }

    @Override
    public void malformed(MalformedMessage bad) {
        if (keepRows) {
            malformed.add(bad);
        }
    }

    private void found(FixMessage m, DiscrepancyType type, byte[] masterSymbol) {
        counts[type.ordinal()]++;
        if (!keepRows) {
            return;
        }
        InstrumentFields f = fields;
        discrepancies.add(new Discrepancy(m.offset(), m.lineIndex(), f.value(Field.MSG_SEQ_NUM), m.msgType(),
                f.value(Field.SECURITY_ID_SOURCE), f.value(Field.SECURITY_ID), f.value(Field.SYMBOL),
                masterSymbol == null ? null : new String(masterSymbol, StandardCharsets.UTF_8), type));
    }

    private LookupCache cache() {
        if (cache == null) {
            cache = caches.get();
        }
        return cache;
    }

}
