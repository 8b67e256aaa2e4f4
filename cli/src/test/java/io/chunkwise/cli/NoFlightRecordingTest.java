package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.startup.TrainingRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run without a flight recording never initializes Chunkwise's JFR event classes, whose first
 * use sets up JFR's metadata for every event type (100 ms and more of a reconcile's wall time).
 * The common commands (index, scan, lookup, fixscan, reconcile, dataset cache and iterate: the
 * start-up cache's training run) run in a JVM of their own that logs each class it initializes.
 */
class NoFlightRecordingTest {
    private static final List<String> EVENT_CLASSES = List.of("io/chunkwise/loader/io/ChunkEvent",
            "io/chunkwise/dataset/sample/BatchEvent", "jdk/jfr/internal/MetadataRepository");

    @TempDir
    Path dir;

    @Test
    void theCommonCommandsInitializeNoEventClassWithoutARecording() throws Exception {
        assertThat(initialized(run(dir.resolve("plain.log")))).isEmpty();
    }

    @Test
    void withARecordingTheChunkEventsAreMade() throws Exception {
        // the control: the same log shows the classes when a recording runs
        List<String> jfr = List.of("-XX:StartFlightRecording:filename=" + dir.resolve("run.jfr"));
        assertThat(initialized(run(dir.resolve("recorded.log"), jfr))).containsAll(EVENT_CLASSES);
    }

    private static List<String> initialized(String log) {
        return EVENT_CLASSES.stream().filter(c -> log.contains("Initializing '" + c + "'")).toList();
    }

    private String run(Path log) throws Exception {
        return run(log, List.of());
    }

    /** @return the class-initialization log of the training run's commands in a JVM of their own */
    private String run(Path log, List<String> jvmOptions) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xlog:class+init=info:file=" + log,
                "--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(TrainingRun.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the training run ends").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
