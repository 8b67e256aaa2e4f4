package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --json}, no output may be standard output, where the JSON must stand alone: checked
 * in child JVMs whose stdout is a file, so {@code /dev/stdout} is a real file descriptor.
 */
class JsonStdoutTest {
    @TempDir
    static Path dir;
    static Path master;
    static Path log;

    @BeforeAll
    static void inputs() {
        master = dir.resolve("m.csv");
        log = dir.resolve("l.fix");
        CliRun m = CliRun.of("generate", "secmaster", "--rows", "300", "--seed", "3", "-o", master.toString());
        assertThat(m.code()).as(m.err()).isZero();
        CliRun l = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "200", "-o", log.toString());
        assertThat(l.code()).as(l.err()).isZero();
    }

    @Test
    void anOutputThatIsTheGivenStdoutIsRefusedByIdentity() throws Exception {
        Path stdout = Files.createFile(dir.resolve("stdout.json"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), stdout);
        assertThatThrownBy(() -> JsonStdout.refuse("--rejects", link, stdout)).isInstanceOf(UserError.class)
                .hasMessage("--rejects " + link + " is standard output, where --json prints its JSON: write it to a file, "
                        + "or leave out --json");
        assertThatCode(() -> JsonStdout.refuse("--rejects", dir.resolve("other.csv"), stdout)).doesNotThrowAnyException();
        assertThatCode(() -> JsonStdout.refuse("--out", Path.of("/dev/null"), Path.of("/dev/null")))
                .as("nothing written to the null device mixes with the JSON").doesNotThrowAnyException();
    }

    @Test
    void scanRefusesRejectsOnItsStdoutHoweverNamed() throws Exception {
        Path out = dir.resolve("scan.out");
        for (String rejects : List.of("/dev/stdout", "/proc/self/fd/1", out.toString())) {
            Child run = child(out, "scan", master.toString(), "--json", "--rejects", rejects);
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).isEqualTo("chunkwise scan: --rejects " + rejects
                    + " is standard output, where --json prints its JSON: write it to a file, or leave out --json");
        }
        Child plain = child(out, "scan", master.toString(), "--rejects", "/dev/stdout");
        assertThat(plain.code()).as("without --json, /dev/stdout is how to send rejects there: " + plain.err()).isZero();
    }

    @Test
    void fixscanAndReconcileRefuseTheirOutputsOnStdout() throws Exception {
        Path out = dir.resolve("fix.out");
        Child fixscan = child(out, "fixscan", log.toString(), "--json", "--rejects", "/dev/stdout");
        assertThat(fixscan.code()).as(fixscan.err()).isEqualTo(2);
        assertThat(fixscan.err()).contains("--rejects /dev/stdout is standard output");
        Child reconcile = child(out, "reconcile", "--master", master.toString(), "--fix", log.toString(), "--json",
                "--out", "/dev/stdout");
        assertThat(reconcile.code()).as(reconcile.err()).isEqualTo(2);
        assertThat(reconcile.out()).isEmpty();
        assertThat(reconcile.err()).contains("--out /dev/stdout is standard output");
        Child toFile = child(out, "reconcile", "--master", master.toString(), "--fix", log.toString(), "--json",
                "--out", dir.resolve("d.csv").toString());
        assertThat(toFile.code()).as(toFile.err()).isIn(0, 1);
        assertThat(Json.mapper().readTree(toFile.out()).isObject()).isTrue();
    }

    private record Child(int code, String out, String err) {
    }

    /** Runs the CLI in a JVM of its own, its stdout redirected to {@code out}. */
    private static Child child(Path out, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("child.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
