package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.csv.RejectWriter;
import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.recon.ReconcileCsv;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails (a full disk: Linux's {@code /dev/full} fails every write with ENOSPC, as a
 * full file system does) names the output that failed, since a run's outputs may be on different disks.
 */
class FullDiskTest {
    private static final Path FULL = Path.of("/dev/full");
    private static final String NO_SPACE = "No space left on device";

    @TempDir
    Path dir;

    @BeforeEach
    void needsDevFull() {
        assumeTrue(Files.isWritable(FULL), "/dev/full (Linux) is needed");
    }

    @Test
    void theRejectsFileIsNamed() {
        assertThatThrownBy(() -> {
            try (RejectWriter w = new RejectWriter(FULL)) {
                for (int i = 0; i < 100_000; i++) {
                    w.accept(new Reject(i, i, "expected 4 fields, found 3"));
                }
                w.publish();
            }
        }).isInstanceOf(UncheckedIOException.class).hasMessage("rejects file " + FULL + ": " + NO_SPACE);
    }

    @Test
    void aSmallRejectsFileFailsWhenPublishedAndIsNamed() {
        assertThatThrownBy(() -> {
            try (RejectWriter w = new RejectWriter(FULL)) {
                w.accept(new Reject(2, 20, "expected 4 fields, found 3"));
                w.publish();
            }
        }).isInstanceOf(UncheckedIOException.class).hasMessage("rejects file " + FULL + ": " + NO_SPACE);
    }

    @Test
    void anIndexBuildNamesItsRejectsFileAndPublishesNoIndex() throws Exception {
        Path file = dir.resolve("m.csv");
        StringBuilder b = new StringBuilder("cusip,isin,symbol,name\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(String.format("%09d,X,Y%n", i));
        }
        b.append("037833100,US0378331005,AAPL,Apple\n");
        Files.writeString(file, b);
        Path idx = Indexer.defaultPath(file);
        assertThatThrownBy(() -> Indexer.build(file, idx, IndexOptions.defaults().withRejects(FULL)))
                .hasMessage("rejects file " + FULL + ": " + NO_SPACE);
        assertThat(idx).doesNotExist();
    }

    @Test
    void theDiscrepanciesAndRejectsFilesOfAReconcileAreNamed() {
        for (boolean discrepancies : new boolean[] {true, false}) {
            assertThatThrownBy(() -> {
                try (ReconcileCsv csv = new ReconcileCsv(discrepancies ? FULL : null, discrepancies ? null : FULL)) {
                    csv.publish();
                }
            }).isInstanceOf(UncheckedIOException.class)
                    .hasMessage((discrepancies ? "discrepancies file " : "rejects file ") + FULL + ": " + NO_SPACE);
        }
    }

    @Test
    void aGeneratedMasterNamesItsOutput() {
        // it named nothing: "No space left on device", of which of a run's files?
        assertThatThrownBy(() -> new SecMasterGenerator(SecMasterSpec.ofRows(50_000).withWorkers(2)).generate(FULL, n -> {
        })).isInstanceOf(UncheckedIOException.class).hasMessage("output file " + FULL + ": " + NO_SPACE);
    }
}
