package io.chunkwise.bench.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCacheTest {
    @TempDir
    Path dir;

    @Test
    void sameParametersInAnyOrderNameTheSameFile() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("rows", 1000);
        a.put("seed", 42);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("seed", "42");
        b.put("rows", "1000");
        assertThat(InputKey.of("secmaster", 1, "csv", a).fileName())
                .isEqualTo(InputKey.of("secmaster", 1, "csv", b).fileName())
                .startsWith("secmaster-v1-rows=1000,seed=42-")
                .endsWith(".csv");
    }

    @Test
    void anyDifferenceNamesAnotherFile() {
        String base = InputKey.of("secmaster", 1, "csv", Map.of("rows", 1000, "seed", 42)).fileName();
        assertThat(InputKey.of("secmaster", 1, "csv", Map.of("rows", 1001, "seed", 42)).fileName()).isNotEqualTo(base);
        assertThat(InputKey.of("secmaster", 2, "csv", Map.of("rows", 1000, "seed", 42)).fileName()).isNotEqualTo(base);
        assertThat(InputKey.of("fixlog", 1, "csv", Map.of("rows", 1000, "seed", 42)).fileName()).isNotEqualTo(base);
        assertThat(InputKey.of("secmaster", 1, "txt", Map.of("rows", 1000, "seed", 42)).fileName()).isNotEqualTo(base);
        assertThat(InputKey.of("secmaster", 1, "csv", Map.of("rows", 1000)).fileName()).isNotEqualTo(base);
    }

    @Test
    void valuesThatLookAlikeWhenSanitizedStillDiffer() {
        String slash = InputKey.of("g", 1, "csv", Map.of("delim", "/")).fileName();
        String pipe = InputKey.of("g", 1, "csv", Map.of("delim", "|")).fileName();
        assertThat(slash).isNotEqualTo(pipe);
        assertThat(slash).doesNotContain("/").doesNotContain("|");
    }

    @Test
    void badNamesAreRejected() {
        assertThatThrownBy(() -> InputKey.of("../etc", 1, "csv", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputKey.of("g", 1, "c/v", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputKey.of("g", 1, "csv", Map.of("a b", 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatesOnceAndReusesAcrossCacheInstances() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        InputKey key = InputKey.of("demo", 1, "txt", Map.of("n", 3));
        InputGenerator gen = target -> {
            calls.incrementAndGet();
            Files.writeString(target, "abc");
        };
        Path first = new InputCache(dir).get(key, gen);
        Path second = new InputCache(dir).get(key, gen);
        assertThat(first).isEqualTo(second).hasContent("abc");
        assertThat(calls).hasValue(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void concurrentRequestsGenerateOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        InputKey key = InputKey.of("demo", 1, "txt", Map.of("n", 4));
        InputCache cache = new InputCache(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> cache.get(key, target -> {
                    calls.incrementAndGet();
                    Files.writeString(target, "x".repeat(1000));
                })));
            }
            for (Future<Path> f : futures) {
                assertThat(f.get()).hasContent("x".repeat(1000));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void aFailedGenerationLeavesNothingAndIsRetried() {
        InputKey key = InputKey.of("demo", 1, "txt", Map.of("n", 5));
        InputCache cache = new InputCache(dir);
        assertThatThrownBy(() -> cache.get(key, target -> {
            Files.writeString(target, "half");
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        assertThat(cache.pathOf(key)).doesNotExist();
        assertThat(cache.get(key, target -> Files.writeString(target, "whole"))).hasContent("whole");
    }

    @Test
    void directoryComesFromPropertyThenEnvironmentThenXdgThenHome() {
        assertThat(InputCache.defaultDirectory("/p", "/e", "/x", "/h")).isEqualTo(Path.of("/p"));
        assertThat(InputCache.defaultDirectory(null, "/e", "/x", "/h")).isEqualTo(Path.of("/e"));
        assertThat(InputCache.defaultDirectory(" ", null, "/x", "/h")).isEqualTo(Path.of("/x/chunkwise/bench-inputs"));
        assertThat(InputCache.defaultDirectory(null, null, null, "/h")).isEqualTo(Path.of("/h/.cache/chunkwise/bench-inputs"));
    }

    @Test
    void sizesParse() {
        assertThat(Sizes.parse("64MiB")).isEqualTo(64L << 20);
        assertThat(Sizes.parse("4GiB")).isEqualTo(4L << 30);
        assertThat(Sizes.parse("500MB")).isEqualTo(500_000_000L);
        assertThat(Sizes.parse("4096")).isEqualTo(4096);
        assertThatThrownBy(() -> Sizes.parse("lots")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lots");
    }

    @Test
    void aWellFormedSizeALongCannotHoldIsTooLargeAsOnTheCommandLine() {
        // QA: -p size=9999999TB was an internal error (an ArithmeticException), 1PiB and 1ZiB "not a size"
        assertThat(Sizes.parse("1PiB")).isEqualTo(1L << 50);
        assertThat(Sizes.parse("7EiB")).isEqualTo(7L << 60);
        assertThat(Sizes.parse("9EB")).isEqualTo(9_000_000_000_000_000_000L);
        for (String large : new String[] {"9999999TB", "8EiB", "1ZiB", "1YB", "9223372036854775808"}) {
            assertThatThrownBy(() -> Sizes.parse(large)).as(large).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + large + "' is too large a size (at most 9223372036854775807 bytes, just under 8EiB)");
        }
    }
}
