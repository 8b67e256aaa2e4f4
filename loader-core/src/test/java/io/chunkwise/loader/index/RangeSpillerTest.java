package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangeSpillerTest {
    @TempDir
    Path dir;

    /** Adds n entries in chunks of 37 (as parts are committed), file order by offset, and returns them. */
    private static List<SpilledEntry> add(RangeSpiller spiller, int n, LongSupplier hashes) {
        List<SpilledEntry> added = new ArrayList<>();
        Entries part = new Entries(37);
        SplittableRandom keys = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            SpilledEntry e = new SpilledEntry(hashes.getAsLong(), 1000L + i, keys.nextLong(), keys.nextLong());
            added.add(e);
            part.add(e.hash(), e.offset(), e.k1(), e.k2());
            if (part.size == 37 || i == n - 1) {
                spiller.addAll(part);
                part.size = 0;
            }
        }
        return added;
    }

    private static List<SpilledEntry> sorted(RangeSpiller spiller, int groupCapacity) {
        List<SpilledEntry> out = new ArrayList<>();
        spiller.forEachSorted(group -> {
            for (int i = 0; i < group.size; i++) {
                out.add(new SpilledEntry(group.hash(i), group.offset(i), group.key1(i), group.key2(i)));
            }
        }, groupCapacity);
        return out;
    }

    @Test
    void withoutSpillsSortsInMemory() throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", 100_000, 100, new RangeSpiller.Scratch(), 4)) {
            List<SpilledEntry> added = add(spiller, 20_000, random::nextLong);
            spiller.finishAdding();
            assertThat(spiller.runs()).isZero();
            added.sort(SpilledEntry.INDEX_ORDER);
            assertThat(sorted(spiller, 1024)).isEqualTo(added);
            assertThat(SpilledEntry.filesIn(dir)).isZero();
        }
    }

    @Test
    void groupsLargeEnoughToScatterComeBackInIndexOrderWhateverTheirSizes() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", 20_000, 20_000, new RangeSpiller.Scratch(), 4)) {
            // dense in the lowest sixteenth of the hash space, sparse above: groups of many sizes,
            // each scattered into buckets with the arrays the group before it used
            List<SpilledEntry> added = add(spiller, 120_000,
                    () -> random.nextInt(3) == 0 ? random.nextLong() : random.nextLong(1L << 60));
            spiller.finishAdding();
            assertThat(spiller.runs()).isPositive();
            added.sort(SpilledEntry.INDEX_ORDER);
            assertThat(sorted(spiller, 3 * EntrySort.SMALL)).isEqualTo(added);
        }
    }

    @Test
    void spilledRunsAreJoinedWithABoundedFanInAndComeBackInIndexOrder() throws IOException {
        int n = 30_000;
        int capacity = 1000;
        SplittableRandom random = new SplittableRandom(7);
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", capacity, capacity, new RangeSpiller.Scratch(), 3)) {
            // hashes spread over the whole space, and a few repeated so equal hashes meet across runs
            List<SpilledEntry> added = add(spiller, n, () -> random.nextInt(10) == 0 ? random.nextLong(5) << 60 : random.nextLong());
            assertThat(spiller.runs()).isEqualTo(n / capacity - 1);
            // 29 spills in base 3 are 1002: one run at level 3, two at level 0
            assertThat(spiller.liveRuns()).isEqualTo(3);
            assertThat(SpilledEntry.filesIn(dir)).as("joined runs are deleted").isEqualTo(3);
            spiller.finishAdding();
            // the rest is a 30th run: 1010 in base 3
            assertThat(spiller.runs()).as("the rest spilled too").isEqualTo(30);
            assertThat(spiller.liveRuns()).isEqualTo(2);
            added.sort(SpilledEntry.INDEX_ORDER);
            // groups far smaller than the input, so ranges are taken a few at a time
            assertThat(sorted(spiller, 1500)).isEqualTo(added);
            assertThat(spiller.total()).isEqualTo(n);
            assertThat(SpilledEntry.filesIn(dir)).as("runs read are deleted at once, not left for closing").isZero();
            assertThat(spiller.liveRuns()).isZero();
        }
        assertThat(SpilledEntry.filesIn(dir)).isZero();
    }

    @Test
    void aFirstRunCutEarlySpillsThenAndTheLaterOnesWhenTheBufferIsFull() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", 900, 900, new RangeSpiller.Scratch(), 8)) {
            spiller.cutFirstRunAt(300);
            List<SpilledEntry> added = add(spiller, 300, random::nextLong);
            assertThat(spiller.runs()).as("full at the cut, spilled only when more comes").isZero();
            added.addAll(add(spiller, 1, random::nextLong));
            assertThat(spiller.runs()).isEqualTo(1);
            added.addAll(add(spiller, 900, random::nextLong));
            assertThat(spiller.runs()).as("the second run holds the whole buffer").isEqualTo(2);
            added.addAll(add(spiller, 1000, random::nextLong));
            assertThat(spiller.runs()).isEqualTo(3);
            spiller.finishAdding();
            added.sort(SpilledEntry.INDEX_ORDER);
            assertThat(sorted(spiller, 1024)).isEqualTo(added);
            assertThatThrownBy(() -> spiller.cutFirstRunAt(10)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("after adding");
        }
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", 900, 900, new RangeSpiller.Scratch(), 8)) {
            assertThatThrownBy(() -> spiller.cutFirstRunAt(901)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> spiller.cutFirstRunAt(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aRangeTooLargeForAGroupIsSortedOnItsOwn() throws IOException {
        int n = 20_000;
        SplittableRandom random = new SplittableRandom(11);
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", 700, 1, new RangeSpiller.Scratch(), 4)) {
            // half the entries share one range (one key repeated, and its neighbours), the rest spread
            List<SpilledEntry> added = add(spiller, n, () -> switch (random.nextInt(4)) {
                case 0 -> 0x1234_0000_0000_0000L;
                case 1 -> 0x1234_0000_0000_0000L | random.nextLong(1L << 48);
                default -> random.nextLong();
            });
            spiller.finishAdding();
            added.sort(SpilledEntry.INDEX_ORDER);
            assertThat(sorted(spiller, 1024)).isEqualTo(added);
        }
        assertThat(SpilledEntry.filesIn(dir)).isZero();
    }

    @Test
    void aGroupMakesRoomForTheEntriesAddedNotForTheWholeBudget() throws IOException {
        // QA: index --memory-budget 64GiB of a 7.5 MB master allocated each kind's group at the
        // budget's size, 4.6 GB RSS in all; a group now holds at most the entries there are
        SplittableRandom random = new SplittableRandom(5);
        try (RangeSpiller spiller = new RangeSpiller(dir, "t", 100_000, 100, new RangeSpiller.Scratch(), 4)) {
            List<SpilledEntry> added = add(spiller, 300, random::nextLong);
            spiller.finishAdding();
            List<Integer> capacities = new ArrayList<>();
            List<SpilledEntry> out = new ArrayList<>();
            spiller.forEachSorted(group -> {
                capacities.add(group.capacity());
                for (int i = 0; i < group.size; i++) {
                    out.add(new SpilledEntry(group.hash(i), group.offset(i), group.key1(i), group.key2(i)));
                }
            }, 8 << 20);
            assertThat(capacities).containsExactly(300);
            added.sort(SpilledEntry.INDEX_ORDER);
            assertThat(out).isEqualTo(added);
        }
    }
}
