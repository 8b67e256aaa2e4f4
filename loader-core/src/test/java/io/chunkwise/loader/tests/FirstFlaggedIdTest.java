package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.index.DuplicateId;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.InvalidId;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QA-14 W14-7: invalid and duplicate ids are counted, and the first of each in file order is located, by every strategy. */
class FirstFlaggedIdTest {
    /** Enough entries to spill sorted runs in a budget of 1 MiB, so that the merge is tested too. */
    private static final int REPEATS = 20_000;
    @TempDir
    Path dir;

    @Test
    void theFirstInvalidAndDuplicateIdsInFileOrderAreLocatedWhateverTheStrategyChunksAndWorkers() throws IOException {
        StringBuilder csv = new StringBuilder("cusip,isin,symbol\n");
        long[] at = new long[400];
        for (int i = 0; i < 400; i++) {
            at[i] = csv.length(); // ASCII: characters are bytes
            csv.append(cusip(i)).append(",,S").append(i).append('\n');
        }
        long repeat = csv.length();
        csv.append(' ').append(cusip(5)).append(" ,,R\n"); // the first duplicate: row 5's CUSIP, in blanks
        long invalid = csv.length();
        csv.append("\"37833100\",US0378331005,EXCEL\n"); // the first invalid id: a leading zero lost, quoted
        for (int i = 0; i < REPEATS; i++) {
            csv.append("037833100,US0378331004,T").append(i).append('\n'); // repeats, each with a wrong ISIN check digit
        }
        Path file = Files.writeString(dir.resolve("m.csv"), csv, StandardCharsets.US_ASCII);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {7, 1000, 1 << 20}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 4 : 1); workers += 3) {
                    IndexSummary summary = Indexer.build(file, dir.resolve(s + "-" + chunk + "-" + workers + ".cwx"),
                            IndexOptions.defaults().withStrategy(s).withLoad(LoadOptions.defaults().withChunkSize(chunk)
                                    .withWorkers(workers)).withMemoryBudget(chunk == 7 ? 1 << 20 : 64 << 20));
                    String as = s + " chunk " + chunk + " workers " + workers;
                    assertThat(summary.invalidCusips()).as(as).isEqualTo(1);
                    assertThat(summary.spilledRuns() > 0).as(as + ": spilled").isEqualTo(chunk == 7);
                    assertThat(summary.invalidIsins()).as(as).isEqualTo(REPEATS);
                    assertThat(summary.firstInvalidId()).as(as).isEqualTo(new InvalidId(KeyKind.CUSIP, "37833100", invalid));
                    assertThat(summary.duplicateCusips()).as(as).isEqualTo(REPEATS); // row 5's, and all but the first 037833100
                    assertThat(summary.duplicateIsins()).as(as).isEqualTo(REPEATS - 1);
                    assertThat(summary.firstDuplicateId()).as(as)
                            .isEqualTo(new DuplicateId(KeyKind.CUSIP, cusip(5), repeat, at[5]));
                }
            }
        }
    }

    private static String cusip(int i) {
        return Cusip.withCheckDigit(String.format(Locale.ROOT, "%08d", 10_000 + i));
    }

    @Test
    void noInvalidOrDuplicateIdIsNoneAndTheUsualSpreadsheetMarksAreNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n"
                + "594918104,US5949181045,AAPL\n");
        IndexSummary summary = Indexer.build(file, dir.resolve("ok.cwx"), IndexOptions.defaults());
        assertThat(summary.firstInvalidId()).isNull();
        assertThat(summary.firstDuplicateId()).as("a shared symbol is no duplicate id").isNull();
        assertThat(summary.sharedSymbols()).isEqualTo(1);
        assertThat(new DuplicateId(KeyKind.ISIN, "US0378331005", 90, 40).describe())
                .isEqualTo("first: ISIN US0378331005 in the record at byte 90, first seen at byte 40");
        assertThat(new InvalidId(KeyKind.CUSIP, "37833100", 40).describe())
                .isEqualTo("first: CUSIP 37833100 in the record at byte 40 (8 digits: a leading zero lost in a spreadsheet?)");
        assertThat(new InvalidId(KeyKind.CUSIP, "3.78E+07", 9).describe())
                .isEqualTo("first: CUSIP 3.78E+07 in the record at byte 9 (a number in exponent form: a spreadsheet's?)");
        assertThat(new InvalidId(KeyKind.ISIN, "US0378331004", 9).describe()).isEqualTo("first: ISIN US0378331004 in the record at byte 9");
        assertThat(new InvalidId(KeyKind.CUSIP, "03783310\u0007", 9).describe()).contains("CUSIP 03783310\\x07 ");
    }

    @Test
    void anInvalidIdsInvisibleCharactersAreShown() throws IOException {
        // QA: a CUSIP with a zero-width space (pasted from a web page) was "invalid ids: first: CUSIP
        // 037833100 in the record…", a valid CUSIP as far as anyone could see
        Path file = Files.writeString(dir.resolve("zw.csv"), "cusip,isin,symbol\n037833100\u200B,US0378331005,AAPL\n"
                + "0378\u00A033100,US0378331005,AAPL\n", StandardCharsets.UTF_8);
        IndexSummary summary = Indexer.build(file, dir.resolve("zw.cwx"), IndexOptions.defaults());
        assertThat(summary.invalidCusips()).isEqualTo(2);
        assertThat(summary.firstInvalidId().value()).as("the value itself, for JSON").isEqualTo("037833100\u200B");
        assertThat(summary.firstInvalidId().describe()).isEqualTo("first: CUSIP 037833100\\u200b in the record at byte 18");
        assertThat(new InvalidId(KeyKind.CUSIP, "0378\u00A033100", 9).describe()).contains("CUSIP 0378\\u00a033100 ");
        assertThat(new InvalidId(KeyKind.ISIN, "US 0378331005", 9).describe()).contains("ISIN US 0378331005 ");
    }
}
