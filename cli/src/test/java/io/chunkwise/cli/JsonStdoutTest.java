package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that are standard output or error, checked in child JVMs whose streams are files, so
 * {@code /dev/stdout} is a real file descriptor: with {@code --json}, refused, as the JSON must
 * stand alone; without, written through the descriptor, after what the shell wrote there before
 * (not renamed over the file, nor written from its start).
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

    @Test
    void theDefaultIndexAndRejectsAreRefusedOnStdoutToo() throws Exception {
        // index FILE --json > FILE.cwx: the index renamed over the JSON's file, which is lost (QA-19 Q19-3)
        Path copy = Files.copy(master, dir.resolve("defaults.csv"));
        String[][] runs = {
            {"index", copy.toString(), "--json"},
            {"lookup", copy.toString(), "--symbol", "X", "--json"},
            {"reconcile", "--master", copy.toString(), "--fix", log.toString(), "--json"},
        };
        for (String[] args : runs) {
            Path out = Path.of(copy + ".cwx");
            Child run = child(out, args);
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("chunkwise " + args[0] + ": --index " + out
                    + " is standard output, where --json prints its JSON: write it to a file, or leave out --json");
        }
        Path rejects = Path.of(copy + ".rejects.csv");
        Child run = child(rejects, "index", copy.toString(), "--json");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("--rejects " + rejects + " is standard output");
    }

    @Test
    void withoutJsonAnOutputOnStdoutFollowsWhatTheShellWroteThere() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.fix"), Files.readString(log, StandardCharsets.ISO_8859_1)
                + "8=FIX.4.4\u00019=5\u000135=0\u0001\n", StandardCharsets.ISO_8859_1);
        String[][] runs = {
            {"fixscan", broken.toString(), "--rejects", "/dev/stdout"},
            {"reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", "/proc/self/fd/1"},
            {"generate", "fxbars", "--rows", "3", "-o", "/dev/stdout"},
        };
        long discrepancies = 0;
        for (var count : Json.mapper().readTree(Path.of(log + ".expected.json").toFile()).get("discrepancies")) {
            discrepancies += count.asLong();
        }
        for (String[] args : runs) {
            Path out = Files.writeString(dir.resolve(args[0] + ".out"), "before\n");
            Object inode = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
            Child run = child(Redirect.appendTo(out.toFile()), Redirect.to(dir.resolve("child.err").toFile()), args);
            assertThat(run.code()).as(run.err()).isIn(0, 1);
            assertThat(run.out()).as(args[0]).startsWith("before\n").hasLineCount(args[0].equals("fixscan") ? 3
                    : args[0].equals("generate") ? 5 : Math.toIntExact(2 + discrepancies));
            assertThat(Files.readAttributes(out, BasicFileAttributes.class).fileKey()).as("the shell's file").isEqualTo(inode);
        }
        assertThat(Path.of("/dev/stdout.rejects.csv")).as("no rejects file beside /dev/stdout").doesNotExist();
        // on standard error, the rejects follow what was there and the human result follows them
        Path err = Files.writeString(dir.resolve("fixscan.err"), "before\n");
        Child run = child(Redirect.to(dir.resolve("fixscan.out").toFile()), Redirect.appendTo(err.toFile()), "fixscan",
                broken.toString(), "--rejects", "/dev/stderr");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("before\nline,offset,reason").contains("\n200 messages, 1 malformed");
    }

    /** QA: a cache or an index renamed over the file behind stdout took the place of what the script had written there. */
    @Test
    void anOutputRenamedIntoPlaceIsRefusedOnAStdoutThatIsAFile() throws Exception {
        Path bars = dir.resolve("bars.csv");
        assertThat(child(dir.resolve("gen.out"), "generate", "fxbars", "--rows", "200", "-o", bars.toString()).code()).isZero();
        String[][] runs = {
            {"dataset", "cache", bars.toString(), "-o", "/dev/stdout"},
            {"index", master.toString(), "--index", "/proc/self/fd/1"},
        };
        for (String[] args : runs) {
            Path out = Files.writeString(dir.resolve(args[0] + ".out"), "before\n");
            Object inode = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
            Child run = child(Redirect.appendTo(out.toFile()), Redirect.to(dir.resolve("child.err").toFile()), args);
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).as(args[0]).contains("is this process's standard output or error, a file here");
            assertThat(run.out()).as(args[0]).isEqualTo("before\n");
            assertThat(Files.readAttributes(out, BasicFileAttributes.class).fileKey()).as("the shell's file").isEqualTo(inode);
        }
    }

    private record Child(int code, String out, String err) {
    }

    /** Runs the CLI in a JVM of its own, its stdout redirected to {@code out}. */
    private static Child child(Path out, String... args) throws Exception {
        return child(Redirect.to(out.toFile()), Redirect.to(dir.resolve("child.err").toFile()), args);
    }

    /** Runs the CLI in a JVM of its own, its streams redirected to files. */
    private static Child child(Redirect out, Redirect err, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        return new Child(p.exitValue(), Files.readString(out.file().toPath()), Files.readString(err.file().toPath()));
    }
}
