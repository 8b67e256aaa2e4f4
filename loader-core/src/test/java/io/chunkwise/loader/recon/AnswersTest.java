package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswersTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the answer holds {@code symbol}, asked with the symbol amid a log and at the very end of one. */
    private static boolean holds(Answers a, String symbol) {
        byte[] inLog = utf8("55=" + symbol + "\u0001" + "x".repeat(20));
        byte[] atEnd = utf8("55=" + symbol);
        int n = utf8(symbol).length;
        boolean amid = a.hasSymbol(0, MemorySegment.ofArray(inLog), 3, 3 + n);
        boolean last = a.hasSymbol(0, MemorySegment.ofArray(atEnd), 3, 3 + n);
        assertThat(last).as("the same answer wherever the symbol lies").isEqualTo(amid);
        return amid;
    }

    @Test
    void keepsOneShortSymbolInWordsAndComparesItExactly() {
        Answers a = new Answers(1);
        for (String symbol : new String[] {"", "A", "IBM", "BRK.B", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHIJKLMNOP", "ÄBC€"}) {
            a.setSymbols(0, new byte[][] {utf8(symbol)});
            assertThat(a.state[0]).isEqualTo(Answers.ONE);
            assertThat(a.many[0]).isNull();
            assertThat(a.firstSymbol(0)).isEqualTo(symbol);
            assertThat(holds(a, symbol)).as(symbol).isTrue();
            assertThat(holds(a, symbol + "X")).isFalse();
            if (!symbol.isEmpty()) {
                assertThat(holds(a, symbol.substring(1))).isFalse();
                assertThat(holds(a, symbol.substring(0, symbol.length() - 1) + "\u0001")).isFalse();
            }
        }
    }

    @Test
    void keepsSeveralOrLongSymbolsAsTheyAre() {
        Answers a = new Answers(1);
        a.setSymbols(0, new byte[][] {utf8("ABCDEFGHIJKLMNOPQ")});
        assertThat(a.state[0]).isEqualTo(Answers.MANY);
        assertThat(holds(a, "ABCDEFGHIJKLMNOPQ")).isTrue();
        assertThat(holds(a, "ABCDEFGHIJKLMNOP")).isFalse();
        a.setSymbols(0, new byte[][] {utf8("RDS.A"), utf8("RDSA")});
        assertThat(a.state[0]).isEqualTo(Answers.MANY);
        assertThat(holds(a, "RDSA")).isTrue();
        assertThat(holds(a, "RDS.A")).isTrue();
        assertThat(holds(a, "RDS")).isFalse();
        assertThat(a.firstSymbol(0)).isEqualTo("RDS.A");
        assertThat(a.symbols(0)).as("a discrepancy row shows them all").isEqualTo("RDS.A|RDSA");
        a.setSymbols(0, new byte[0][]);
        assertThat(a.state[0]).isEqualTo(Answers.ABSENT);
        assertThat(a.many[0]).isNull();
    }
}
