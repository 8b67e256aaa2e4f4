package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FixTextTest {
    @Test
    void utf8IsDecodedAndOtherBytesAreShownNotGarbled() {
        assertThat(text("ÄBC".getBytes(StandardCharsets.UTF_8))).isEqualTo("ÄBC");
        assertThat(text("BRK/B".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BRK/B");
        // Latin-1 ÄBC: not UTF-8, so it must not print as the UTF-8 ÄBC it differs from
        assertThat(text("ÄBC".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("\\xC4BC");
        assertThat(text(new byte[] {'A', (byte) 0xFF, (byte) 0x80})).isEqualTo("A\\xFF\\x80");
    }

    @Test
    void aMessagesInstrumentFieldsReadAsText() {
        // Logs builds messages a char per byte: the UTF-8 bytes of ÄBC, one char each
        String utf8Symbol = new String("ÄBC".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        MemorySegment s = Logs.segment(Logs.message("FIX.4.4", "35=D|34=7|55=" + utf8Symbol + "|48=X|22=8|", '|'));
        String[] symbol = new String[1];
        FixScanner.scan(s, ScanOptions.serial(), () -> new FixHandler() {
            private final InstrumentFields fields = new InstrumentFields();

            @Override
            public void message(FixMessage m) {
                symbol[0] = fields.read(m).value(InstrumentFields.Field.SYMBOL);
            }

            @Override
            public void malformed(MalformedMessage bad) {
                symbol[0] = "malformed: " + bad.reason();
            }

        }, (FixHandler h, ChunkStats stats) -> { });
        assertThat(symbol[0]).isEqualTo("ÄBC");
    }

    private static String text(byte[] bytes) {
        return FixText.of(MemorySegment.ofArray(bytes), 0, bytes.length);
    }
}
