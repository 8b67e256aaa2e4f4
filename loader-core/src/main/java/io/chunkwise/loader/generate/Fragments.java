package io.chunkwise.loader.generate;

import static io.chunkwise.loader.generate.Vocabulary.*;

/**
 * Pre-joined pieces of security-master rows (e.g. {@code XNYS,USD,US,} or
 * {@code "; operates in Software within the Information Technology sector. Primary listing on "}):
 * one copy per piece instead of one per word keeps the row encoder fast.
 */
final class Fragments {
    /** {@code exchange,currency,country,} by exchange and country. */
    static final byte[][][] EXCHANGE_COLUMNS = new byte[EXCHANGES.length][COUNTRIES.length][];
    /** {@code security_type,} by type. */
    static final byte[][] TYPE_COLUMN = new byte[SECURITY_TYPES.length][];
    /** {@code sector,industry,} by sector and industry. */
    static final byte[][][] SECTOR_INDUSTRY_COLUMNS = new byte[SECTORS.length][][];
    /** The description's opening, {@code "Common Stock of "}, by type. */
    static final byte[][] TYPE_OF = new byte[SECURITY_TYPES.length][];
    /** {@code " incorporated in Canada; operates in "} by country. */
    static final byte[][] COUNTRY_CLAUSE = new byte[COUNTRIES.length][];
    /** {@code "Software within the … sector. Primary listing on "} by sector and industry. */
    static final byte[][][] INDUSTRY_CLAUSE = new byte[SECTORS.length][][];
    /** {@code "Nasdaq since "} by exchange. */
    static final byte[][] EXCHANGE_SINCE = new byte[EXCHANGES.length][];

    static {
        for (int e = 0; e < EXCHANGES.length; e++) {
            for (int c = 0; c < COUNTRIES.length; c++) {
                EXCHANGE_COLUMNS[e][c] = join(EXCHANGES[e], COMMA, EXCHANGE_CURRENCY[e], COMMA, COUNTRIES[c], COMMA);
            }
            EXCHANGE_SINCE[e] = join(EXCHANGE_NAMES[e], SINCE);
        }
        for (int t = 0; t < SECURITY_TYPES.length; t++) {
            TYPE_COLUMN[t] = join(SECURITY_TYPES[t], COMMA);
            TYPE_OF[t] = join(SECURITY_TYPES[t], OF);
        }
        for (int c = 0; c < COUNTRIES.length; c++) {
            COUNTRY_CLAUSE[c] = join(INCORPORATED, COUNTRY_NAMES[c], OPERATES);
        }
        for (int s = 0; s < SECTORS.length; s++) {
            byte[][] industries = INDUSTRIES[s];
            SECTOR_INDUSTRY_COLUMNS[s] = new byte[industries.length][];
            INDUSTRY_CLAUSE[s] = new byte[industries.length][];
            for (int i = 0; i < industries.length; i++) {
                SECTOR_INDUSTRY_COLUMNS[s][i] = join(SECTORS[s], COMMA, industries[i], COMMA);
                INDUSTRY_CLAUSE[s][i] = join(industries[i], WITHIN, SECTORS[s], SECTOR);
            }
        }
    }

    private Fragments() {
    }

    private static byte[] join(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
