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
        assertThat(OptionWording.of("the file was written again with another delimiter? set the delimiter explicitly to ','"))
                .as("a stale index's delimiter is what leaving the option out reads: the option is to be given")
                .isEqualTo("the file was written again with another delimiter? give --delimiter ','");
        assertThat(OptionWording.of("no column 'name': leave the delimiter unset to read the file with ',' as the index"
                + " was built, or name the symbol column explicitly")).isEqualTo("no column 'name': leave out --delimiter"
                + " to read the file with ',' as the index was built, or name it with --symbol-column NAME");
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
        assertThat(OptionWording.of("lower the memory budget and the chunk size, or x"))
                .isEqualTo("lower --memory-budget and --chunk-size, or x");
        assertThat(OptionWording.of("lower the chunk size, or x")).isEqualTo("lower --chunk-size, or x");
        assertThat(OptionWording.of("i.cwx: cannot write beside it (read-only): choose another index path"))
                .isEqualTo("i.cwx: cannot write beside it (read-only): choose another index path with --index");
    }

    @Test
    void barsLayoutSamplesAndReportsAdviceBecomeTheirOptions() {
        assertThat(OptionWording.of("bad open '1,1': a decimal comma? read the file with a decimal comma"))
                .isEqualTo("bad open '1,1': a decimal comma? add --decimal-comma");
        assertThat(OptionWording.of("f:1 (byte 0): header has no column 'Time' (named as the timestamp column); found a,b"))
                .isEqualTo("f:1 (byte 0): header has no column 'Time' (named by --timestamp-column); found a,b");
        assertThat(OptionWording.of("columns 'A' and 'B' both look like volume: choose one as the volume column"))
                .isEqualTo("columns 'A' and 'B' both look like volume: choose one with --volume-column NAME");
        assertThat(OptionWording.of("found x); name the timestamp column")).isEqualTo("found x); name it with --timestamp-column NAME");
        assertThat(OptionWording.of("f:1 (byte 0): the symbol EURUSD was chosen, which needs one column named symbol"))
                .isEqualTo("f:1 (byte 0): --symbol EURUSD needs one column named symbol");
        assertThat(OptionWording.of("window must be ≥ 1: 0")).isEqualTo("--window must be ≥ 1: 0");
        assertThat(OptionWording.of("c.arrow has 2,980 rows: a window of 5,000 plus a horizon of 1 needs at least 5,001 rows;"
                + " the longest window it holds with that horizon is 2,979"))
                .as("the value as the option takes it, to give again").isEqualTo("c.arrow has 2,980 rows: a window of 5,000"
                        + " plus a horizon of 1 needs at least 5,001 rows; the longest it holds with that --horizon is --window 2979");
        assertThat(OptionWording.of("c.arrow has 3 rows: a window of 2 plus a horizon of 3 needs at least 5 rows;"
                + " no window fits with that horizon")).endsWith("; no --window fits with that --horizon");
        assertThat(OptionWording.of("the window must be ≥ 1")).as("only at the start").isEqualTo("the window must be ≥ 1");
        assertThat(OptionWording.of("chunk size 9 is too large for one array")).isEqualTo("--chunk-size 9 is too large for one array");
        assertThat(OptionWording.of("x; use the iterable dataset, or raise the maximum heap"))
                .isEqualTo("x; use --mode iterable (or auto), or raise the heap (-Xmx, e.g. CHUNKWISE_JAVA_OPTS=-Xmx2g)");
        assertThat(OptionWording.of("b.csv: batch rows 9 need ~1 MiB; lower the batch rows or raise the maximum heap"))
                .startsWith("b.csv: --batch-rows 9 needs ~1 MiB; lower --batch-rows or raise the heap");
        assertThat(OptionWording.of("b.csv: batch rows 1,000,000,000, capped at the file's 9,000,000 lines, need ~1 MiB;"
                + " lower the batch rows")).isEqualTo("b.csv: --batch-rows 1,000,000,000, capped at the file's 9,000,000 lines,"
                        + " needs ~1 MiB; lower --batch-rows");
        assertThat(OptionWording.of("c.arrow (byte 0): not an Arrow IPC file (no ARROW1 magic at the start): it reads as text"
                + " ('timestamp,open'), a bars CSV? build a cache from it first")).endsWith("('timestamp,open'), a bars CSV?"
                        + " build the cache from it with 'chunkwise dataset cache'");
        assertThat(OptionWording.of(" (one run each: measure 3 runs of each to gauge noise)"))
                .isEqualTo(" (one run each: rerun with --runs 3 to gauge noise)");
    }

    @Test
    void otherTextIsUnchanged() {
        assertThat(OptionWording.of("f.csv (line 3, byte 40): expected 8 fields, found 6")).isEqualTo("f.csv (line 3, byte 40): expected 8 fields, found 6");
        assertThat(OptionWording.of("a $1 and a \\ stay")).isEqualTo("a $1 and a \\ stay");
        assertThat(OptionWording.of(null)).isNull();
    }
}
