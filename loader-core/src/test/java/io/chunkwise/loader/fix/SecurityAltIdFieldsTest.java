package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.InstrumentFields.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The top-level instrument's SecurityAltID group (454): its first entry whose source (456) is a
 * CUSIP (1) or ISIN (4) is read, wherever the instrument's block puts the group; not an entry of
 * another source, not a blank id, and not a group inside a repeating group's entries.
 */
class SecurityAltIdFieldsTest {

    /** @return per message: "455 456" */
    private static List<String> read(String... bodies) {
        StringBuilder log = new StringBuilder();
        for (String body : bodies) {
            log.append(Logs.message("FIX.4.4", Logs.soh(body), Logs.SOH)).append('\n');
        }
        List<String> seen = new ArrayList<>();
        InstrumentFields f = new InstrumentFields();
        FixScanner.scan(Logs.segment(log.toString()), new FixHandler() {
            @Override
            public void message(FixMessage m) {
                f.read(m);
                seen.add(f.value(Field.SECURITY_ALT_ID) + " " + f.value(Field.SECURITY_ALT_ID_SOURCE));
            }

            @Override
            public void malformed(MalformedMessage malformed) {
                throw new AssertionError(malformed);
            }
        });
        return seen;
    }

    @Test
    void theFirstCusipOrIsinEntryOfTheTopLevelInstrumentIsRead() {
        assertThat(read(
                "35=D|34=1|55=BP|48=0798059|22=2|454=2|455=BP.L|456=5|455=GB0007980591|456=4|54=1|",
                "35=D|34=2|55=BP|65=A|48=0798059|22=2|454=1|455=055622104|456= 1|",  // the source's key: 1
                "35=D|34=3|48=0798059|22=2|454=1|455=BP.L|456=5|",                 // a RIC only: none
                "35=D|34=4|48=0798059|22=2|454=1|455= |456=4|",                    // a blank id: none
                "35=D|34=5|48=0798059|22=2|146=1|454=1|455=GB0007980591|456=4|",   // an entry's: not the message's
                "35=D|34=6|55=BP|48=0798059|22=2|54=1|454=1|455=GB0007980591|456=4|", // past the block: not read
                "35=D|34=7|48=0798059|22=2|54=1|454=1|455=GB0007980591|456=4|"))  // no 55: walked to its end, as for 65
                .containsExactly("GB0007980591 4", "055622104  1", "null null", "null null", "null null", "null null",
                        "GB0007980591 4");
    }
}
