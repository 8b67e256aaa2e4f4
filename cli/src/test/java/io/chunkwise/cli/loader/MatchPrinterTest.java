package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvHeader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text printer escapes a long value window by window exactly as it would escape it whole. */
class MatchPrinterTest {
    @Test
    void aValueLongerThanAWindowPrintsAsTheWholeValueEscaped() {
        StringBuilder v = new StringBuilder();
        v.append("x".repeat(MatchPrinter.Text.WINDOW - 1)).append("\uD83D\uDE00"); // a pair across the window's end
        v.append("a\tb\r\n\u0001").append("y".repeat(3 * MatchPrinter.Text.WINDOW)).append('\u0085');
        String value = v.toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MatchPrinter.Text printer = new MatchPrinter.Text(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printer.match("cusip:037833100", 40, List.of("cusip", "desc"), List.of("037833100", value));
        printer.end();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("cusip 037833100 @ byte 40\n  cusip: 037833100\n  desc: "
                + CsvHeader.printable(value) + "\n");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("x\uD83D\uDE00a\\x09b\\x0d\\x0a\\x01y").endsWith("y\\x85\n");
    }
}
