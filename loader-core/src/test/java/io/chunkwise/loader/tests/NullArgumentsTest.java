package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.recon.Reconciler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A null argument is refused at once, named, not met later half-way through the work. */
class NullArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aReconcilerOfNoMasterIsRefusedWhenMade() {
        assertThatThrownBy(() -> new Reconciler(null)).isInstanceOf(NullPointerException.class).hasMessage("master");
    }

    @Test
    void aContainsOfNoKeyNamesIt() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index()) {
            assertThatThrownBy(() -> index.contains(KeyKind.CUSIP, (byte[]) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("key");
            assertThatThrownBy(() -> index.contains(null, new byte[] {'A'}))
                    .isInstanceOf(NullPointerException.class).hasMessage("kind");
        }
    }
}
