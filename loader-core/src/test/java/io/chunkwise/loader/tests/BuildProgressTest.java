package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index build's progress runs from 0 to the source's size, the sort and write included. */
class BuildProgressTest {
    @TempDir
    Path dir;

    @Test
    void aBuildsProgressIsMonotoneAndEndsAtTheSourcesSizeWithTheWritingAfterTheLoad() throws Exception {
        Path m = dir.resolve("m.csv");
        int rows = 20_000;
        try (BufferedWriter w = Files.newBufferedWriter(m)) {
            w.write("cusip,isin,symbol,name\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format(Locale.ROOT, "%09d,US%010d,S%d,Name %d\n", i, i, i, i));
            }
        }
        long size = Files.size(m);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            List<Long> deltas = new ArrayList<>();
            IndexOptions o = IndexOptions.defaults().withStrategy(s).withLoad(LoadOptions.defaults()
                    .withChunkSize(64 << 10).withWorkers(2).withProgress(d -> {
                        synchronized (deltas) {
                            deltas.add(d);
                        }
                    }));
            IndexSummary built = Indexer.build(m, dir.resolve(s + ".cwx"), o);
            assertThat(deltas).as(s + ": never a step back or a step of nothing").allMatch(d -> d > 0);
            assertThat(deltas.stream().mapToLong(Long::longValue).sum()).as(s + ": ends at the total").isEqualTo(size);
            // the load reports once per committed chunk at most, then the entries written move it on
            long afterHalf = 0;
            long sum = 0;
            for (long d : deltas) {
                sum += d;
                afterHalf += sum > size / 2 ? 1 : 0;
            }
            assertThat(afterHalf).as(s + ": steps while sorting and writing " + 3 * rows + " entries").isGreaterThan(5);
            assertThat(deltas.size()).as(s.toString()).isGreaterThan(built.load().chunks() + 5);
        }
    }

    @Test
    void aFailedBuildDoesNotClaimTheEnd() throws Exception {
        Path m = dir.resolve("bad.csv");
        Files.writeString(m, "cusip,symbol\n037833100\n594918104\n");
        List<Long> deltas = new ArrayList<>();
        IndexOptions o = IndexOptions.defaults().withLoad(LoadOptions.defaults().withProgress(deltas::add));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Indexer.build(m, dir.resolve("bad.cwx"), o))
                .hasMessageContaining("every record was rejected");
        assertThat(deltas.stream().mapToLong(Long::longValue).sum()).isLessThan(Files.size(m));
    }
}
