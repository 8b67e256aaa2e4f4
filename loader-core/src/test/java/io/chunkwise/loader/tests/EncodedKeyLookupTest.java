package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text look-up finds the records whose key reads as that text, and no record whose key reads as another. */
class EncodedKeyLookupTest {
    @TempDir
    Path dir;

    @Test
    void aKeyIsFoundByTheTextItsBytesReadAs() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("symbol,name\n".getBytes(StandardCharsets.US_ASCII));
        csv.writeBytes("\u00c3\u00a9,utf8 mojibake\n".getBytes(StandardCharsets.UTF_8)); // C3 83 C2 A9
        long utf8Acute = csv.size();
        csv.writeBytes("\u00e9,utf8 acute\n".getBytes(StandardCharsets.UTF_8)); // C3 A9
        long windowsAcute = csv.size();
        csv.writeBytes(new byte[] {(byte) 0xE9, ',', 'c', 'p', '1', '2', '5', '2', '\n'});
        Path file = dir.resolve("m.csv");
        Files.write(file, csv.toByteArray());
        Path idx = dir.resolve("m.cwx");
        Indexer.build(file, idx, IndexOptions.defaults());
        try (IndexFile f = IndexFile.open(idx, file)) {
            // "Ã©" in Windows-1252 is C3 A9, the UTF-8 of "é": that record reads as "é", not "Ã©"
            assertThat(f.offsets(KeyKind.SYMBOL, "\u00c3\u00a9")).containsExactly(12L);
            assertThat(f.record(12L)).containsExactly("\u00c3\u00a9", "utf8 mojibake");
            // "é" is both C3 A9 (UTF-8) and E9 (a Windows-1252 export), in file order
            assertThat(f.offsets(KeyKind.SYMBOL, "\u00e9")).containsExactly(utf8Acute, windowsAcute);
            assertThat(f.record(windowsAcute)).containsExactly("\u00e9", "cp1252");
            // a null is the caller's mistake, named, not an NPE from deep inside the look-up
            assertThatThrownBy(() -> f.offsets(KeyKind.SYMBOL, (String) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("key");
            assertThatThrownBy(() -> f.offsets(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("kind");
        }
    }
}
