package io.chunkwise.loader.recon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Symbols that name one security in two forms: in another letter case ({@code aapl}, {@code AAPL})
 * or with another separator before a share class ({@code BRK.B}, {@code BRK B}, {@code BRK/B},
 * {@code BRK-B}, {@code BRK_B}: exchanges, CMS and data vendors each write their own). Reconciliation
 * compares bytes, so these are discrepancies; a run names them, so a master and a log that write
 * symbols in different forms are not taken for thousands of unknown securities.
 */
final class SymbolForms {
    private static final byte[] SEPARATORS = {'.', ' ', '/', '-', '_'};

    private SymbolForms() {
    }

    /** @return whether the two differ, but only in ASCII letter case or in which separator they use */
    static boolean alike(byte[] a, byte[] b) {
        if (a.length != b.length || Arrays.equals(a, b)) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (fold(a[i]) != fold(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param symbol a symbol's bytes
     * @return its other forms, each differing from it: upper and lower case, and each separator it
     *     holds written as each other one (in each case)
     */
    static List<byte[]> variants(byte[] symbol) {
        List<byte[]> forms = new ArrayList<>();
        boolean separated = false;
        for (byte b : symbol) {
            separated |= isSeparator(b);
        }
        for (int letterCase = 0; letterCase < 3; letterCase++) {
            byte[] cased = symbol.clone();
            for (int i = 0; i < cased.length; i++) {
                cased[i] = letterCase == 1 ? upper(cased[i]) : letterCase == 2 ? lower(cased[i]) : cased[i];
            }
            add(forms, cased, symbol);
            for (int s = 0; separated && s < SEPARATORS.length; s++) {
                byte[] other = cased.clone();
                for (int i = 0; i < other.length; i++) {
                    other[i] = isSeparator(other[i]) ? SEPARATORS[s] : other[i];
                }
                add(forms, other, symbol);
            }
        }
        return forms;
    }

    /**
     * A message's 55 with its 65 ({@code 55=brk|65=b}), in the two shapes a master may hold them in
     * another form: joined by a separator ({@code brk.b}, which {@link #alike} and {@link #variants}
     * read as joined by any) and joined by none ({@code brkb}). Made only for a discrepancy.
     *
     * @param symbol 55's bytes
     * @param suffix 65's bytes
     * @return the two joined forms
     */
    static List<byte[]> joined(byte[] symbol, byte[] suffix) {
        byte[] dotted = new byte[symbol.length + 1 + suffix.length];
        System.arraycopy(symbol, 0, dotted, 0, symbol.length);
        dotted[symbol.length] = '.';
        System.arraycopy(suffix, 0, dotted, symbol.length + 1, suffix.length);
        byte[] plain = new byte[symbol.length + suffix.length];
        System.arraycopy(symbol, 0, plain, 0, symbol.length);
        System.arraycopy(suffix, 0, plain, symbol.length, suffix.length);
        return List.of(dotted, plain);
    }

    private static void add(List<byte[]> forms, byte[] form, byte[] symbol) {
        if (Arrays.equals(form, symbol)) {
            return;
        }
        for (byte[] f : forms) {
            if (Arrays.equals(f, form)) {
                return;
            }
        }
        forms.add(form);
    }

    private static int fold(byte b) {
        return isSeparator(b) ? '.' : upper(b);
    }

    private static boolean isSeparator(byte b) {
        for (byte s : SEPARATORS) {
            if (b == s) {
                return true;
            }
        }
        return false;
    }

    private static byte upper(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
