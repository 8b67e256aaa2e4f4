package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QA-14 W14-7: invalid ids are counted, and the first one in file order is located, by every strategy. */
class FirstInvalidIdTest {
    @TempDir
    Path dir;

    @Test
    void theFirstInvalidIdInFileOrderIsLocatedWhateverTheStrategyChunksAndWorkers() throws IOException {
        StringBuilder csv = new StringBuilder("cusip,isin,symbol\n");
        for (int i = 0; i < 400; i++) {
            csv.append("037833100,US0378331005,S").append(i).append('\n');
        }
        long first = csv.length(); // ASCII: characters are bytes
        csv.append("\"37833100\",US0378331005,EXCEL\n"); // a leading zero lost, quoted
        for (int i = 0; i < 400; i++) {
            csv.append("037833100,US0378331004,T").append(i).append('\n'); // a wrong ISIN check digit
        }
        Path file = Files.writeString(dir.resolve("m.csv"), csv, StandardCharsets.US_ASCII);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {7, 1000, 1 << 20}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 4 : 1); workers += 3) {
                    IndexSummary summary = Indexer.build(file, dir.resolve(s + "-" + chunk + "-" + workers + ".cwx"),
                            IndexOptions.defaults().withStrategy(s).withLoad(LoadOptions.defaults().withChunkSize(chunk)
                                    .withWorkers(workers)));
                    String as = s + " chunk " + chunk + " workers " + workers;
                    assertThat(summary.invalidCusips()).as(as).isEqualTo(1);
                    assertThat(summary.invalidIsins()).as(as).isEqualTo(400);
                    assertThat(summary.firstInvalidId()).as(as).isEqualTo(new InvalidId(KeyKind.CUSIP, "37833100", first));
                }
            }
        }
    }

    @Test
    void noInvalidIdIsNoneAndTheUsualSpreadsheetMarksAreNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        assertThat(Indexer.build(file, dir.resolve("ok.cwx"), IndexOptions.defaults()).firstInvalidId()).isNull();
        assertThat(new InvalidId(KeyKind.CUSIP, "37833100", 40).describe())
                .isEqualTo("first: CUSIP 37833100 in the record at byte 40 (8 digits: a leading zero lost in a spreadsheet?)");
        assertThat(new InvalidId(KeyKind.CUSIP, "3.78E+07", 9).describe())
                .isEqualTo("first: CUSIP 3.78E+07 in the record at byte 9 (a number in exponent form: a spreadsheet's?)");
        assertThat(new InvalidId(KeyKind.ISIN, "US0378331004", 9).describe()).isEqualTo("first: ISIN US0378331004 in the record at byte 9");
        assertThat(new InvalidId(KeyKind.CUSIP, "03783310\u0007", 9).describe()).contains("CUSIP 03783310\\x07 ");
    }
}
