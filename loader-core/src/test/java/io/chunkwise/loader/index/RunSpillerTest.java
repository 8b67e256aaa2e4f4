package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSpillerTest {
    @TempDir
    Path dir;

    @Test
    void cascadesRunsWithABoundedFanInAndMergesEverythingInIndexOrder() throws IOException {
        int n = 10_000;
        int capacity = 100;
        int fanIn = 3;
        SplittableRandom random = new SplittableRandom(7);
        List<SpilledEntry> added = new ArrayList<>();
        try (RunSpiller spiller = new RunSpiller(dir, "t", capacity, new Entries(1), fanIn, 1 << 16)) {
            for (int i = 0; i < n; i++) {
                // few distinct hashes, so equal hashes meet across runs and are ordered by offset
                SpilledEntry e = new SpilledEntry(random.nextLong() >>> random.nextInt(50, 62), i,
                        random.nextLong(), random.nextLong());
                added.add(e);
                spiller.add(e.hash(), e.offset(), e.k1(), e.k2());
            }
            assertThat(spiller.runs()).as("spills of a full buffer").isEqualTo(n / capacity - 1);
            // 99 spills in base 3 are 10200: one run left at level 4, two at level 2
            assertThat(spiller.liveRuns()).isEqualTo(3);
            assertThat(SpilledEntry.filesIn(dir)).as("merged runs are deleted").isEqualTo(3);

            spiller.sortRest();
            List<RunSpiller.Cursor> cursors = spiller.cursors(1 << 16);
            List<SpilledEntry> merged = new ArrayList<>();
            MergeHeap heap = new MergeHeap(cursors);
            while (!heap.isEmpty()) {
                RunSpiller.Cursor c = heap.top();
                merged.add(new SpilledEntry(c.hash, c.offset, c.k1, c.k2));
                heap.advanceTop();
            }
            cursors.forEach(RunSpiller.Cursor::close);
            added.sort(SpilledEntry.INDEX_ORDER);
            assertThat(merged).isEqualTo(added);
            assertThat(spiller.total()).isEqualTo(n);
        }
        assertThat(SpilledEntry.filesIn(dir)).as("closing removes the runs").isZero();
    }
}
