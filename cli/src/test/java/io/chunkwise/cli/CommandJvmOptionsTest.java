package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.chunkwise.cli.startup.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandJvmOptionsTest {
    /** An installation whose launcher made no family cache. */
    private static final Path NO_CACHES = Path.of("no-such-installation");
    private static final List<String> TABLE = List.of(
            "# comment line, reconcile -Xignored",
            "",
            "reconcile    trained-cache -XX:-TieredCompilation -XX:CICompilerCount=2",
            "  scan\t-Xfoo",
            "index",
            "lookup    build-heap -Xbar");

    @TempDir
    Path home;

    @Test
    void aCommandGetsTheOptionsOfItsLine() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("reconcile", "--master", "m.csv"), NO_CACHES))
                .containsExactly("-XX:-TieredCompilation", "-XX:CICompilerCount=2");
        assertThat(CommandJvmOptions.of(TABLE, List.of("scan", "f.csv"), NO_CACHES)).containsExactly("-Xfoo");
    }

    @Test
    void aTrainedCacheTheLauncherMadeComesBeforeTheCommandsOptions() throws Exception {
        assumeFalse("off".equals(System.getenv("CHUNKWISE_AOT")), "start-up caches turned off");
        Path cache = home.resolve("cli/target/chunkwise-reconcile.aot");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "a cache");
        assertThat(CommandJvmOptions.of(TABLE, List.of("reconcile"), home)).startsWith("-XX:AOTCache=" + cache)
                .endsWith("-XX:-TieredCompilation", "-XX:CICompilerCount=2");
    }

    @Test
    void aBuildHeapComesFromTheCommandsOwnArguments() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("--verbose", "lookup", "m.csv", "--memory-budget", "512MiB"),
                NO_CACHES)).containsExactly("-Xmx" + (512 - 56 - workers()) + "m",
                "-Xbar");
        assertThat(CommandJvmOptions.of(TABLE, List.of("lookup", "m.csv", "--strategy", "full"), NO_CACHES))
                .containsExactly("-Xbar");
    }

    @Test
    void theUsersOptionsWinOverTheTablesInAChildAsInTheLaunchersRun() {
        List<String> table = List.of("-Xmx70m", "-XX:-TieredCompilation", "-XX:CICompilerCount=2",
                "-XX:AOTCache=c.aot", "-Xlog:aot=off");
        assertThat(CommandJvmOptions.withoutOverridden(table, " -Xmx2g  -XX:+TieredCompilation\t-XX:AOTCache=mine.aot "))
                .containsExactly("-XX:CICompilerCount=2", "-Xlog:aot=off");
        assertThat(CommandJvmOptions.withoutOverridden(table, "-XX:CICompilerCount=3 -Xms1g -Xlog:gc"))
                .containsExactly("-Xmx70m", "-XX:-TieredCompilation", "-XX:AOTCache=c.aot", "-Xlog:aot=off");
        assertThat(CommandJvmOptions.withoutOverridden(table, null)).isEqualTo(table);
        assertThat(CommandJvmOptions.withoutOverridden(table, " ")).isEqualTo(table);
    }

    private static int workers() {
        return io.chunkwise.loader.io.ChunkLimits.defaultWorkers();
    }

    @Test
    void rootOptionsBeforeTheCommandAreSkipped() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("--verbose", "scan", "f.csv"), NO_CACHES)).containsExactly("-Xfoo");
    }

    @Test
    void aCommandWithoutALineOrOptionsGetsNone() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("fixscan", "f.log"), NO_CACHES)).isEmpty();
        assertThat(CommandJvmOptions.of(TABLE, List.of("index", "m.csv"), NO_CACHES)).isEmpty();
        assertThat(CommandJvmOptions.of(TABLE, List.of("--help"), NO_CACHES)).isEmpty();
        assertThat(CommandJvmOptions.of(TABLE, List.of(), NO_CACHES)).isEmpty();
    }

    @Test
    void commentsAreNotCommands() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("#", "x"), NO_CACHES)).isEmpty();
    }

    /** The installation's own table: every line names a command and gives JVM options. */
    @Test
    void theInstalledTableNamesRealCommands() throws Exception {
        Path table = Path.of("..").resolve(CommandJvmOptions.FILE);
        List<String> lines = Files.readAllLines(table);
        List<String> commands = lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
        assertThat(commands).isNotEmpty();
        for (String command : commands) {
            assertThat(Subcommands.named(command)).as(command).isPresent();
            assertThat(CommandJvmOptions.words(lines, List.of(command))).as(command).isNotEmpty()
                    .allSatisfy(o -> assertThat(o).matches("-.*|" + CommandJvmOptions.TRAINED_CACHE + "|" + BuildHeap.WORD + "|"
                            + BuildHeap.RECONCILE_WORD));
            if (CommandJvmOptions.words(lines, List.of(command)).contains(CommandJvmOptions.TRAINED_CACHE)) {
                assertThat(TrainingRun.isTrained(command)).as(command + " has a training run").isTrue();
            }
        }
    }
}
