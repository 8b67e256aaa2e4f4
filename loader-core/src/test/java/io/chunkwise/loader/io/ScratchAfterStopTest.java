package io.chunkwise.loader.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scratch file asked for once the JVM is stopping (Ctrl-C just as a build starts) is refused with an
 * IOException that says so, where the cleanup hook's registration failed in a class initializer and the
 * command ended in "internal error: ExceptionInInitializerError"; and nothing is left behind.
 */
class ScratchAfterStopTest {
    @TempDir
    Path dir;

    /** Asks for its first scratch file from a shutdown hook: the JVM is then stopping. */
    static final class FirstScratchWhileStopping {
        public static void main(String[] args) {
            Path out = Path.of(args[0]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ScratchFiles.file(out);
                    System.out.println("made");
                } catch (IOException e) {
                    System.out.println("refused: " + e.getMessage() + "; stopping " + ScratchFiles.stopping());
                } catch (Throwable t) {
                    System.out.println("failed: " + t);
                }
            }));
        }
    }

    @Test
    void aScratchFileAskedForWhileTheJvmStopsIsRefusedAndNoneIsLeft() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FirstScratchWhileStopping.class.getName(), dir.resolve("out.cwx").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(output).isEqualTo("refused: stopping (Ctrl-C or SIGTERM): no scratch file is made; stopping true");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(Path::toString).toList()).as("nothing left").isEqualTo(List.of());
        }
    }
}
