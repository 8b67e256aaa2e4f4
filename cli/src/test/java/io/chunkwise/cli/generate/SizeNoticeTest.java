package io.chunkwise.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeNoticeTest {
    @TempDir
    Path dir;

    @Test
    void aLargeRunSaysItsSizeAndTheFreeSpaceBeforeItStarts() {
        Path file = dir.resolve("bars.csv");
        // 10 years of 1-second bars at about 60 bytes a bar
        assertThat(SizeNotice.of("fxbars", "315,360,000 bars of 1s", 315_360_000L * 60, false, file)).hasValueSatisfying(
                line -> assertThat(line).startsWith("fxbars: writing 315,360,000 bars of 1s, about 17.6 GiB, to " + file
                        + "; its file system has ").endsWith(" free"));
        assertThat(SizeNotice.of("secmaster", "rows", 10L << 30, true, file)).hasValueSatisfying(
                line -> assertThat(line).startsWith("secmaster: writing rows, up to 10.0 GiB, to " + file));
    }

    @Test
    void anEstimateAboveTheFreeSpaceIsSaidToLikelyRunOut() throws IOException {
        Path file = dir.resolve("bars.csv");
        long usable = Files.getFileStore(dir).getUsableSpace();
        assertThat(SizeNotice.of("fxbars", "bars", Math.max(usable * 2, SizeNotice.THRESHOLD), false, file))
                .hasValueSatisfying(line -> assertThat(line).endsWith(" free, less than that: it will likely run out of space"
                        + " part-way (leaving no file); stop it (Ctrl-C) and ask for fewer, or write elsewhere"));
        // a --size limit is checked exactly before the run (refused when above the free space): no warning here
        assertThat(SizeNotice.of("secmaster", "rows", Math.max(usable * 2, SizeNotice.THRESHOLD), true, file))
                .hasValueSatisfying(line -> assertThat(line).endsWith(" free"));
        if (usable > SizeNotice.THRESHOLD) {   // an estimate that fits (on a disk with more than 1 GiB free)
            assertThat(SizeNotice.of("fxbars", "bars", SizeNotice.THRESHOLD, false, file).orElseThrow())
                    .doesNotContain("run out of space");
        }
    }

    @Test
    void aRunOfSecondsSaysNothingBeforeItsSummary() {
        assertThat(SizeNotice.of("fixlog", "1,000 messages", SizeNotice.THRESHOLD - 1, false, dir.resolve("f.log")))
                .isEmpty();
    }
}
