package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.io.ScratchFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the process may end without its shutdown hooks ({@link ProcessEnd}), and that it ends whole when it does. */
class ProcessEndTest {
    @TempDir
    Path dir;

    private Path master;

    @BeforeEach
    void master() throws IOException {
        master = dir.resolve("master.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n594918104,US5949181045,MSFT\n");
    }

    private static synchronized Main.Outcome execute(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(discard);
        System.setErr(discard);
        try {
            return Main.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void aLoaderCommandLeavesTheHooksNoWork() {
        Main.Outcome found = execute("lookup", master.toString(), "--cusip", "037833100");
        assertThat(found.code()).isZero();
        assertThat(found.hooksHaveNoWork()).isTrue();
        Main.Outcome missing = execute("index", dir.resolve("no-such.csv").toString());
        assertThat(missing.code()).as("a user's mistake ends the same way").isEqualTo(ExitCodes.USAGE);
        assertThat(missing.hooksHaveNoWork()).isTrue();
    }

    /** QA-14 E14-4: a Ctrl-C that took a command's files away ended it with 4, not the signal's 130, 1 run in 14. */
    @Test
    void aStopUnderWayIsNeverCutShortByAHalt() {
        assertThat(ProcessEnd.mayHalt(true, false)).isTrue();
        assertThat(ProcessEnd.mayHalt(true, true)).as("stopping: the signal's status wins").isFalse();
        assertThat(ProcessEnd.mayHalt(false, false)).isFalse();
    }

    @Test
    void otherCommandsAndUnparsedCommandLinesExitThroughTheHooks() {
        assertThat(execute("--version").hooksHaveNoWork()).as("no subcommand").isFalse();
        assertThat(execute("index", "--no-such-option").hooksHaveNoWork()).as("not parsed").isFalse();
        assertThat(execute("plan", "--help").hooksHaveNoWork()).as("not a HooklessCommand").isFalse();
    }

    @Test
    void aScratchFileLeftForTheHookKeepsIt() throws IOException {
        Path scratch = ScratchFiles.file(dir.resolve("out.csv"));
        try {
            assertThat(execute("lookup", master.toString(), "--cusip", "037833100").hooksHaveNoWork()).isFalse();
        } finally {
            ScratchFiles.delete(scratch);
        }
        assertThat(execute("lookup", master.toString(), "--cusip", "037833100").hooksHaveNoWork()).isTrue();
    }

    @Test
    void aHaltedProcessEndsWithItsCodeAndAllItsOutput() throws Exception {
        Child lookup = child(List.of(), "lookup", master.toString(), "--symbol", "AAPL", "--json");
        assertThat(lookup.code()).as(lookup.err()).isZero();
        assertThat(Json.mapper().readTree(lookup.out()).get(0).get("cusip").asText()).isEqualTo("037833100");
        Child none = child(List.of(), "lookup", master.toString(), "--symbol", "IBM", "--json");
        assertThat(none.code()).as(none.err()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(none.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aJfrRecordingIsStillDumpedAtTheEnd() throws Exception {
        Path recording = dir.resolve("run.jfr");
        Child run = child(List.of("-XX:StartFlightRecording=filename=" + recording), "lookup", master.toString(),
                "--symbol", "AAPL", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(recording).as("dumped by JFR's shutdown hook").isNotEmptyFile();
    }

    private record Child(int code, String out, String err) {
    }

    private Child child(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
