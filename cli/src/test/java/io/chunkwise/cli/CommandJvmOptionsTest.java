package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandJvmOptionsTest {
    private static final List<String> TABLE = List.of(
            "# comment line, reconcile -Xignored",
            "",
            "reconcile    -XX:-TieredCompilation -XX:CICompilerCount=2",
            "  scan\t-Xfoo",
            "index");

    @Test
    void aCommandGetsTheOptionsOfItsLine() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("reconcile", "--master", "m.csv")))
                .containsExactly("-XX:-TieredCompilation", "-XX:CICompilerCount=2");
        assertThat(CommandJvmOptions.of(TABLE, List.of("scan", "f.csv"))).containsExactly("-Xfoo");
    }

    @Test
    void rootOptionsBeforeTheCommandAreSkipped() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("--verbose", "scan", "f.csv"))).containsExactly("-Xfoo");
    }

    @Test
    void aCommandWithoutALineOrOptionsGetsNone() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("lookup", "m.csv"))).isEmpty();
        assertThat(CommandJvmOptions.of(TABLE, List.of("index", "m.csv"))).isEmpty();
        assertThat(CommandJvmOptions.of(TABLE, List.of("--help"))).isEmpty();
        assertThat(CommandJvmOptions.of(TABLE, List.of())).isEmpty();
    }

    @Test
    void commentsAreNotCommands() {
        assertThat(CommandJvmOptions.of(TABLE, List.of("#", "x"))).isEmpty();
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
            assertThat(CommandJvmOptions.of(lines, List.of(command))).as(command).isNotEmpty()
                    .allSatisfy(o -> assertThat(o).startsWith("-"));
        }
    }
}
