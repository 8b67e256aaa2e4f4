package io.chunkwise.loader.generate;

import static io.chunkwise.loader.generate.Vocabulary.*;

import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;

/**
 * Encodes security-master rows. Every row is a pure function of {@code (seed, row index)}: the
 * row's own stream of random numbers, plus stateless decisions (is it a duplicate, a second
 * listing, a planted error) that other rows can recompute. So blocks of rows can be made in any
 * order by any number of threads and the file is the same. One instance per thread.
 */
final class SecMasterRows {
    /** Row flag: repeats an earlier row's CUSIP and ISIN. */
    static final int DUPLICATE = 1;
    /** Row flag: the CUSIP's check digit is wrong. */
    static final int BAD_CUSIP = 2;
    /** Row flag: the ISIN's check digit is wrong. */
    static final int BAD_ISIN = 4;
    /** Row flags above this shift count the fields that needed quoting. */
    static final int QUOTED_SHIFT = 8;
    /** Generous bound on one row's bytes, for buffer sizing. */
    static final int MAX_ROW_BYTES = 1024;

    private static final long SALT_KIND = 1;
    private static final long SALT_BAD_KIND = 2;
    private static final long SALT_SHARED = 3;
    private static final long SALT_TARGET = 4;
    private static final long SALT_PRIVATE = 5;
    private static final long SALT_ISSUER = 0x155_0E4L;

    private static final byte[] CUSIP_CHARS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*@#".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long CUSIP_SPACE_MASK = SecMasterSpec.MAX_ROWS - 1;
    private static final double PRIVATE_PLACEMENT_RATE = 0.005;
    private static final int DATE_LENGTH = 10;
    private static final int TARGET_WINDOW = 100_000;
    private static final int FIRST_ISSUE_DAY = 5479;      // 1985-01-01
    private static final int ISSUE_DAYS = 14_975;          // to 2025-12-31
    private static final int UPDATED_DAY = 20_454;         // 2026-01-01
    /** Every date a row can hold (issue 1985 to maturity ~2057), pre-formatted: no date arithmetic per row. */
    private static final int LAST_DAY = FIRST_ISSUE_DAY + ISSUE_DAYS + 365 * 31;
    private static final byte[] DATES = formatDates();
    private static final byte[][] TICKS = {
        "0.01".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "0.005".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "0.0001".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
    };

    private final long seed;
    private final double duplicateRate;
    private final double invalidRate;
    private final double sharedRate;
    private final double nameQuoteProbability;
    private final double descriptionQuoteProbability;
    private final SplitMix64 rowRandom = new SplitMix64(0);
    private final SplitMix64 issuerRandom = new SplitMix64(0);
    private final byte[] symbol = new byte[8];
    private int symbolLength;
    private int first;
    private int second;
    private int suffix;
    private int country;

    SecMasterRows(SecMasterSpec spec) {
        this.seed = spec.seed();
        this.duplicateRate = spec.duplicateRate();
        this.invalidRate = spec.invalidCheckDigitRate();
        this.sharedRate = spec.sharedSymbolRate();
        // Two of the 21 fields can need quoting (name, description): split the rate between them.
        double perField = spec.quoteRate() * 21 / 2;
        this.nameQuoteProbability = Math.min(1, perField);
        this.descriptionQuoteProbability = Math.min(1, perField);
    }

    /**
     * Appends one row, newline included.
     *
     * @param row the row index, from 0
     * @param out where to write (room for {@link #MAX_ROW_BYTES} is reserved here)
     * @return the row's flags and quoted-field count
     */
    int encode(long row, ByteSink out) {
        if (row >= SecMasterSpec.MAX_ROWS) {
            throw new IllegalArgumentException("at most " + SecMasterSpec.MAX_ROWS + " rows have unique CUSIPs");
        }
        out.reserve(MAX_ROW_BYTES);
        int kind = kind(row);
        long identityRow = kind == DUPLICATE ? duplicateSource(row) : row;
        long issuer = issuerOf(identityRow);
        int exchange = exchangeOf(identityRow, issuer);
        loadIssuer(issuer);
        SplitMix64 r = rowRandom.reset(seed, row);
        int flags = kind;

        // cusip, isin
        int cusipAt = out.size();
        putCusipBase(identityRow, out);
        byte check = Cusip.checkDigit(out.array(), cusipAt);
        out.put(kind == BAD_CUSIP ? wrongDigit(check, r) : check);
        out.put(',');
        int isinAt = out.size();
        putIsinBase(identityRow, cusipAt, out);
        check = Isin.checkDigit(out.array(), isinAt);
        out.put(kind == BAD_ISIN ? wrongDigit(check, r) : check);
        out.put(',');

        // symbol, name
        out.put(symbol, 0, symbolLength);
        out.put(',');
        if (r.chance(nameQuoteProbability)) {
            putQuotedName(r.nextInt(20), out);
            flags += 1 << QUOTED_SHIFT;
        } else {
            putName(out);
        }
        out.put(',');

        // exchange, currency, country
        out.put(Fragments.EXCHANGE_COLUMNS[exchange][country]);

        // security_type, sector, industry
        int type = r.nextInt(SECURITY_TYPES.length);
        boolean bond = type >= FIRST_BOND;
        out.put(Fragments.TYPE_COLUMN[type]);
        int sector = (int) Long.remainderUnsigned(SplitMix64.hash(seed, issuer, SALT_ISSUER + 1), SECTORS.length);
        byte[][] industries = INDUSTRIES[sector];
        int industry = (int) Long.remainderUnsigned(SplitMix64.hash(seed, issuer, SALT_ISSUER + 2), industries.length);
        out.put(Fragments.SECTOR_INDUSTRY_COLUMNS[sector][industry]);

        // issue_date, maturity_date, coupon_pct
        int issueDay = FIRST_ISSUE_DAY + r.nextInt(ISSUE_DAYS);
        putDate(issueDay, out);
        out.put(',');
        if (bond) {
            putDate(issueDay + 365 * (2 + r.nextInt(29)) + r.nextInt(365), out);
            out.put(',');
            out.putFixed(500 + 125L * r.nextInt(61), 3);
        } else {
            out.put(',');
        }
        out.put(',');

        // lot_size, tick_size
        int lot = r.nextInt(10);
        out.putLong(lot < 8 ? 100 : lot == 8 ? 10 : 1);
        out.put(',');
        int tick = r.nextInt(10);
        out.put(TICKS[tick < 8 ? 0 : tick - 8]);
        out.put(',');

        // shares_outstanding, market_cap, last_price
        long shares = (long) Math.exp(13.8 + r.nextDouble() * 9.9);   // 1e6 .. 2e10
        long cents = bond ? 8_000 + r.nextInt(4_001) : (long) Math.exp(4.6 + r.nextDouble() * 8.5); // $1 .. $4900
        out.putLong(shares);
        out.put(',');
        out.putLong(shares / 100 * cents + shares % 100 * cents / 100);
        out.put(',');
        out.putFixed(cents, 2);
        out.put(',');

        // status
        out.put(STATUSES[r.nextInt(STATUSES.length)]);
        out.put(',');

        // description
        boolean quoteDescription = r.chance(descriptionQuoteProbability);
        if (quoteDescription) {
            out.put('"');
            flags += 1 << QUOTED_SHIFT;
        }
        out.put(Fragments.TYPE_OF[type]);
        putName(out);
        out.put(Fragments.COUNTRY_CLAUSE[country]);
        out.put(Fragments.INDUSTRY_CLAUSE[sector][industry]);
        out.put(Fragments.EXCHANGE_SINCE[exchange]);
        putDate(issueDay, out);
        if (quoteDescription) {
            out.put(COMMA_CLAUSE);
        }
        out.put(PERIOD);
        if (quoteDescription) {
            out.put('"');
        }
        out.put(',');

        // updated_at
        int updatedDay = UPDATED_DAY + r.nextInt(300);
        int second = r.nextInt(86_400);
        putDate(updatedDay, out);
        out.put('T');
        out.putPadded(second / 3600, 2);
        out.put(':');
        out.putPadded(second / 60 % 60, 2);
        out.put(':');
        out.putPadded(second % 60, 2);
        out.put('Z');
        out.put('\n');
        return flags;
    }

    /** @return {@link #DUPLICATE}, {@link #BAD_CUSIP}, {@link #BAD_ISIN} or 0 for a plain row */
    int kind(long row) {
        if (row == 0) {
            return 0;
        }
        double u = SplitMix64.unit(SplitMix64.hash(seed, row, SALT_KIND));
        if (u < duplicateRate) {
            return DUPLICATE;
        }
        if (u < duplicateRate + invalidRate) {
            return (SplitMix64.hash(seed, row, SALT_BAD_KIND) & 1) == 0 ? BAD_CUSIP : BAD_ISIN;
        }
        return 0;
    }

    /** A duplicate copies a plain row's identity: the nearest plain row at or before a random earlier one. */
    private long duplicateSource(long row) {
        long back = Long.remainderUnsigned(SplitMix64.hash(seed, row, SALT_TARGET), Math.min(row, TARGET_WINDOW));
        long j = row - 1 - back;
        while (kind(j) != 0) {
            j--; // row 0 is plain, so this ends
        }
        return j;
    }

    private boolean isSecondListing(long row) {
        return row > 0 && SplitMix64.unit(SplitMix64.hash(seed, row, SALT_SHARED)) < sharedRate;
    }

    /** The issuer (symbol, name, country) of a non-duplicate row: its own, or a base row's for a second listing. */
    private long issuerOf(long row) {
        if (!isSecondListing(row)) {
            return row;
        }
        long back = Long.remainderUnsigned(SplitMix64.hash(seed, row, SALT_TARGET), Math.min(row, TARGET_WINDOW));
        long j = row - 1 - back;
        while (isSecondListing(j) || kind(j) == DUPLICATE) {
            j--; // row 0 is a base row, so this ends
        }
        return j;
    }

    /** A base row lists at its issuer's home exchange; a second listing anywhere else. */
    private int exchangeOf(long row, long issuer) {
        int home = homeExchange(issuer);
        if (row == issuer) {
            return home;
        }
        int other = (int) Long.remainderUnsigned(SplitMix64.hash(seed, row, SALT_SHARED + 100), EXCHANGES.length - 1);
        return (home + 1 + other) % EXCHANGES.length;
    }

    private int homeExchange(long issuer) {
        long h = SplitMix64.hash(seed, issuer, SALT_ISSUER + 3);
        boolean canadian = countryOf(issuer) == 1;
        return canadian ? 6 + (int) ((h >>> 1) & 1) : (int) Long.remainderUnsigned(h, 6);
    }

    private int countryOf(long issuer) {
        return SplitMix64.unit(SplitMix64.hash(seed, issuer, SALT_ISSUER + 4)) < 0.85 ? 0 : 1;
    }

    private void loadIssuer(long issuer) {
        SplitMix64 r = issuerRandom.reset(seed ^ SALT_ISSUER, issuer);
        int lengthDraw = r.nextInt(100);
        symbolLength = lengthDraw < 2 ? 1 : lengthDraw < 10 ? 2 : lengthDraw < 40 ? 3 : lengthDraw < 85 ? 4 : 5;
        for (int i = 0; i < symbolLength; i++) {
            symbol[i] = (byte) ('A' + r.nextInt(26));
        }
        first = r.nextInt(NAME_FIRST.length);
        second = r.nextInt(NAME_SECOND.length);
        suffix = r.nextInt(NAME_SUFFIX.length);
        country = countryOf(issuer);
    }

    private void putName(ByteSink out) {
        out.put(NAME_FIRST[first]);
        out.put(' ');
        out.put(NAME_SECOND[second]);
        out.put(' ');
        out.put(NAME_SUFFIX[suffix]);
    }

    /** A name that needs quoting: 50% a comma, 20% embedded quotes, 15% LF, 15% CRLF. */
    private void putQuotedName(int variant, ByteSink out) {
        out.put('"');
        if (variant < 10) {
            out.put(NAME_FIRST[first]);
            out.put(' ');
            out.put(NAME_SECOND[second]);
            out.put(',');
            out.put(' ');
            out.put(NAME_COMMA_SUFFIX[suffix % NAME_COMMA_SUFFIX.length]);
        } else if (variant < 14) {
            out.put(NAME_FIRST[first]);
            out.put(' ');
            out.put('"');
            out.put('"');
            out.put(NAME_SECOND[second]);
            out.put('"');
            out.put('"');
            out.put(' ');
            out.put(NAME_SUFFIX[suffix]);
        } else {
            out.put(NAME_FIRST[first]);
            out.put(' ');
            out.put(NAME_SECOND[second]);
            if (variant >= 17) {
                out.put('\r');
            }
            out.put('\n');
            out.put(NAME_SUFFIX[suffix]);
        }
        out.put('"');
    }

    /**
     * Writes the eight base characters of row {@code row}'s CUSIP, a bijection of the row index
     * mixed within 35 bits. Most rows: three digits then five alphanumerics. Private placements
     * (about 0.5% of rows): seven alphanumerics then one of {@code * @ #}, a disjoint space.
     */
    private void putCusipBase(long row, ByteSink out) {
        long x = (row + seed) & CUSIP_SPACE_MASK;
        x = (x * 0x5DEECE66DL + 0xB) & CUSIP_SPACE_MASK;   // odd multiplier: bijective mod 2^35
        x ^= x >>> 17;
        x = (x * 0x2545F4914F6CDD1DL) & CUSIP_SPACE_MASK;
        x ^= x >>> 13;
        byte[] b = out.array();
        int at = out.size();
        if (isPrivatePlacement(row)) {
            b[at + 7] = CUSIP_CHARS[36 + (int) (x % 3)];  // 3 * 36^7 > 2^35: still injective
            x /= 3;
            for (int i = 6; i >= 0; i--) {
                b[at + i] = CUSIP_CHARS[(int) (x % 36)];
                x /= 36;
            }
        } else {
            for (int i = 7; i >= 3; i--) {                 // 10^3 * 36^5 > 2^35
                b[at + i] = CUSIP_CHARS[(int) (x % 36)];
                x /= 36;
            }
            for (int i = 2; i >= 0; i--) {
                b[at + i] = CUSIP_CHARS[(int) (x % 10)];
                x /= 10;
            }
        }
        out.skip(Cusip.BASE_LENGTH); // written in place above
    }

    /**
     * Writes the ISIN's first eleven characters: the country and the CUSIP, or for a private
     * placement (whose {@code * @ #} an ISIN cannot hold) {@code XS}, the CUSIP's first seven
     * characters and the index of its special character.
     */
    private void putIsinBase(long row, int cusipAt, ByteSink out) {
        byte[] b = out.array();
        if (isPrivatePlacement(row)) {
            out.put('X');
            out.put('S');
            out.put(b, cusipAt, 7);
            byte special = b[cusipAt + 7];
            out.put(special == '*' ? '0' : special == '@' ? '1' : '2');
            out.put(b[cusipAt + 8]);
        } else {
            out.put(COUNTRIES[country]);
            out.put(b, cusipAt, Cusip.LENGTH);
        }
    }

    private boolean isPrivatePlacement(long row) {
        return SplitMix64.unit(SplitMix64.hash(seed, row, SALT_PRIVATE)) < PRIVATE_PLACEMENT_RATE;
    }

    private static byte[] formatDates() {
        ByteSink sink = new ByteSink((LAST_DAY - FIRST_ISSUE_DAY + 1) * DATE_LENGTH);
        for (int day = FIRST_ISSUE_DAY; day <= LAST_DAY; day++) {
            sink.putDate(day);
        }
        return java.util.Arrays.copyOf(sink.array(), sink.size());
    }

    private static void putDate(int epochDay, ByteSink out) {
        out.put(DATES, (epochDay - FIRST_ISSUE_DAY) * DATE_LENGTH, DATE_LENGTH);
    }

    private static byte wrongDigit(byte check, SplitMix64 r) {
        return (byte) ('0' + (check - '0' + 1 + r.nextInt(9)) % 10);
    }
}
