package io.chunkwise.loader.generate;

import io.chunkwise.loader.csv.KeyTrim;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes FIX 4.4 messages, one per line, SOH-delimited, with correct BodyLength (9) and CheckSum
 * (10). Message {@code i} is a pure function of {@code (seed, i)} and the master sample: a Logon
 * first, then NewOrderSingle (D), ExecutionReport (8), OrderCancelRequest (F) and Heartbeat (0).
 * Instrument-bearing messages reference the master by CUSIP (22=1), ISIN (22=4), symbol only
 * (55), or an exchange symbol (22=8, looked up by its 55); a chosen fraction carries a planted
 * discrepancy. One instance per thread.
 */
final class FixMessages {
    /** Tag bit: a reconciler checks this message. */
    static final int CHECKED = 1;
    /** Tag value (shifted by 1): a symbol mismatch was planted. */
    static final int SYMBOL_MISMATCH = 1;
    /** Tag value (shifted by 1): an unknown CUSIP or ISIN was planted. */
    static final int UNKNOWN_SECURITY = 2;
    /** Tag value (shifted by 1): an unknown symbol was planted. */
    static final int UNKNOWN_SYMBOL = 3;

    private static final byte SOH = 1;
    private static final byte[] BEGIN = ascii("8=FIX.4.4\u00019=");
    private static final byte[] CLIENT = ascii("CHUNKWISE");
    private static final byte[] BROKER = ascii("BROKER");
    private static final long FIRST_MILLIS = 1_772_458_200_000L; // 2026-03-02T13:30:00Z
    private static final int MAX_MESSAGE = 2048;

    private enum Ref { CUSIP, ISIN, SYMBOL, EXCHANGE_SYMBOL }

    private final MasterSample master;
    private final long seed;
    private final double discrepancyRate;
    private final SplitMix64 random = new SplitMix64(0);
    private final ByteSink body = new ByteSink(MAX_MESSAGE);

    FixMessages(MasterSample master, long seed, double discrepancyRate) {
        this.master = master;
        this.seed = seed;
        this.discrepancyRate = discrepancyRate;
    }

    /**
     * Appends message {@code index} and its line break.
     *
     * @return {@link #CHECKED} plus the planted discrepancy shifted left by one
     */
    int encode(long index, ByteSink out) {
        SplitMix64 r = random.reset(seed, index);
        body.clear();
        long millis = FIRST_MILLIS + index * 3 + r.nextInt(3);
        int tag;
        if (index == 0) {
            header('A', false, index, millis);
            field(98, "0");
            field(108, "30");
            tag = 0;
        } else {
            int kind = r.nextInt(100);
            if (kind < 10) {
                header('0', (index & 1) == 0, index, millis);
                tag = 0;
            } else if (kind < 55) {
                tag = newOrder(index, millis, r);
            } else if (kind < 95) {
                tag = executionReport(index, millis, r);
            } else {
                tag = cancelRequest(index, millis, r);
            }
        }
        out.reserve(body.size() + 32);
        int start = out.size();
        out.put(BEGIN);
        out.putInt(body.size());
        out.put(SOH);
        out.put(body.array(), 0, body.size());
        byte[] b = out.array();
        int sum = 0;
        for (int p = start; p < out.size(); p++) {
            sum += b[p] & 0xFF;
        }
        out.put('1');
        out.put('0');
        out.put('=');
        out.putPadded(sum & 0xFF, 3);
        out.put(SOH);
        out.put('\n');
        return tag;
    }

    private int newOrder(long index, long millis, SplitMix64 r) {
        header('D', false, index, millis);
        id(11, "CW", index);
        id(1, "ACC", r.nextInt(50));
        int tag = instrument(r);
        field(54, r.nextInt(2) == 0 ? "1" : "2");
        timeField(60, millis);
        body.putInt(38);
        body.put('=');
        body.putInt(100 * (1 + r.nextInt(100)));
        body.put(SOH);
        field(40, "2");
        price(44, r);
        field(59, "0");
        return tag;
    }

    private int executionReport(long index, long millis, SplitMix64 r) {
        header('8', true, index, millis);
        id(37, "O", index);
        id(11, "CW", index - 1 - r.nextInt(1000));
        id(17, "E", index);
        boolean fill = r.nextInt(3) > 0;
        field(150, fill ? "F" : "0");
        field(39, fill ? "2" : "0");
        int tag = instrument(r);
        field(54, r.nextInt(2) == 0 ? "1" : "2");
        int qty = 100 * (1 + r.nextInt(100));
        tagInt(38, qty);
        tagInt(32, fill ? qty : 0);
        long cents = 100 + r.nextInt(50_000);
        tagPrice(31, fill ? cents : 0);
        tagInt(151, fill ? 0 : qty);
        tagInt(14, fill ? qty : 0);
        tagPrice(6, fill ? cents : 0);
        timeField(60, millis);
        return tag;
    }

    private int cancelRequest(long index, long millis, SplitMix64 r) {
        header('F', false, index, millis);
        id(41, "CW", index - 1 - r.nextInt(1000));
        id(11, "CX", index);
        int tag = instrument(r);
        field(54, r.nextInt(2) == 0 ? "1" : "2");
        timeField(60, millis);
        tagInt(38, 100 * (1 + r.nextInt(100)));
        return tag;
    }

    /** Writes the instrument fields (55, 48, 22) and returns the message's tag. */
    private int instrument(SplitMix64 r) {
        int planted = r.chance(discrepancyRate) ? 1 + r.nextInt(3) : 0;
        int draw = r.nextInt(100);
        Ref ref = draw < 40 ? Ref.CUSIP : draw < 65 ? Ref.ISIN : draw < 95 ? Ref.SYMBOL : Ref.EXCHANGE_SYMBOL;
        if (ref == Ref.CUSIP && master.cusips.isEmpty()) {
            ref = Ref.ISIN;
        }
        if (ref == Ref.ISIN && master.isins.isEmpty()) {
            ref = master.cusips.isEmpty() ? Ref.SYMBOL : Ref.CUSIP;
        }
        boolean byId = ref == Ref.CUSIP || ref == Ref.ISIN;
        if (planted == UNKNOWN_SECURITY && master.unknownCusips.isEmpty() && master.unknownIsins.isEmpty()) {
            planted = UNKNOWN_SYMBOL; // a master without id columns cannot tell an unknown security
        }
        if (planted == SYMBOL_MISMATCH && !byId) {
            // a mismatch needs an identifier: use one, or plant an unknown symbol when the master has none usable
            if (!master.cusips.isEmpty() || !master.isins.isEmpty()) {
                ref = master.cusips.isEmpty() || (!master.isins.isEmpty() && (draw & 1) == 0) ? Ref.ISIN : Ref.CUSIP;
                byId = true;
            } else {
                planted = UNKNOWN_SYMBOL;
            }
        }
        switch (planted) {
            case SYMBOL_MISMATCH -> {
                MasterSample.IdRef id = pick(ref == Ref.CUSIP ? master.cusips : master.isins, r);
                symbol(otherSymbol(id.symbol(), r));
                securityId(id.id(), ref == Ref.CUSIP ? "1" : "4");
            }
            case UNKNOWN_SECURITY -> {
                boolean cusip = master.unknownIsins.isEmpty() || !master.unknownCusips.isEmpty() && r.nextInt(2) == 0;
                if (r.nextInt(4) > 0) {
                    symbol(pick(master.symbols, r));
                }
                securityId(pick(cusip ? master.unknownCusips : master.unknownIsins, r), cusip ? "1" : "4");
            }
            case UNKNOWN_SYMBOL -> {
                byte[] unknown = pick(master.unknownSymbols, r);
                symbol(unknown);
                if (ref == Ref.EXCHANGE_SYMBOL) {
                    securityId(unknown, "8");
                }
            }
            default -> {
                if (byId) {
                    MasterSample.IdRef id = pick(ref == Ref.CUSIP ? master.cusips : master.isins, r);
                    if (r.nextInt(10) > 0) {
                        symbol(id.symbol());
                    }
                    securityId(id.id(), ref == Ref.CUSIP ? "1" : "4");
                } else {
                    byte[] symbol = pick(master.symbols, r);
                    symbol(symbol);
                    if (ref == Ref.EXCHANGE_SYMBOL) {
                        securityId(symbol, "8");
                    }
                }
            }
        }
        return CHECKED | planted << 1;
    }

    /** A real master symbol other than {@code symbol}, or an unknown one when none differs. */
    private byte[] otherSymbol(byte[] symbol, SplitMix64 r) {
        for (int attempt = 0; attempt < 8; attempt++) {
            byte[] s = pick(master.symbols, r);
            // in the normal form reconcile compares (` AAPL ` is `AAPL`): else the "other" symbol may be the same
            if (!java.util.Arrays.equals(KeyTrim.of(s), KeyTrim.of(symbol))) {
                return s;
            }
        }
        return pick(master.unknownSymbols, r);
    }

    private static <T> T pick(List<T> values, SplitMix64 r) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no candidate values: the master sample is empty");
        }
        return values.get(r.nextInt(values.size()));
    }

    private void header(char msgType, boolean fromBroker, long index, long millis) {
        body.put('3');
        body.put('5');
        body.put('=');
        body.put(msgType);
        body.put(SOH);
        bytesField(49, fromBroker ? BROKER : CLIENT);
        bytesField(56, fromBroker ? CLIENT : BROKER);
        body.putInt(34);
        body.put('=');
        body.putLong(index + 1);
        body.put(SOH);
        timeField(52, millis);
    }

    private void symbol(byte[] value) {
        bytesField(55, value);
    }

    private void securityId(byte[] value, String source) {
        bytesField(48, value);
        field(22, source);
    }

    private void field(int tag, String ascii) {
        body.putInt(tag);
        body.put('=');
        for (int i = 0; i < ascii.length(); i++) {
            body.put(ascii.charAt(i));
        }
        body.put(SOH);
    }

    private void bytesField(int tag, byte[] value) {
        body.reserve(value.length + 16);
        body.putInt(tag);
        body.put('=');
        body.put(value);
        body.put(SOH);
    }

    private void id(int tag, String prefix, long number) {
        body.putInt(tag);
        body.put('=');
        for (int i = 0; i < prefix.length(); i++) {
            body.put(prefix.charAt(i));
        }
        body.putLong(Math.max(0, number));
        body.put(SOH);
    }

    private void tagInt(int tag, long value) {
        body.putInt(tag);
        body.put('=');
        body.putLong(value);
        body.put(SOH);
    }

    private void tagPrice(int tag, long cents) {
        body.putInt(tag);
        body.put('=');
        body.putFixed(cents, 2);
        body.put(SOH);
    }

    private void price(int tag, SplitMix64 r) {
        tagPrice(tag, 100 + r.nextInt(50_000));
    }

    /** A UTCTimestamp with milliseconds: {@code yyyyMMdd-HH:mm:ss.SSS}. */
    private void timeField(int tag, long epochMillis) {
        body.putInt(tag);
        body.put('=');
        long seconds = epochMillis / 1000;
        int day = (int) (seconds / 86_400);
        int second = (int) (seconds - day * 86_400L);
        body.putCompactDate(day);
        body.put('-');
        body.putPadded(second / 3600, 2);
        body.put(':');
        body.putPadded(second / 60 % 60, 2);
        body.put(':');
        body.putPadded(second % 60, 2);
        body.put('.');
        body.putPadded((int) (epochMillis % 1000), 3);
        body.put(SOH);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
