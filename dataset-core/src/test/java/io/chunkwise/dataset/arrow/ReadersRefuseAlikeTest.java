package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated cache, a compressed file and a file with a nested column are refused by both readers
 * with the same reason and byte offset: the buffered one does not pass on Arrow Java's words (a
 * byte-array dump, "add the arrow-compression module") or accept the nested column. Both refuse
 * alike to read a column that is not floating-point (the buffered one read it as zeros).
 */
class ReadersRefuseAlikeTest {
    @TempDir
    Path dir;

    /** @return the reason each reader gives, mapped first */
    static String[] reasons(Path file) {
        return Arrays.stream(ReadMode.values()).map(mode -> {
            CacheFormatException e = catchThrowableOfType(CacheFormatException.class, () -> mode.open(file).close());
            assertThat(e).as("%s refuses %s", mode, file.getFileName()).isNotNull();
            return e.getMessage();
        }).toArray(String[]::new);
    }

    private static void assertPlain(String reason) {
        assertThat(reason).doesNotContain("Exception").doesNotContain("[-").doesNotContain("Magic number")
                .doesNotContain("module");
    }

    @Test
    void aTruncatedCacheIsNamedTruncatedWithItsOffset() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 300, 3);
        Path good = dir.resolve("good.arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), 100).build(csv, good, d -> { }, r -> { });
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.arrow"), Arrays.copyOf(bytes, bytes.length - 6));
        String[] r = reasons(cut);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).startsWith(cut + " (byte " + (bytes.length - 12) + "): ").contains("truncated");
        assertPlain(r[0]);
    }

    @Test
    void bothReadersRefuseToReadAColumnThatIsNotFloatingPoint() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 300, 3);
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), 100).build(csv, cache, d -> { }, r -> { });
        for (ReadMode mode : ReadMode.values()) {
            try (CacheTable t = mode.open(cache); RowReader reader = t.reader()) {
                CacheColumn time = t.columns().stream().filter(c -> c.type() == ColumnType.OTHER).findFirst().orElseThrow();
                assertThatThrownBy(() -> reader.read(0, 2, new int[] {time.index()}, new float[2], 0)).as("%s", mode)
                        .isInstanceOf(IllegalArgumentException.class).hasMessage("column " + time.name() + " is not floating-point");
            }
        }
    }

    @Test
    void aCompressedFileIsNamedCompressedNotCorrupt() throws IOException {
        Path f = resource("py-lz4.arrow");
        String[] r = reasons(f);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).startsWith(f + " (byte ").contains("record batch 0 is compressed")
                .contains("compression='uncompressed'").doesNotContain("corrupt").doesNotContain("rebuild");
        assertPlain(r[0]);
    }

    @Test
    void aNestedColumnIsRefusedByBothReaders() throws IOException {
        Path f = resource("py-nested.arrow");
        String[] r = reasons(f);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).startsWith(f + " (byte ").contains("column 'l' has type List").contains("only flat columns");
    }

    @Test
    void aViewColumnIsRefusedByBothNamingItAndHowToWriteIt() throws IOException {
        Path f = resource("py-string-view.arrow");
        String[] r = reasons(f);
        assertThat(r[1]).isEqualTo(r[0]);
        assertThat(r[0]).startsWith(f + " (byte ").contains("column 'sv' has type Utf8View")
                .contains("a view type").contains("pa.string()");
    }

    private Path resource(String name) throws IOException {
        Path f = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/pyarrow/" + name)) {
            Files.copy(in, f);
        }
        return f;
    }
}
