package io.chunkwise.loader.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Reject;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parallel loader's guess of a chunk's quote state when it does not count quotes first. */
class QuoteGuessTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{0}] inside: {1}")
    @CsvSource(delimiter = ';', value = {
        "ends here\",2026\\nnext,row;true",        // a closing quote before a delimiter
        "ends here\"\\nnext,row;true",             // ... or before a line break
        "a,b\\nc,\"quoted\",d;false",              // an opening quote after a delimiter
        "a,\"\"\"x\",b;false",                     // doubled quotes skipped, then an opening one
        "no quotes at all\\nx,y;false",
        "x\"y\",z;false",                          // a quote inside a field tells nothing; the next closes after one quote
    })
    void guessesFromTheFirstQuoteThatTellsOpeningFromClosing(String text, boolean inside) {
        byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        MemorySegment s = MemorySegment.ofArray(bytes);
        assertThat(ParallelLoader.guessInQuotes(s, 0, bytes.length, (byte) '"', (byte) ',')).isEqualTo(inside);
    }

    @Test
    void chunksStartingInsideMultiLineQuotedFieldsAreGuessedRightSoNoneIsParsedTwice() throws Exception {
        StringBuilder csv = new StringBuilder("id,description,updated\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i).append(",\"line one of ").append(i).append("\nline two, with a comma\nline three\",2026-01-01\n");
        }
        Path file = dir.resolve("multi-line.csv");
        Files.writeString(file, csv);
        Counting sink = new Counting();
        LoadSummary s = LoaderStrategy.PARALLEL.open(LoadOptions.defaults().withChunkSize(1000).withWorkers(2)).load(file, sink);
        assertThat(s.records()).isEqualTo(2000);
        assertThat(sink.committed).isEqualTo(2000);
        assertThat(s.chunks()).isGreaterThan(100);
        assertThat(s.fallbacks()).isZero();
    }

    /** Counts records and reads no lines, so the loader guesses instead of counting quotes. */
    private static final class Counting implements ChunkSink<long[]> {
        long committed;

        @Override
        public void header(CsvHeader header) {
        }

        @Override
        public boolean readsLines() {
            return false;
        }

        @Override
        public long[] open() {
            return new long[1];
        }

        @Override
        public void accept(long[] part, CsvRecord record) {
            part[0]++;
        }

        @Override
        public void reject(long[] part, Reject reject) {
        }

        @Override
        public void commit(long[] part) {
            committed += part[0];
        }
    }
}
