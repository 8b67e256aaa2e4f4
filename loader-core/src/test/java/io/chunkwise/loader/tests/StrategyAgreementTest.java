package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariant 1: every strategy, chunk size and worker count gives the oracle's records and rejects. */
class StrategyAgreementTest {
    private static final long[] CHUNK_SIZES = {1, 2, 3, 7, 16, 61, 256, 4093, 1 << 16, 8 << 20};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void allStrategiesAgreeWithTheOracle(long seed) throws Exception {
        byte[] data = new HostileCsv(seed).generate(20 + (int) (seed * 7 % 120));
        Path file = dir.resolve("hostile-" + seed + ".csv");
        Files.write(file, data);
        List<SimpleReader.Row> all = SimpleReader.read(data, ',');
        List<SimpleReader.Row> expectedRows = new ArrayList<>();
        List<Reject> expectedRejects = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            SimpleReader.Row r = all.get(i);
            if (r.values().size() == 6 && r.strayQuote() < 0) {
                expectedRows.add(r);
            } else {
                long end = i + 1 < all.size() ? all.get(i + 1).offset() : data.length;
                String reason = reason(r, data, end);
                expectedRejects.add(r.values().size() == 6 ? new Reject(r.line(), r.offset(), reason)
                        : new Reject(r.line(), r.offset(), reason, 6, r.values().size()));
            }
        }
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : CHUNK_SIZES) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 4 : 1); workers++) {
                    // a sink reading every field and line; one reading the first two fields (the others
                    // only counted) and no lines, so the parallel loader skips its counting pass
                    for (boolean everything : new boolean[] {true, false}) {
                        int kept = everything ? Integer.MAX_VALUE : 2;
                        Collect sink = new Collect(kept, everything);
                        LoadOptions o = LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers);
                        LoadSummary summary = s.open(o).load(file, sink);
                        String what = s + " chunk=" + chunk + " workers=" + workers + " seed=" + seed + " kept=" + kept;
                        assertThat(sink.header.names()).as(what).isEqualTo(all.get(0).values());
                        assertThat(sink.rows).as(what).isEqualTo(leading(expectedRows, kept, everything));
                        assertThat(sink.rejects).as(what).isEqualTo(expectedRejects);
                        assertThat(summary.records()).as(what).isEqualTo(expectedRows.size());
                        assertThat(summary.rejected()).as(what).isEqualTo(expectedRejects.size());
                        assertThat(summary.bytes()).isEqualTo(data.length);
                    }
                }
            }
        }
    }

    /** @return the reason the oracle's row is rejected: its field count, and the stray quote that joined its lines */
    private static String reason(SimpleReader.Row r, byte[] data, long end) {
        String stray = "a quoted field over several lines closes at byte " + r.strayQuote()
                + " with text after its quote: a stray quote joined these lines?";
        if (r.values().size() == 6) {
            return stray;
        }
        return "expected 6 fields, found " + r.values().size() + bareCarriageReturn(data, r.offset(), end)
                + (r.strayQuote() < 0 ? "" : ": " + stray);
    }

    /** @return the reject's note of a CR without LF outside quotes before the row's last byte, or "" */
    private static String bareCarriageReturn(byte[] data, long from, long to) {
        boolean quoted = false;
        for (int p = (int) from; p + 1 < to; p++) {
            if (data[p] == '"') {
                quoted = !quoted;
            } else if (data[p] == '\r' && !quoted && data[p + 1] != '\n') {
                return ", across a CR without LF at byte " + p + " (data here, not a line break: lines with CR ends?)";
            }
        }
        return "";
    }

    private static List<SimpleReader.Row> leading(List<SimpleReader.Row> rows, int fields, boolean lines) {
        return rows.stream().map(r -> new SimpleReader.Row(r.offset(), lines ? r.line() : 0,
                r.values().subList(0, Math.min(fields, r.values().size())))).toList();
    }

    @Test
    void aRepeatedHeaderRowIsRejectedByEveryStrategy() throws Exception {
        // cat a.csv b.csv of two Excel exports: b's BOM and header in the middle, and a plain repeat
        String export = "\uFEFF\"CUSIP \",\"Isin\",Ticker,\"Security Name\",\r\n037833100,US0378331005,AAPL,\"Apple, Inc\",\r\n";
        String plain = "CUSIP,Isin,Ticker,Security Name,\n594918104,US5949181045,MSFT,Microsoft,\n";
        String almost = "CUSIP,Isin,Ticker,Security name,\n";
        // longer than the first name, but only by what is trimmed off
        String padded = " CUSIP\t,Isin , Ticker,Security Name,\n";
        byte[] data = (export + export + plain + almost + padded).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("cat.csv");
        Files.write(file, data);
        int second = export.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int third = 2 * second;
        List<Reject> expected = List.of(
                new Reject(3, second, "repeats the header row, after a UTF-8 byte-order mark (concatenated files?)"),
                new Reject(5, third, "repeats the header row (concatenated files?)"),
                new Reject(8, data.length - padded.length(), "repeats the header row (concatenated files?)"));
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {1, 7, 61, 4093}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 3 : 1); workers++) {
                    for (int kept : new int[] {1, 3, Integer.MAX_VALUE}) {
                        Collect sink = new Collect(kept, kept > 1);
                        LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers))
                                .load(file, sink);
                        String what = s + " chunk=" + chunk + " workers=" + workers + " kept=" + kept;
                        assertThat(sink.rejects).as(what).isEqualTo(expected);
                        assertThat(sink.rows).as(what).extracting(r -> r.values().getFirst())
                                .containsExactly("037833100", "037833100", "594918104", "CUSIP");
                        assertThat(summary.records() + summary.rejected()).as(what).isEqualTo(7);
                    }
                }
            }
        }
    }

    /**
     * A CRLF file written again in text mode ends its lines in {@code \r\r\n}: the CRs before a
     * record's LF are line ending, not its last value's, so the last header name, the last values
     * and a repeated header row read the same whichever of two concatenated files had them.
     */
    @Test
    void theCrsOfAnRrnLineEndingAreNotData() throws Exception {
        String[] endings = {"\n", "\r\n", "\r\r\n"};
        for (String headerEnd : endings) {
            for (String repeatEnd : endings) {
                String text = "cusip,isin,symbol" + headerEnd + "037833100,US0378331005,AAPL" + headerEnd
                        + "cusip,isin,symbol" + repeatEnd + "594918104,US5949181045,\"MSFT\"" + repeatEnd;
                Path file = dir.resolve("rrn.csv");
                Files.writeString(file, text);
                for (LoaderStrategy s : LoaderStrategy.values()) {
                    Collect sink = new Collect(Integer.MAX_VALUE, true);
                    LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(7).withWorkers(2)).load(file, sink);
                    String what = s + " header " + headerEnd.replace("\r", "CR").replace("\n", "LF") + ", repeat "
                            + repeatEnd.replace("\r", "CR").replace("\n", "LF");
                    assertThat(summary.header().names()).as(what).containsExactly("cusip", "isin", "symbol");
                    assertThat(sink.rejects).as(what).singleElement().extracting(Reject::reason)
                            .isEqualTo("repeats the header row (concatenated files?)");
                    assertThat(sink.rows).as(what).extracting(r -> r.values().getLast()).containsExactly("AAPL", "MSFT");
                }
            }
        }
    }

    /** The CRs that end the file end the last record's line too, as before a LF: not its last value's (QA: "AAPL\r"). */
    @Test
    void theCrsThatEndTheFileAreNotTheLastValues() throws Exception {
        for (String last : new String[] {"AAPL", "\"AAPL\"", "\"AA\rPL\"", ""}) {
            String expected = last.replace("\"", "");
            for (String end : new String[] {"\r", "\r\r", "\r\n", ""}) {
                Path file = dir.resolve("cr-end.csv");
                Files.writeString(file, "cusip,isin,symbol\r\n037833100,US0378331005," + last + end);
                for (LoaderStrategy s : LoaderStrategy.values()) {
                    for (long chunk : new long[] {1, 5, 4093}) {
                        Collect sink = new Collect(Integer.MAX_VALUE, true);
                        s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(2)).load(file, sink);
                        String what = s + " chunk=" + chunk + " last=" + last.replace("\r", "CR") + " end=" + end.replace("\r", "CR");
                        assertThat(sink.rejects).as(what).isEmpty();
                        assertThat(sink.rows).as(what).extracting(r -> r.values().getLast()).containsExactly(expected);
                    }
                }
            }
        }
    }

    /** A line of nothing but its ending ({@code \r\r\n}, CRs at the end of the file) is blank, not a record (QA-19 Q19-5). */
    @Test
    void aBlankLineIsBlankWhateverItsCrs() throws Exception {
        String rows = "symbol,cusip\r\r\nAAPL,037833100\r\r\n\r\r\nMSFT,594918104\r\r\n\r\n\r\r\r\n";
        for (String end : new String[] {"", "\r", "\r\r", "\r\r\n"}) {
            Path file = dir.resolve("blank.csv");
            Files.writeString(file, rows + end);
            for (LoaderStrategy s : LoaderStrategy.values()) {
                for (long chunk : new long[] {1, 3, 7, 4093}) {
                    Collect sink = new Collect(Integer.MAX_VALUE, true);
                    LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(2)).load(file, sink);
                    String what = s + " chunk=" + chunk + " end=" + end.replace("\r", "CR").replace("\n", "LF");
                    assertThat(sink.rejects).as(what).isEmpty();
                    assertThat(summary.records()).as(what).isEqualTo(2);
                    assertThat(sink.rows).as(what).extracting(r -> r.values().getLast()).containsExactly("037833100", "594918104");
                }
            }
        }
    }

    @Test
    void aRowJoinedByABareCarriageReturnIsRejectedNamingIt() throws Exception {
        // QA-12's master: the second row ends with a bare CR, which is data, so MSFT's and GOOG's rows are one
        String head = "symbol,cusip,isin\nAAPL,037833100,US0378331005\r\n";
        String joined = "MSFT,594918104,US5949181045\rGOOG,38259p508,US38259P5089\n";
        // a bare CR inside quotes is a value's, not the reason for a reject
        String quoted = "\"A\rB\",1,2,3\n";
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, head + joined + quoted);
        long cr = head.length() + joined.indexOf('\r');
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {1, 7, 4093}) {
                Collect sink = new Collect(1, true);
                LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(2)).load(file, sink);
                String what = s + " chunk=" + chunk;
                assertThat(summary.records()).as(what).isEqualTo(1);
                assertThat(sink.rejects).as(what).containsExactly(
                        new Reject(3, head.length(), "expected 3 fields, found 5, across a CR without LF at byte " + cr
                                + " (data here, not a line break: lines with CR ends?)", 3, 5),
                        new Reject(4, head.length() + joined.length(), "expected 3 fields, found 4", 3, 4));
            }
        }
    }

    @Test
    void rowsStartingWithAByteOrderMarkAreCountedAlikeByEveryStrategy() throws Exception {
        String head = "cusip,symbol\n037833100,AAPL\n\"multi\nline\",X\n";
        String first = "\uFEFF594918104,MSFT\n";
        // a repeated header after a mark is a header repeat, not counted; a wrong field count is
        String rest = "\uFEFFcusip,symbol\n\uFEFF38259P508,GOOG,extra\n\n\uFEFF\"123\",Q";
        byte[] data = (head + first + rest).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("marks.csv");
        Files.write(file, data);
        long firstOffset = head.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        io.chunkwise.loader.load.ByteOrderMarks expected = new io.chunkwise.loader.load.ByteOrderMarks(3, 5, firstOffset);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {1, 5, 17, 61, 4093}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 3 : 1); workers++) {
                    for (boolean lines : new boolean[] {true, false}) {
                        Collect sink = new Collect(1, lines);
                        LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers))
                                .load(file, sink);
                        String what = s + " chunk=" + chunk + " workers=" + workers + " lines=" + lines;
                        assertThat(summary.byteOrderMarks()).as(what).isEqualTo(expected);
                        // the reject of a row after a mark names it: the mark may be why its fields split
                        assertThat(sink.rejects).as(what).extracting(Reject::reason).contains(
                                "expected 2 fields, found 3, after a UTF-8 byte-order mark (concatenated files?)");
                    }
                }
            }
        }
        assertThat(expected.describe()).isEqualTo("3 rows start with a byte-order mark (first: line 5, byte "
                + firstOffset + "; concatenated files?)");
        assertThat(new io.chunkwise.loader.load.ByteOrderMarks(1, 2, 3).describe())
                .isEqualTo("1 row starts with a byte-order mark (first: line 2, byte 3; concatenated files?)");
        assertThat(io.chunkwise.loader.load.ByteOrderMarks.NONE.describe()).isEmpty();
    }

    @Test
    void theChecksumSinkAgreesAcrossStrategies() throws Exception {
        Path file = dir.resolve("c.csv");
        Files.write(file, new HostileCsv(77).generate(500));
        Long expected = null;
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {3, 1000, 1 << 20}) {
                io.chunkwise.loader.load.ChecksumSink sink = new io.chunkwise.loader.load.ChecksumSink(2);
                s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(3)).load(file, sink);
                if (expected == null) {
                    expected = sink.checksum();
                }
                assertThat(sink.checksum()).as(s + " " + chunk).isEqualTo(expected);
            }
        }
        io.chunkwise.loader.load.ChecksumSink first = new io.chunkwise.loader.load.ChecksumSink(1);
        LoaderStrategy.MMAP.open(LoadOptions.defaults()).load(file, first);
        assertThat(first.checksum()).as("the second column is hashed too").isNotEqualTo(expected);
        assertThatThrownBy(() -> new io.chunkwise.loader.load.ChecksumSink(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hash at least one column, not 0");
    }

    @Test
    void strayQuotesForceAFallbackThatIsCountedNotSilent() throws Exception {
        StringBuilder b = new StringBuilder("id,name\n");
        for (int i = 0; i < 400; i++) {
            b.append(i).append(i % 50 == 0 ? ",stray\"quote\n" : ",\"quoted, with \"\"escape\"\"\"\n");
        }
        Path file = dir.resolve("stray.csv");
        Files.writeString(file, b);
        Collect mmap = new Collect();
        LoaderStrategy.MMAP.open(LoadOptions.defaults()).load(file, mmap);
        Collect par = new Collect();
        LoadSummary s = LoaderStrategy.PARALLEL.open(LoadOptions.defaults().withChunkSize(100).withWorkers(3)).load(file, par);
        assertThat(par.rows).isEqualTo(mmap.rows);
        assertThat(par.rows).hasSize(400);
        assertThat(s.fallbacks()).isPositive();
    }
}
