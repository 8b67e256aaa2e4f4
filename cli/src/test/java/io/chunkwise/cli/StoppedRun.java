package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The CLI in a child JVM, its stderr in a file, stopped mid-run by a signal as Ctrl-C or a
 * cancelled CI job stops it: what the tests of interrupted commands start.
 */
public final class StoppedRun {
    /** The exit status of a JVM ended by SIGTERM. */
    public static final int SIGTERM_STATUS = 143;

    private final Process process;
    private final Path err;
    private List<ProcessHandle> descendants = List.of();

    private StoppedRun(Process process, Path err) {
        this.process = process;
        this.err = err;
    }

    /**
     * @param logDir where the child's stderr is kept
     * @param args the chunkwise arguments
     * @return the running child
     * @throws IOException when it cannot start
     */
    public static StoppedRun start(Path logDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the opens and native access the launcher gives the CLI, which its own children inherit
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--enable-native-access")
                        || a.startsWith("--sun-misc-unsafe-memory-access") || a.equals("-XX:+EnableDynamicAgentLoading"))
                .forEach(command::add);
        command.addAll(List.of("-Dchunkwise.stderr.tty=false", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = logDir.resolve("child-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        return new StoppedRun(p, err);
    }

    /**
     * Sends SIGTERM once stderr holds {@code marker}, then waits for the end.
     *
     * @param marker the start of a line that says the run is under way
     * @throws Exception when waiting fails
     */
    public void stopAfter(String marker) throws Exception {
        stopWhen(() -> errContains(marker), marker);
    }

    /**
     * Sends SIGTERM once {@code underWay} holds, then waits for the end; the child's own children,
     * as they were just before, are kept for {@link #assertNoDescendantLeft}.
     *
     * @param underWay says the run is under way
     * @param what what it waits for, for a failure's message
     * @throws Exception when waiting fails
     */
    public void stopWhen(BooleanSupplier underWay, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (process.isAlive() && System.nanoTime() < deadline && !underWay.getAsBoolean()) {
            Thread.sleep(10);
        }
        assertThat(process.isAlive()).as("still running when " + what + " came: " + err()).isTrue();
        descendants = process.descendants().toList();
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the child ends").isTrue();
    }

    /**
     * Asserts that no process the child had started (a child JVM of tune, profile or demo) outlives it.
     *
     * @throws InterruptedException when waiting is interrupted
     */
    public void assertNoDescendantLeft() throws InterruptedException {
        for (ProcessHandle d : descendants) {
            // the child's guard ends them within its grace period; a moment for the kernel to reap them
            d.onExit().completeOnTimeout(d, 5, TimeUnit.SECONDS).join();
            assertThat(d.isAlive()).as("process " + d.pid() + " " + d.info().commandLine().orElse("") + " left running").isFalse();
        }
    }

    /** @return whether the child has a process of its own running now (a scan of tune's, a demo step) */
    public boolean hasChildren() {
        return process.children().findAny().isPresent();
    }

    /** @return the processes the child had started when it was stopped */
    public List<ProcessHandle> descendants() {
        return descendants;
    }

    /** @return the child's exit code */
    public int code() {
        return process.exitValue();
    }

    /**
     * @return the child's stderr so far
     * @throws IOException when it cannot be read
     */
    public String err() throws IOException {
        // decoded leniently: read while the child writes, it may end inside a character
        return new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
    }

    /**
     * @param text a piece of a line
     * @return whether stderr so far holds it
     */
    public boolean errContains(String text) {
        try {
            return err().contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the last line of stderr
     * @throws IOException when it cannot be read
     */
    public String lastLine() throws IOException {
        return err().strip().lines().toList().getLast();
    }
}
