package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.KeyColumns;
import org.junit.jupiter.api.Test;

/** Each library phrase that asks for a setting becomes the option that sets it; other text is left alone. */
class OptionWordingTest {
    @Test
    void delimiterSettingsBecomeTheDelimiterOption() {
        assertThat(OptionWording.of("f.csv: the header looks '|'-delimited: set the delimiter to '|'"))
                .isEqualTo("f.csv: the header looks '|'-delimited: add --delimiter '|'");
        assertThat(OptionWording.of("the header looks tab-delimited: set the delimiter to '\\t'"))
                .isEqualTo("the header looks tab-delimited: add --delimiter '\\t'");
        assertThat(OptionWording.of("the header looks comma-delimited: set the delimiter to ','"))
                .isEqualTo("the header looks comma-delimited: leave out --delimiter, or give --delimiter ','");
    }

    @Test
    void keyColumnsHeapAndIndexPathBecomeTheirOptions() {
        assertThat(OptionWording.of("no key column (" + KeyColumns.NAME_A_KEY_COLUMN + ")"))
                .isEqualTo("no key column (name one with --cusip-column, --isin-column or --symbol-column)");
        assertThat(OptionWording.of("no symbol column: name the symbol column explicitly"))
                .isEqualTo("no symbol column: name it with --symbol-column NAME");
        assertThat(OptionWording.of("does not fit: lower the memory budget, the worker count or the chunk size, or raise the maximum heap"))
                .isEqualTo("does not fit: lower --memory-budget, --workers or --chunk-size, or raise the heap (-Xmx, e.g. "
                        + "CHUNKWISE_JAVA_OPTS=-Xmx2g)");
        assertThat(OptionWording.of("lower the memory budget, or raise the maximum heap")).startsWith("lower --memory-budget, or");
        assertThat(OptionWording.of("lower the worker count or the chunk size, or x")).isEqualTo("lower --workers or --chunk-size, or x");
        assertThat(OptionWording.of("i.cwx: cannot write beside it (read-only): choose another index path"))
                .isEqualTo("i.cwx: cannot write beside it (read-only): choose another index path with --index");
    }

    @Test
    void otherTextIsUnchanged() {
        assertThat(OptionWording.of("f.csv (line 3, byte 40): expected 8 fields, found 6")).isEqualTo("f.csv (line 3, byte 40): expected 8 fields, found 6");
        assertThat(OptionWording.of("a $1 and a \\ stay")).isEqualTo("a $1 and a \\ stay");
        assertThat(OptionWording.of(null)).isNull();
    }
}
