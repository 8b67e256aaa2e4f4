package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review: a mistyped option was "Unknown options: '--workerz', '2'", or "'--out' is not an option
 * …; to pass a file whose name starts with '-', put -- before it", with the option meant left to
 * {@code --help}; the error now names it.
 */
class OptionSuggestionTest {
    @TempDir
    Path dir;

    @Test
    void aTypoOrAnAbbreviationNamesTheOptionMeant() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun typo = CliRun.of("index", m.toString(), "--workerz", "2");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("chunkwise index: Unknown options: '--workerz', '2'; did you mean --workers?"
                + " (see 'chunkwise index --help')\n");
        CliRun two = CliRun.of("index", m.toString(), "--strat", "mmap", "--chunksize", "1MiB");
        assertThat(two.err()).contains("; did you mean --strategy for --strat, --chunk-size for --chunksize?");
        CliRun missing = CliRun.of("generate", "secmaster", "--rows", "10", "--out", dir.resolve("x.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--output=FILE'; '--out' is not an option of chunkwise"
                + " generate secmaster: did you mean --output?").doesNotContain("put -- before it");
    }

    @Test
    void aWordNearNoOptionOrNearTwoGetsNoGuess() {
        CliRun far = CliRun.of("index", "x.csv", "--zzzzzz");
        assertThat(far.err()).contains("Unknown option: '--zzzzzz'").doesNotContain("did you mean");
        // --s starts --seed, --size, --shared-symbol-rate…: no one of them is meant more than another
        CliRun ambiguous = CliRun.of("generate", "secmaster", "-o", "x.csv", "--s", "1");
        assertThat(ambiguous.err()).doesNotContain("did you mean");
    }

    @Test
    void editsCountASwapOfNeighboursAsOne() {
        assertThat(OptionSuggestion.edits("--wokrers", "--workers")).isEqualTo(1);
        assertThat(OptionSuggestion.edits("--cusp", "--cusip")).isEqualTo(1);
        assertThat(OptionSuggestion.edits("--json", "--json")).isZero();
    }
}
