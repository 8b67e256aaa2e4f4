package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class SwarTest {
    /** The oracle: the unsigned bytes' sum modulo 256, one byte at a time. */
    private static int sum(byte[] bytes, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += bytes[i] & 0xFF;
        }
        return total & 0xFF;
    }

    @Test
    void sumNotingLineFeedIsTheByteSumAndFlagsALineFeedAnywhere() {
        byte[] bytes = new byte[1200];
        for (int i = 0; i < bytes.length; i++) {
            byte b = (byte) (i * 31 + 7);
            bytes[i] = b == '\n' ? (byte) 'y' : b;
        }
        MemorySegment s = MemorySegment.ofArray(bytes);
        for (int from : new int[] {0, 3}) {
            for (int to = from; to <= bytes.length; to += to < 40 ? 1 : 97) {
                assertThat(Swar.sumNotingLineFeed(s, from, to)).as("%d..%d", from, to).isEqualTo(sum(bytes, from, to));
                for (int lf = from; lf < to; lf += to - from < 40 ? 1 : 13) {
                    byte kept = bytes[lf];
                    bytes[lf] = '\n';
                    assertThat(Swar.sumNotingLineFeed(s, from, to)).as("%d..%d, LF at %d", from, to, lf)
                            .isEqualTo(sum(bytes, from, to) | Swar.LINE_FEED);
                    bytes[lf] = kept;
                }
            }
        }
    }
}
