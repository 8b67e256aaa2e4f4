package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineOfOffsetTest {
    @Test
    void givesEachOffsetItsLineWhateverTheOrderAsked() {
        String text = "a\nbb\n\nccc\r\nd";
        MemorySegment log = MemorySegment.ofArray(text.getBytes(StandardCharsets.US_ASCII));
        long d = text.indexOf('d');
        long c = text.indexOf('c');
        LineOfOffset lines = new LineOfOffset(log, d, 0, c, c, text.indexOf('b'));
        assertThat(lines.of(0)).isEqualTo(1);
        assertThat(lines.of(text.indexOf('b'))).isEqualTo(2);
        assertThat(lines.of(c)).isEqualTo(4);
        assertThat(lines.of(d)).isEqualTo(5);
        assertThatThrownBy(() -> lines.of(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset 1");
    }
}
