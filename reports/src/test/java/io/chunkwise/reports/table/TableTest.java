package io.chunkwise.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {
    static Table sample() {
        return Table.builder("Memory").column("Variant", Kind.TEXT).column("Peak", Kind.BYTES).column("Saving", Kind.PERCENT)
                .column("Speed", Kind.RATIO).column("Time", Kind.SECONDS).column("Score", Kind.MEASURED)
                .row("a|b <x>", 1.5 * (1 << 30), 12.345, 3.2, 0.0042, new Kind.Measured(1234.5, 12.3, "ops/s"))
                .row("mmap", 80 * (1 << 20), null, Double.NaN, 2.5, new Kind.Measured(5, Double.NaN, "us/op"))
                .note("A note & more.").build();
    }

    @Test
    void markdownRendersTypedCells() {
        String md = ReportFormat.MARKDOWN.table(sample());
        assertThat(md).isEqualTo("""
                | Variant | Peak | Saving | Speed | Time | Score |
                |---|---:|---:|---:|---:|---:|
                | a\\|b <x> | 1.5 GiB | +12.3% | 3.20× | 4.20 ms | 1,235 ± 12.3 ops/s |
                | mmap | 80.0 MiB | – | – | 2.50 s | 5.00 us/op |

                A note & more.
                """);
    }

    @Test
    void htmlRendersTheSameModelEscaped() {
        String html = ReportFormat.HTML.table(sample());
        assertThat(html).contains("<th class=\"num\">Peak</th>").contains("<td>a|b &lt;x&gt;</td>")
                .contains("<td class=\"num\">1.5 GiB</td>").contains("<td class=\"num\">+12.3%</td>")
                .contains("<p class=\"note\">A note &amp; more.</p>");
        String doc = ReportFormat.HTML.document("T <1>", java.util.List.of(html));
        assertThat(doc).startsWith("<!DOCTYPE html>").contains("<title>T &lt;1&gt;</title>").endsWith("</html>\n");
    }

    @Test
    void cellsMustFitTheirColumn() {
        Table.Builder b = Table.builder("t").column("Peak", Kind.BYTES).column("Name", Kind.TEXT);
        assertThatThrownBy(() -> b.row("80 MiB", "x")).hasMessageContaining("column 'Peak' holds BYTES, not String");
        assertThatThrownBy(() -> b.row(1.0)).hasMessageContaining("a row of 1 values for 2 columns");
        assertThat(b.row(80L, "ints are widened").build().text(0, 0)).isEqualTo("80 B");
    }

    @Test
    void numberFormats() {
        assertThat(Kind.SECONDS.format(3.2e-7)).isEqualTo("320 ns");
        assertThat(Kind.SECONDS.format(4.5e-5)).isEqualTo("45.0 µs");
        assertThat(Kind.COUNT.format(12345.0)).isEqualTo("12,345");
        assertThat(Kind.SHARE.format(76.25)).isEqualTo("76.3%");
        assertThat(Kind.NUMBER.format(0.000123)).isEqualTo("0.000123");
        // a value just under a precision's or a unit's threshold prints as its rounded value does
        assertThat(Kind.SECONDS.format(9.9996e-9)).isEqualTo(Kind.SECONDS.format(1e-8)).isEqualTo("10.0 ns");
        assertThat(Kind.SECONDS.format(0.99996)).isEqualTo("1.00 s");
        assertThat(Kind.NUMBER.format(99.96)).isEqualTo("100");
        assertThat(Kind.NUMBER.format(999.7)).isEqualTo("1,000");
    }

    @Test
    void hugeNumbersPrintInScientificNotationLikeTinyOnes() {
        String md = ReportFormat.MARKDOWN.table(Table.builder("t").column("Score", Kind.MEASURED).column("Change", Kind.PERCENT)
                .column("Speed", Kind.RATIO).column("Per byte", Kind.NUMBER).column("Rows", Kind.COUNT).column("Time", Kind.SECONDS)
                .row(new Kind.Measured(1.8075e80, 4.4e78, "ops/s"), 1e79, 5.58e78, 1.72e80, 3e15, 2.5e13)
                .row(new Kind.Measured(2.38e-82, 6.15e-84, "ops/s"), -100.0, 1.45e-83, 1.45e-83, 12345.0, 1.0).build());
        assertThat(md).contains("| 1.81e+80 ± 4.40e+78 ops/s | +1.00e+79% | 5.58e+78× | 1.72e+80 | 3.00e+15 | 2.50e+13 s |")
                .contains("| 2.38e-82 ± 6.15e-84 ops/s | -100.0% | 1.45e-83× | 1.45e-83 | 12,345 | 1.00 s |");
        // grouped digits stay up to the threshold
        assertThat(Kind.NUMBER.format(998_765_000_000.0)).isEqualTo("998,765,000,000");
        assertThat(Kind.NUMBER.format(9.996e11)).isEqualTo("1.00e+12");
        assertThat(Kind.RATIO.format(0.004)).isEqualTo("0.00400×");
        assertThat(Kind.RATIO.format(0.005)).isEqualTo("0.01×");
    }
}
