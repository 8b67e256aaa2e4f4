package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.InstrumentFields.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SymbolSfx (65) is read as the top-level instrument's, as 55 is: not from a repeating group's
 * entries; and a message's session (49, 56) is read on demand from where the message lies.
 */
class SymbolSfxFieldsTest {

    /** @return per message: "55 65 49/56", the session read again from the message's position */
    private static List<String> read(String... bodies) {
        StringBuilder log = new StringBuilder();
        for (String body : bodies) {
            log.append(Logs.message("FIX.4.4", Logs.soh(body), Logs.SOH)).append('\n');
        }
        List<String> seen = new ArrayList<>();
        InstrumentFields f = new InstrumentFields();
        SessionFields session = new SessionFields();
        FixScanner.scan(Logs.segment(log.toString()), new FixHandler() {
            @Override
            public void message(FixMessage m) {
                f.read(m);
                session.read(m.segment(), m.start(), m.bodyEnd(), m.delimiter());
                seen.add(f.value(Field.SYMBOL) + " " + f.value(Field.SYMBOL_SFX) + " " + session.sender() + "/" + session.target());
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                throw new AssertionError(malformed);
            }
        });
        return seen;
    }

    @Test
    void symbolSfxIsTheTopLevelInstrumentsAsSymbolIs() {
        assertThat(read(
                "35=D|49=BUY|56=SELL|34=1|55=BRK|65=B|48=084670702|22=1|",
                "35=D|34=2|55=BRK|54=1|38=100|65=B|",          // no 48/22: read wherever it is
                "35=V|34=3|262=R|146=1|55=BRK|65=B|",           // an entry's, not the message's
                "35=R|34=4|55=TOP|65=A|146=1|55=IN|65=B|",      // the top level's before the group
                "35=R|34=5|55=TOP|146=1|55=IN|65=B|",           // the entry's 65 is not the top level's
                "35=D|34=6|55=BRK|65= |",                       // a blank suffix is none
                "35=D|34=7|55=BRK|65=|56=SELL|"))               // nor an empty one; an empty 49 is absent
                .containsExactly(
                        "BRK B BUY/SELL",
                        "BRK B null/null",
                        "null null null/null",
                        "TOP A null/null",
                        "TOP null null/null",
                        "BRK null null/null",
                        "BRK null null/SELL");
    }

    @Test
    void aMessageNamingInstrumentsOnlyInsideAGroupIsToldApart() {
        StringBuilder log = new StringBuilder();
        String[] bodies = {
            "35=V|34=1|262=R|263=1|264=0|146=1|55=AAPL|",     // a MarketDataRequest's entry only: yes
            "35=R|34=2|131=Q|146=2|48=037833100|22=1|55=X|",   // a QuoteRequest's, by its 48: yes
            "35=E|34=3|66=L|73=1|11=A|55=IBM|54=1|",           // a NewOrderList's order: yes
            "35=W|34=4|55=EUR/USD|268=1|269=0|270=1.1|",       // top level first: no
            "35=0|34=5|",                                      // a heartbeat: no
            "35=V|34=6|262=R|146=0|",                          // a group without entries: no
            "35=V|34=7|262=R|146=1|22=1|",                     // an entry without 55 or 48: no
            "35=J|34=8|73=1|11=A|55=IBM|",                     // an allocation's orders hold no instrument: top level
        };
        for (String body : bodies) {
            log.append(Logs.message("FIX.4.4", Logs.soh(body), Logs.SOH)).append('\n');
        }
        List<String> seen = new ArrayList<>();
        InstrumentFields f = new InstrumentFields();
        FixScanner.scan(Logs.segment(log.toString()), new FixHandler() {
            @Override
            public void message(FixMessage m) {
                f.read(m);
                seen.add(f.value(Field.SYMBOL) + " " + f.instrumentInGroupsOnly());
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                throw new AssertionError(malformed);
            }
        });
        assertThat(seen).containsExactly("null true", "null true", "null true", "EUR/USD false", "null false", "null false",
                "null false", "IBM false");
    }

    @Test
    void aMultilegOrderNamingInstrumentsOnlyInItsLegsIsToldApartFromOneNamingNone() {
        // it was counted as naming no instrument, as a heartbeat is
        StringBuilder log = new StringBuilder();
        String[] bodies = {
            "35=AB|34=1|11=X|555=2|600=AAPL|624=1|602=594918104|603=1|624=2|54=1|", // legs only: in groups
            "35=AB|34=2|11=X|55=SPREAD|555=1|600=AAPL|624=1|",                     // a top-level 55 too: no
            "35=AB|34=3|11=X|555=1|600=|624=1|",                                   // an empty LegSymbol: none
        };
        for (String body : bodies) {
            log.append(Logs.message("FIXT.1.1", Logs.soh(body), Logs.SOH)).append('\n');
        }
        List<String> seen = new ArrayList<>();
        InstrumentFields f = new InstrumentFields();
        FixScanner.scan(Logs.segment(log.toString()), new FixHandler() {
            @Override
            public void message(FixMessage m) {
                f.read(m);
                seen.add(f.value(Field.SYMBOL) + " " + f.instrumentInGroupsOnly());
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                throw new AssertionError(malformed);
            }
        });
        assertThat(seen).containsExactly("null true", "SPREAD false", "null false");
    }

    @Test
    void everyOrderOf55And65And48And22InTheInstrumentsBlockIsRead() {
        // a venue may write the block's fields in any order: 65 after both 48 and 22 was not read
        String[] fields = {"55=BRK|", "65=B|", "48=084670702|", "22=1|"};
        List<String> bodies = new ArrayList<>();
        permute(fields, 0, bodies);
        assertThat(bodies).hasSize(24);
        for (String body : bodies) {
            String message = "35=D|49=BUY|56=SELL|34=1|" + body + "54=1|38=100|";
            assertThat(read(message)).as(message).containsExactly("BRK B BUY/SELL");
        }
    }

    @Test
    void aSymbolSfxIsReadThroughTheBlocksOtherFieldsButNotPastIt() {
        assertThat(read(
                "35=D|34=1|48=084670702|22=1|55=BRK|167=CS|454=1|455=US0846707026|456=4|65=B|54=1|",
                "35=D|34=2|55=BRK|48=084670702|22=1|54=1|65=B|",   // after the Side: not the block's
                "35=D|34=3|55=BRK|48=084670702|22=1|146=1|65=B|")) // an entry's, not the message's
                .containsExactly("BRK B null/null", "BRK null null/null", "BRK null null/null");
    }

    private static void permute(String[] a, int from, List<String> out) {
        if (from == a.length) {
            out.add(String.join("", a));
            return;
        }
        for (int i = from; i < a.length; i++) {
            String t = a[from];
            a[from] = a[i];
            a[i] = t;
            permute(a, from + 1, out);
            a[i] = a[from];
            a[from] = t;
        }
    }
}
