package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.bars.BarsFormatException;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.loader.csv.CsvParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link CacheBuilder#build}'s javadoc says of a file that is not bars, through the API alone:
 * an empty file, a cache given as bars, a header without bars; each named, and no cache written.
 */
class CacheBuilderInputErrorsTest {
    @TempDir
    Path dir;

    @Test
    void eachBadInputIsTheExceptionTheJavadocNamesAndWritesNothing() throws IOException {
        CacheBuilder builder = new CacheBuilder(FeatureSpec.parse(FeatureSpec.DEFAULT), 64);
        Path cache = dir.resolve("out.arrow");
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThatThrownBy(() -> builder.build(empty, cache, b -> { }, r -> { }))
                .isInstanceOf(CsvParseException.class).hasMessageContaining(empty + ":1 (byte 0): empty file");
        Path arrow = Files.write(dir.resolve("given.arrow"), "ARROW1\0\0rest".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> builder.build(arrow, cache, b -> { }, r -> { }))
                .isInstanceOf(BarsFormatException.class).hasMessageContaining(arrow + ": an Arrow IPC file");
        Path header = Files.writeString(dir.resolve("header.csv"), "timestamp,open,high,low,close,volume\n");
        assertThatThrownBy(() -> builder.build(header, cache, b -> { }, r -> { }))
                .isInstanceOf(TooFewRowsException.class).hasMessageContaining(header + ":1 (byte 0): only a header");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("empty.csv", "given.arrow", "header.csv");
        }
    }

    @Test
    void anIndexIsNeverReplacedByACacheAndNullReceiversAreRefusedBeforeAnyWork() throws IOException {
        CacheBuilder builder = new CacheBuilder(FeatureSpec.parse("ret"), 64);
        Path bars = TestBars.csv(dir.resolve("bars.csv"), 100, 5);
        // an index's magic number: what a master's lookups read first
        Path index = Files.write(dir.resolve("m.csv.cwx"), new byte[] {'C', 'H', 'U', 'N', 'K', 'W', 'X', 1, 0, 0});
        assertThatThrownBy(() -> builder.build(bars, index, b -> { }, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output " + index + ": is a chunkwise index");
        assertThat(Files.readAllBytes(index)).hasSize(10);
        Path cache = dir.resolve("out.arrow");
        assertThatThrownBy(() -> builder.build(bars, cache, b -> { }, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rejects");
        assertThatThrownBy(() -> builder.build(bars, cache, null, r -> { }))
                .isInstanceOf(NullPointerException.class).hasMessage("progress");
        assertThat(cache).doesNotExist();
    }
}
