package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The bar keeps its width from the first frame to the last, and leaves nothing behind. */
class ProgressLineTest {
    private static final long MB = 1_000_000L;

    @Test
    void everyFrameHasTheSameWidthAndTheSameBarAndCountsDecimalMegabytes() {
        ProgressLine line = ProgressLine.bytes();
        long total = 99 * MB + 12345;
        String first = line.frame("index", 0, total, Duration.ofMillis(1_001), 100);
        assertThat(first).startsWith("index   0% [").contains("  0/99 MB").contains("0:00:01 elapsed")
                .contains("?:??:?? left");
        int bar = first.indexOf(']') - first.indexOf('[');
        LongStream.of(1, 70 * MB, 98 * MB, total - 1, total, total + MB).forEach(done -> {
            String f = line.frame("index", done, total, Duration.ofMillis(1_000 + done / 100_000), 100);
            assertThat(f).as(f).hasSize(first.length());
            assertThat(f.indexOf(']') - f.indexOf('[')).isEqualTo(bar);
        });
        String half = line.frame("index", 50 * MB, 100 * MB, Duration.ofSeconds(2), 100);
        assertThat(half).contains(" 50% [").contains(" 50/100 MB").contains(" 0:00:02 elapsed   0:00:02 left")
                .contains(" 25.0MB/s");
        assertThat(line.frame("index", total, total, Duration.ofSeconds(3), 100)).contains("100% [====")
                .contains("99/99 MB").contains("0:00:00 left");
    }

    @Test
    void itemsAreCountedWithSeparatorsAndTimesPastAnHourKeepTheirForm() {
        String f = new ProgressLine(" samples", 1).frame("iterate", 1_234_567, 2_000_000, Duration.ofSeconds(3_725), 120);
        assertThat(f).contains("1,234,567/2,000,000 samples").contains("1:02:05 elapsed").contains("samples/s");
    }

    @Test
    void aNarrowTerminalGetsAFrameThatFitsOnOneLine() {
        // a frame wider than the terminal wraps, and the carriage return that redraws it goes back
        // only to the start of its last row: every frame would leave rows behind
        String f = ProgressLine.bytes().frame("index", 45 * MB, 99 * MB, Duration.ofSeconds(1), 30);
        assertThat(f).hasSizeLessThan(30).startsWith("index  45% [");
    }

    @Test
    void theLastFrameIsErasedAndNoLineIsAdded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressConsole console = new ProgressConsole(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        console.accept("index  99% [==  ]");
        console.clear();
        console.close();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\rindex  99%").endsWith("\r").doesNotContain("\n");
        assertThat(out.substring(out.lastIndexOf("]") + 1).strip()).isEmpty();
    }
}
