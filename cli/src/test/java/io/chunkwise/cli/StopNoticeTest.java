package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stop's line says of an output, as it was before the run. */
class StopNoticeTest {
    @TempDir
    Path dir;

    @Test
    void anOutputIsNotWrittenLeftAsItWasOrAStreamKeepsWhatItGot() throws Exception {
        Path missing = dir.resolve("m.csv");
        assertThat(StopNotice.outputLeft(missing)).isEqualTo(missing + " was not written");
        Path earlier = Files.writeString(dir.resolve("earlier.csv"), "x\n");
        assertThat(StopNotice.outputLeft(earlier)).isEqualTo(earlier + " is left as it was");
        assertThat(StopNotice.outputLeft(Path.of("/dev/null"))).isEqualTo("/dev/null got what was written before the stop");
    }

    @Test
    void aChildsExitCodeOtherThanASignalsIsNoStop() throws Exception {
        long start = System.nanoTime();
        assertThat(StopNotice.stoppedWith(1)).isFalse();
        assertThat(System.nanoTime() - start).as("no wait for an ordinary failure").isLessThan(500_000_000L);
    }
}
