package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.ingest.CacheSummary;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bars ingest over loader-core's CSV reader: every bad row rejected with line and byte offset. */
class BarsCsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void badRowsAreRejectedWithLineAndOffsetAndCountsAddUp() throws IOException {
        String csv = "volume,timestamp,open,high,low,close,extra\r\n"               // any column order, extras ignored
                + "10,2024-01-01T00:00:00Z,1.1,1.2,1.0,1.15,x\r\n"                 // line 2 ok (ISO instant)
                + "11,1704067260000,1.15,1.2,1.1,1.12,x\r\n"                       // line 3 ok (epoch ms)
                + "12,2024-01-01 00:02:00,1.12,1.3,1.1,abc,x\r\n"                  // line 4 bad close
                + "13,2024-01-01T00:03:00,1.12,1.0,1.1,1.05,x\r\n"                 // line 5 high < low
                + "14,2024-01-01T00:01:00,1.12,1.2,1.1,1.05,x\r\n"                 // line 6 time goes back
                + "15,2024-01-01T00:04:00,1.12,1.2\r\n"                            // line 7 too few fields
                + "16,not-a-time,1.1,1.2,1.0,1.1,x\r\n"                            // line 8 bad timestamp
                + "\"17\",2024-01-01T00:05:00,1.12,1.2,1.1,\"1.13\",\"q,uoted\"\r\n"; // line 9 ok, quoted
        Path file = Files.writeString(dir.resolve("bars.csv"), csv);
        List<BarReject> rejects = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        BarChunk c = new BarChunk(2);
        BarsCsvReader reader = new BarsCsvReader(file, rejects::add);
        try (reader) {
            while (reader.read(c)) {
                for (int i = 0; i < c.size(); i++) {
                    closes.add(c.close()[i]);
                }
            }
            assertThat(reader.read(c)).isFalse();
            assertThat(reader.bytesRead()).isEqualTo(csv.length());
        }
        assertThat(closes).containsExactly(1.15, 1.12, 1.13);
        assertThat(reader.accepted()).isEqualTo(3);
        assertThat(reader.rejected()).isEqualTo(5);
        assertThat(rejects).extracting(BarReject::line).containsExactlyInAnyOrder(4L, 5L, 6L, 7L, 8L);
        BarReject bad = rejects.stream().filter(r -> r.line() == 4).findFirst().orElseThrow();
        assertThat(bad.offset()).isEqualTo(csv.indexOf("12,2024"));
        assertThat(bad.reason()).contains("bad close 'abc'");
        assertThat(bad.toString()).startsWith(file + ":4 (byte " + bad.offset() + "): ");
    }

    @Test
    void pushStyleReadSeesTheSameRowsAndReportsEveryByte() throws IOException {
        Path file = io.chunkwise.dataset.TestBars.csv(dir.resolve("push.csv"), 1000, 3);
        List<Double> pulled = new ArrayList<>();
        try (BarsCsvReader reader = new BarsCsvReader(file, r -> { })) {
            BarChunk c = new BarChunk(64);
            while (reader.read(c)) {
                for (int i = 0; i < c.size(); i++) {
                    pulled.add(c.close()[i]);
                }
            }
        }
        List<Double> pushed = new ArrayList<>();
        long[] bytes = {0};
        new BarsCsvReader(file).read(new BarChunk(64), c -> {
            for (int i = 0; i < c.size(); i++) {
                pushed.add(c.close()[i]);
            }
        }, r -> { }, d -> bytes[0] += d);
        assertThat(pushed).hasSize(1000).isEqualTo(pulled);
        assertThat(bytes[0]).isEqualTo(Files.size(file));
    }

    @Test
    void missingHeaderColumnFailsTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("nohigh.csv"), "timestamp,open,low,close,volume\n1,1,1,1,1\n");
        assertThatThrownBy(() -> new BarsCsvReader(file, r -> { }).close())
                .isInstanceOf(BarsFormatException.class).hasMessageContaining("nohigh.csv:1")
                .hasMessageContaining("lacks column 'high'");
    }

    @Test
    void tooFewRowsForTheWarmupIsAnError() throws IOException {
        StringBuilder sb = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int i = 0; i < 10; i++) {
            sb.append(1_704_067_200_000L + i * 60_000L).append(",1.1,1.2,1.0,1.1,5\n");
        }
        Path file = Files.writeString(dir.resolve("short.csv"), sb);
        Path cache = dir.resolve("short.arrow");
        assertThatThrownBy(() -> new CacheBuilder(FeatureSpec.parse("vol:20"), 4).build(file, cache, d -> { }, r -> { }))
                .isInstanceOf(io.chunkwise.dataset.ingest.TooFewRowsException.class).hasMessageContaining("10 accepted rows")
                .hasMessageContaining("20 rows of warm-up");
        assertThat(cache).doesNotExist();
        assertThat(dir.resolve("short.arrow.tmp")).doesNotExist();
    }

    @Test
    void summaryCountsAddUp() throws IOException {
        StringBuilder sb = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int i = 0; i < 100; i++) {
            sb.append(1_704_067_200_000L + i * 60_000L).append(i == 50 ? ",oops" : ",1.1").append(",1.2,1.0,").append(1 + i / 1000.0).append(",5\n");
        }
        Path file = Files.writeString(dir.resolve("s.csv"), sb);
        CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret,ema:3"), 16).build(file, dir.resolve("s.arrow"),
                d -> { }, r -> { });
        assertThat(s.accepted() + s.rejected()).isEqualTo(100);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.firstRejects()).singleElement().asString().contains(":52 (byte").contains("bad open 'oops'");
        assertThat(s.rows()).isEqualTo(s.accepted() - s.warmupDropped()).isEqualTo(99 - 3);
    }

    @Test
    void aRowOfMillionsOfEmptyFieldsIsRejectedInTheMemoryOfAShortOne() throws IOException {
        // QA: a 3 MB row of commas ran `dataset cache` out of a 64 MiB heap (exit 4), while `scan` rejected it:
        // the reader kept every field's position, some 17 bytes a field, to reject the row for its count
        String header = "timestamp,open,high,low,close,volume\n";
        Path file = dir.resolve("wide.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(header);
            w.write(",".repeat(3_000_000));
            w.write("\n2024-01-01T00:00:00Z,1.1,1.2,1.0,1.15,10\n");
        }
        List<BarReject> rejects = new ArrayList<>();
        BarChunk c = new BarChunk(16);
        long allocated;
        double close = 0;
        try (BarsCsvReader reader = new BarsCsvReader(file, rejects::add)) {
            long before = threadAllocatedBytes();
            while (reader.read(c)) {
                close = c.close()[0];
            }
            allocated = threadAllocatedBytes() - before;
            assertThat(reader.accepted()).isEqualTo(1);
            assertThat(reader.rejected()).isEqualTo(1);
        }
        assertThat(close).as("the row after it is read").isEqualTo(1.15);
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.offset()).isEqualTo(header.length());
            assertThat(r.reason()).isEqualTo("expected 6 fields, found 3000001");
        });
        // the fields beyond the header's are counted, not kept: far less than the row's own 3 MB
        assertThat(allocated).as("bytes allocated reading a 3 MB row").isLessThan(1L << 20);
    }

    /** Bytes allocated by this thread so far (HotSpot's thread bean). */
    private static long threadAllocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
