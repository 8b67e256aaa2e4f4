package io.chunkwise.loader.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.csv.HeaderRepeat;
import io.chunkwise.loader.csv.Reject;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part holds a bounded number of rejects: a speculative one gives up at its limit (a start
 * guessed inside a long quoted field makes a reject of every line of it), one parsed from a true
 * start hands them over in batches.
 */
class RejectLimitTest {
    private static final CsvHeader HEADER = new CsvHeader(List.of("cusip", "isin", "symbol"), 1, 0, 0, 1);

    @TempDir
    Path dir;

    @Test
    void aSpeculativePartGivesUpAtItsLimit() {
        Part<List<String>> part = feed(50, 10, null);
        assertThat(part.abandoned).isTrue();
        assertThat(part.rejects).hasSize(10);
        assertThat(part.rejected).isEqualTo(10);
    }

    @Test
    void aPartFromATrueStartHandsItsRejectsOverInOrder() {
        List<Reject> handed = new ArrayList<>();
        Part<List<String>> part = feed(55, 10, handed::addAll);
        assertThat(part.abandoned).isFalse();
        assertThat(handed).hasSize(50);
        assertThat(part.rejects).hasSize(5);
        List<Reject> all = new ArrayList<>(handed);
        all.addAll(part.rejects);
        assertThat(all).extracting(Reject::line).isSorted().doesNotHaveDuplicates().hasSize(55);
        assertThat(part.rejected).isEqualTo(55);
    }

    /** Feeds {@code lines} two-field lines (each a reject) to a part with the given limit. */
    private static Part<List<String>> feed(int lines, int limit, java.util.function.Consumer<List<Reject>> handOver) {
        byte[] bytes = "ab,c\n".repeat(lines).getBytes(StandardCharsets.US_ASCII);
        CsvScanner scanner = new CsvScanner(CsvFormat.RFC4180, "t.csv");
        scanner.keepFields(3);
        scanner.reset(MemorySegment.ofArray(bytes), 0, 0, 2);
        Part<List<String>> part = new Part<>(new ArrayList<>());
        part.rejectLimit = limit;
        part.handOver = handOver;
        Part.feed(scanner, bytes.length, true, 3, new HeaderRepeat(HEADER, CsvFormat.RFC4180, "t.csv"), new Rows(), part);
        return part;
    }

    @Test
    void aLongMultiLineQuotedFieldLoadsTheSameWithEveryStrategy() throws Exception {
        // a field of 40,000 short lines, then a row of the wrong width after it: chunks of 4 KiB
        // start inside the field with nothing in sight to tell it, every line there a reject
        StringBuilder csv = new StringBuilder("cusip,isin,symbol,blob\n037833100,US0378331005,AAPL,small\n");
        csv.append("594918104,US5949181045,MSFT,\"").append("ab,\"\"c\n".repeat(40_000)).append("\"\n");
        csv.append("38259P508,US38259P5089,GOOG\n");
        csv.append("02079K305,US02079K3059,GOOGL,end\n");
        Path file = dir.resolve("long-field.csv");
        Files.writeString(file, csv);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (boolean lines : new boolean[] {false, true}) {
                Rows sink = new Rows(lines);
                LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(4096).withWorkers(2)).load(file, sink);
                String what = s + (lines ? " counting lines" : " guessing");
                assertThat(summary.records()).as(what).isEqualTo(3);
                assertThat(sink.rows).as(what).containsExactly("037833100", "594918104", "02079K305");
                assertThat(sink.rejects).as(what).extracting(Reject::line).containsExactly(40_004L);
            }
        }
    }

    /** Keeps the first field of each record and the rejects. */
    private static final class Rows implements ChunkSink<List<String>> {
        private final boolean readsLines;
        final List<String> rows = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();

        Rows() {
            this(false);
        }

        Rows(boolean readsLines) {
            this.readsLines = readsLines;
        }

        @Override
        public void header(CsvHeader header) {
        }

        @Override
        public int fieldsRead() {
            return 1;
        }

        @Override
        public boolean readsLines() {
            return readsLines;
        }

        @Override
        public List<String> open() {
            return new ArrayList<>();
        }

        @Override
        public void accept(List<String> part, CsvRecord record) {
            part.add(record.get(0));
        }

        @Override
        public void reject(List<String> part, Reject reject) {
            rejects.add(reject);
        }

        @Override
        public void commit(List<String> part) {
            rows.addAll(part);
        }
    }
}
