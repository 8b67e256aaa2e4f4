package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.generate.FixLogGenerator;
import io.chunkwise.loader.generate.FixLogSpec;
import io.chunkwise.loader.generate.FixLogTruth;
import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.io.MappedFile;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation of {@code generate fixlog}'s output against its generated master, through the
 * real persisted index: exact planted counts, whatever the workers and chunk size.
 */
class PlantedTruthTest {
    @TempDir
    Path dir;

    @Test
    void everyScanConfigurationFindsExactlyThePlantedDiscrepancies() {
        Path master = dir.resolve("master.csv");
        new SecMasterGenerator(SecMasterSpec.ofRows(5_000).withSeed(5).withDuplicateRate(0.02)
                .withInvalidCheckDigitRate(0.01).withSharedSymbolRate(0.2)).generate(master, d -> { });
        Path log = dir.resolve("orders.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(40_000).withDiscrepancyRate(0.05).withSeed(9))
                .generate(log, d -> { });
        assertThat(truth.discrepancies()).isPositive();

        try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index();
                MappedFile file = MappedFile.open(log)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            for (ScanOptions options : new ScanOptions[] {
                ScanOptions.serial(),
                ScanOptions.parallel(2).withChunkSize(4096),
                ScanOptions.parallel(3).withChunkSize(65_537),
                ScanOptions.parallel(4).withChunkSize(777),
            }) {
                ReconcileResult r = reconciler.reconcile(file.segment(), options);
                assertThat(r.messages()).as("%s", options).isEqualTo(truth.messages());
                assertThat(r.malformed()).isEqualTo(truth.malformed());
                assertThat(r.checked()).isEqualTo(truth.checked());
                assertThat(r.discrepancies()).isEqualTo(Map.of(
                        DiscrepancyType.SYMBOL_MISMATCH, truth.symbolMismatch(),
                        DiscrepancyType.UNKNOWN_SECURITY, truth.unknownSecurity(),
                        DiscrepancyType.UNKNOWN_SYMBOL, truth.unknownSymbol()));
            }
        }
    }
}
