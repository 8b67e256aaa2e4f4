package io.chunkwise.bench.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.bench.loader.SecMasterRecipe;
import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipes run in a real child JVM: output prefixed, failures with exit code and last lines. */
class ChildJvmTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    /** Writes its arguments to the target, and says so on stdout and stderr. */
    public static final class Echo implements InputRecipe {
        /** For RecipeMain. */
        public Echo() {
        }

        @Override
        public void write(Path target, List<String> args) throws IOException {
            System.out.println("writing " + args.size() + " args");
            System.err.println("pid " + ProcessHandle.current().pid());
            Files.writeString(target, String.join(",", args));
        }
    }

    /** Writes half, talks, then fails. */
    public static final class Failing implements InputRecipe {
        /** For RecipeMain. */
        public Failing() {
        }

        @Override
        public void write(Path target, List<String> args) throws IOException {
            Files.writeString(target, "half");
            for (int i = 1; i <= 30; i++) {
                System.out.println("line " + i);
            }
            throw new IOException("disk full");
        }
    }

    @Test
    void runsTheRecipeInAnotherJvmAndPrefixesItsOutput() throws IOException {
        Path target = dir.resolve("out.txt");
        new ChildJvm(out, "input x.txt: ").run(Echo.class, target, List.of("a", "b c", ""));

        assertThat(target).hasContent("a,b c,");
        String text = console.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).contains("input x.txt: writing 3 args").allMatch(l -> l.startsWith("input x.txt: "));
        long childPid = Long.parseLong(text.lines().filter(l -> l.contains("pid ")).findFirst().orElseThrow()
                .replaceFirst(".*pid ", ""));
        assertThat(childPid).isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aFailingRecipeIsAnIOExceptionWithItsExitCodeAndLastLines() {
        Path target = dir.resolve("out.txt");
        assertThatThrownBy(() -> new ChildJvm(out, "> ").run(Failing.class, target, List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Failing exited with 1: ")
                .hasMessageContaining("disk full")
                .hasMessageNotContaining("line 20 ");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("> line 1\n", "> line 30\n");
    }

    @Test
    void anUnknownRecipeFailsWithItsReason() {
        assertThatThrownBy(() -> new ChildJvm(out, "> ").run(InputRecipe.class, dir.resolve("x"), List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited with 1");
    }

    @Test
    void aFailingChildFailsTheCacheAndLeavesNothing() throws IOException {
        InputCache cache = new InputCache(dir);
        InputKey key = InputKey.of("demo", 1, "txt", Map.of("n", 1));
        assertThatThrownBy(() -> cache.get(key, Failing.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot generate benchmark input " + cache.pathOf(key))
                .hasMessageContaining("Failing exited with 1").hasMessageContaining("disk full");
        assertThat(cache.pathOf(key)).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(cache.get(key, Echo.class, "whole")).hasContent("whole");
    }

    @Test
    void aRecipeWritesWhatTheGeneratorWritesInProcess() throws IOException {
        // existing caches stay valid: the child writes the same bytes as the in-process generator did
        Path inChild = new InputCache(dir.resolve("child")).get(InputKey.of("secmaster", 1, "csv", Map.of("maxBytes", 200_000)),
                SecMasterRecipe.class, "200000", "42");
        Path here = dir.resolve("here.csv");
        new SecMasterGenerator(SecMasterSpec.ofSize(200_000).withSeed(42)).generate(here, done -> { });
        assertThat(Files.mismatch(inChild, here)).isEqualTo(-1);
    }
}
