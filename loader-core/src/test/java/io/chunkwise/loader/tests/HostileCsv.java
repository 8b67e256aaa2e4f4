package io.chunkwise.loader.tests;

import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Generates CSV files with every construct a scanner can trip on, from a seed. */
final class HostileCsv {
    static final String HEADER = "id,CUSIP,isin,Ticker,name,note";
    private static final String[] SYMBOLS = {"AAPL", "MSFT", "IBM", "VOD", "BP", "SAP", "7203", "Ωmega"};
    private static final String[] WORDS = {"plain", "with,comma", "say \"hi\"", "two\nlines", "crlf\r\nlines",
        "é", "日本語", "😀 emoji", "", " spaced ", "\"", "a\rb"};

    private final Random random;
    private final boolean crlf;
    private final int hugeEvery;

    HostileCsv(long seed) {
        this.random = new Random(seed);
        this.crlf = random.nextBoolean();
        this.hugeEvery = 5 + random.nextInt(40);
    }

    byte[] generate(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        write(out, HEADER + eol());
        for (int i = 0; i < rows; i++) {
            int blank = random.nextInt(12);
            if (blank == 0) {
                write(out, "\n");
            } else if (blank == 1) {
                write(out, "\r\n");
            }
            StringBuilder row = new StringBuilder();
            int fields = 6;
            int ragged = random.nextInt(25);
            if (ragged == 0) {
                fields = 5;
            } else if (ragged == 1) {
                fields = 7;
            } else if (ragged == 2) {
                fields = 1;
            }
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    row.append(',');
                }
                row.append(field(i, f));
            }
            boolean last = i == rows - 1;
            write(out, row + (last && random.nextBoolean() ? "" : eol()));
        }
        return out.toByteArray();
    }

    private String eol() {
        return crlf ^ random.nextInt(5) == 0 ? "\r\n" : "\n";
    }

    private String field(int row, int f) {
        return switch (f) {
            case 0 -> Integer.toString(row);
            case 1 -> maybeQuote(cusip());
            case 2 -> maybeQuote(isin());
            case 3 -> maybeQuote(random.nextInt(20) == 0 ? "" : SYMBOLS[random.nextInt(SYMBOLS.length)]);
            default -> text(row);
        };
    }

    private String cusip() {
        int k = random.nextInt(10);
        if (k == 0) {
            return "037833100"; // a duplicate key
        }
        String base = String.format("%08d", random.nextInt(100_000_000)).replace('5', 'A');
        String c = Cusip.withCheckDigit(base);
        return k == 1 ? c.substring(0, 8) + (char) ('0' + (c.charAt(8) - '0' + 1) % 10) : c;
    }

    private String isin() {
        int k = random.nextInt(10);
        if (k == 0) {
            return "US0378331005";
        }
        String i = Isin.fromCusip("US", Cusip.withCheckDigit(String.format("%08d", random.nextInt(100_000_000))));
        return k == 1 ? i.substring(0, 11) + (char) ('0' + (i.charAt(11) - '0' + 3) % 10) : i;
    }

    private String text(int row) {
        int k = random.nextInt(30);
        if (row % hugeEvery == 0 && random.nextBoolean()) {
            StringBuilder b = new StringBuilder();
            int n = 2000 + random.nextInt(6000);
            while (b.length() < n) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            return quote(b.toString());
        }
        return switch (k) {
            case 0 -> "unq\"uoted";             // stray quote in an unquoted field
            case 1 -> "\"closed\"tail";          // text after the closing quote
            case 2 -> "\"x\"y\"z";               // stray quote after the closing quote
            case 3 -> "\"\"";                    // quoted empty
            case 4 -> "\"" + "\"\"" + "\"";      // a lone escaped quote
            case 5 -> "\"Apple" + eol() + "MSFT,Micro\"soft";     // stray quotes joining two lines
            case 6 -> "\"Apple" + eol() + "MSFT,Micro\"soft,x";   // the same, and a field too many
            default -> {
                String w = WORDS[random.nextInt(WORDS.length)];
                boolean needs = w.contains(",") || w.contains("\"") || w.contains("\n") || w.contains("\r");
                yield needs ? quote(w) : maybeQuote(w);
            }
        };
    }

    private String maybeQuote(String s) {
        return random.nextInt(4) == 0 ? quote(s) : s;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
