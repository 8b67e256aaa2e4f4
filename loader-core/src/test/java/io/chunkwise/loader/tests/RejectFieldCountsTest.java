package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.csv.Footer;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.csv.TrailingDelimiter;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field-count reject carries its two counts as numbers, which {@link Footer} and {@link
 * TrailingDelimiter} read instead of parsing them back out of the reason; every strategy, chunk
 * size and worker count gives the same counts (their lines moved with them), and every other reject
 * none.
 */
class RejectFieldCountsTest {
    /** A ragged file under a 3-column header: every kind of reject, ending with a footer. */
    private static final String RAGGED = "a,b,c\n"
            + "1,2,3\n"
            + "1,2\n"                      // 3: one short
            + "1,2,3,4\n"                  // 4: one over
            + "a,b,c\n"                    // 5: the header again, no counts
            + "\"x\ny\"z,2,3\n"            // 6: a stray quote over two lines, the right count: no counts
            + "1\n"                        // 8
            + "\uFEFF1,2\n"                // 9: after a byte-order mark
            + "1,2\r3,4,5\n"               // 10: across a bare CR
            + "1,2\u0000,3,4\n"            // 11: a NUL and a wrong count
            + "\u0000\u0000\u0000\n"       // 12: NULs alone, no counts
            + "4,5,6\n"
            + "Total records: 3\n";        // 14: the footer
    /** Line, expected and found fields of each reject of {@link #RAGGED}; -1 where it is no field-count reject. */
    private static final List<List<Long>> COUNTS = List.of(
            List.of(3L, 3L, 2L), List.of(4L, 3L, 4L), List.of(5L, -1L, -1L), List.of(6L, -1L, -1L),
            List.of(8L, 3L, 1L), List.of(9L, 3L, 2L), List.of(10L, 3L, 4L), List.of(11L, 3L, 4L),
            List.of(12L, -1L, -1L), List.of(14L, 3L, 1L));

    @TempDir
    Path dir;

    @Test
    void everyStrategyGivesTheSameCountsOnARaggedFile() throws Exception {
        Path file = Files.writeString(dir.resolve("ragged.csv"), RAGGED, StandardCharsets.UTF_8);
        List<Reject> first = null;
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {1, 3, 7, 16, 61, 4093}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 3 : 1); workers++) {
                    // without lines the parallel loader moves its speculative parts' rejects: the counts move along
                    for (boolean lines : new boolean[] {true, false}) {
                        Collect sink = new Collect(Integer.MAX_VALUE, lines);
                        s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers)).load(file, sink);
                        String what = s + " chunk=" + chunk + " workers=" + workers + " lines=" + lines;
                        assertThat(counts(sink.rejects)).as(what).isEqualTo(COUNTS);
                        assertThat(sink.rejects).as(what).allSatisfy(RejectFieldCountsTest::countsAreTheReasons);
                        if (first == null) {
                            first = sink.rejects;
                        }
                        assertThat(sink.rejects).as(what).isEqualTo(first);
                        // the footer is read from the last reject's counts: fewer fields than the header
                        assertThat(Footer.of(file, CsvFormat.RFC4180, sink.rejects.getLast(), sink.rejects.size()))
                                .as(what).map(Footer::line).contains(14L);
                    }
                }
            }
        }
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            List<Reject> read = new ArrayList<>();
            reader.forEach(r -> { }, read::add);
            // the reader rejects what the loaders reject, line 5's repeated header too (it gave it as a record)
            assertThat(read).isEqualTo(first);
        }
    }

    @Test
    void aRejectForAnotherReasonHasNoCountsAndTwoCountsDiffer() {
        Reject other = new Reject(5, 40, "repeats the header row (concatenated files?)");
        assertThat(other.fieldCountMismatch()).isFalse();
        assertThat(other.expectedFields()).isEqualTo(Reject.NO_COUNT);
        assertThat(other.foundFields()).isEqualTo(Reject.NO_COUNT);
        Reject counted = new Reject(3, 20, "expected 3 fields, found 4", 3, 4);
        assertThat(counted.fieldCountMismatch()).isTrue();
        assertThat(counted.atLine(7)).isEqualTo(new Reject(7, 20, "expected 3 fields, found 4", 3, 4));
        assertThatThrownBy(() -> new Reject(3, 20, "x", 3, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reject(3, 20, "x", 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reject's field counts are both -1 or two different counts: 3 and 3");
    }

    @Test
    void aFooterIsReadFromTheCountsNotTheReason() throws Exception {
        String head = "cusip,isin,symbol\n037833100,US0378331005,AAPL\n";
        Path only = Files.writeString(dir.resolve("o.csv"), head + "END 1\n");
        // the same words without counts are no field-count reject: no footer
        assertThat(Footer.of(only, CsvFormat.RFC4180, new Reject(3, head.length(), "expected 3 fields, found 1"), 1)).isEmpty();
        assertThat(Footer.of(only, CsvFormat.RFC4180, new Reject(3, head.length(), "expected 3 fields, found 1", 3, 1), 1))
                .isPresent();
    }

    @Test
    void aTrailingDelimiterIsOneFieldMoreNotAReasonThatStartsSo() throws Exception {
        // the reason "expected 3 fields, found 40" starts with "expected 3 fields, found 4": read as text,
        // forty fields ending with a delimiter were blamed on one trailing delimiter
        String row = "x,".repeat(39) + "\n";
        Path file = Files.writeString(dir.resolve("t.csv"), "a,b,c\n" + row + row);
        CsvHeader header = HeaderReader.read(file, CsvFormat.RFC4180);
        List<Reject> rejects = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            reader.forEach(r -> { }, rejects::add);
        }
        assertThat(rejects.getFirst()).isEqualTo(new Reject(2, 6, "expected 3 fields, found 40", 3, 40));
        assertThat(TrailingDelimiter.of(file, CsvFormat.RFC4180, header, rejects.getFirst())).isEmpty();
        Path one = Files.writeString(dir.resolve("one.csv"), "a,b,c\n1,2,3,\n");
        assertThat(TrailingDelimiter.of(one, CsvFormat.RFC4180, header, new Reject(2, 6, "expected 3 fields, found 4", 3, 4)))
                .contains("line 2 ends with a delimiter ',' that makes an empty last field the header lacks (a"
                        + " spreadsheet's export?): remove the trailing delimiters, or end the header with one too");
    }

    /** @return each reject's line and counts */
    private static List<List<Long>> counts(List<Reject> rejects) {
        return rejects.stream().map(r -> List.of(r.line(), (long) r.expectedFields(), (long) r.foundFields())).toList();
    }

    /** The numbers are the reason's (which the rejects file keeps, byte for byte): set exactly when it gives counts. */
    private static void countsAreTheReasons(Reject r) {
        if (r.fieldCountMismatch()) {
            assertThat(r.reason()).startsWith("expected " + r.expectedFields() + " fields, found " + r.foundFields());
        } else {
            assertThat(r.reason()).doesNotStartWith("expected ");
        }
    }
}
