package io.chunkwise.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chunkwise profile} end to end: real child processes, real files. */
class ProfileCommandTest {
    @Test
    void profilingAChunkwiseCommandWritesEveryOutputAndJfrReadsTheRecording(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve("prof");
        CliRun r = CliRun.of("profile", "--json", "--out", out.toString(), "--interval", "20ms", "--", "--help");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Usage: chunkwise"); // the child's stdout, moved to stderr by --json
        for (String file : List.of("memory.csv", "phases.csv", "summary.json", "recording.jfr", "memory.png")) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("exitCode").asInt()).isZero();
        assertThat(json.get("intervalMs").asInt()).isEqualTo(20);
        assertThat(json.get("metrics").has("rss_anon_mb")).isTrue();
        assertThat(json.get("metrics").get("rss_anon_mb").get("kind").asText()).isEqualTo("RssAnon");
        assertThat(json.get("jfr").get("file").asText()).isEqualTo("recording.jfr");
        assertThat(json.get("files").toString()).contains("memory.png");
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("command").asText()).isEqualTo("--help");
        assertThat(Files.readAllLines(out.resolve("memory.csv")).getFirst())
                .startsWith("elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb,heap_used_mb");

        Process jfr = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jfr").toString(),
                "summary", out.resolve("recording.jfr").toString()).redirectErrorStream(true).start();
        String text = new String(jfr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jfr.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jfr.exitValue()).as(text).isZero();
        assertThat(text).contains("Event Type").contains("jdk.");
    }

    @Test
    void theChildsChunksAreTimedInTheSummary(@TempDir Path dir) throws IOException {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "3000", "--seed", "3", "-o", master.toString()).code()).isZero();
        Path out = dir.resolve("prof");
        CliRun r = CliRun.of("profile", "--no-nmt", "--out", out.toString(), "--", "index", master.toString(),
                "--strategy", "parallel", "--workers", "2", "--chunk-size", "64KiB", "--index", dir.resolve("m.cwx").toString());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode work = Json.mapper().readTree(out.resolve("summary.json").toFile()).get("jfr").get("work");
        JsonNode chunks = null;
        for (JsonNode w : work) {
            if ("parallel".equals(w.get("strategy").asText())) {
                chunks = w;
            }
        }
        assertThat(chunks).as(work.toString()).isNotNull();
        assertThat(chunks.get("event").asText()).isEqualTo("io.chunkwise.Chunk");
        assertThat(chunks.get("count").asLong()).isGreaterThanOrEqualTo(Files.size(master) / (64 << 10));
        double mib = Files.size(master) / 1048576.0;
        if (chunks.get("fallbacks").asLong() == 0) {
            assertThat(chunks.get("mb").asDouble()).as("every byte after the header, once").isCloseTo(mib, offset(0.01));
        }
        assertThat(chunks.get("firstPerThreadMaxMs").asDouble()).isGreaterThanOrEqualTo(chunks.get("medianMs").asDouble());
        assertThat(r.err()).contains("  Chunk (parallel): " + chunks.get("count").asLong() + " on ");
        // the input rate is decimal MB/s (10^6 bytes a second), as index's own line gives it; mb stays MiB
        double rate = chunks.get("mbPerSecPerThread").asDouble();
        assertThat(rate).isCloseTo(chunks.get("mb").asDouble() * 1.048576 / (chunks.get("busyTotalMs").asDouble() / 1000),
                withinPercentage(1));
        assertThat(r.err()).contains(String.format(Locale.ROOT, ", %.0f MB/s a thread", rate)).doesNotContain("MiB/s a thread");
        // memory.csv's *_mb columns keep their names and hold MiB: the table's header says so
        assertThat(r.err()).contains(String.format(Locale.ROOT, "%n  %-23s %10s %10s %10s %10s%n", "metric (*_mb in MiB)", "initial",
                "peak", "final", "peak at"));
    }

    @Test
    void aFailingCommandsExitCodePassesThrough(@TempDir Path dir) {
        CliRun r = CliRun.of("profile", "--json", "--out", dir.resolve("p").toString(), "--interval", "10ms", "--",
                "sh", "-c", "sleep 0.2; exit 5");
        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.out()).contains("\"exitCode\" : 5");
        assertThat(dir.resolve("p").resolve("memory.csv")).isNotEmptyFile();
        assertThat(dir.resolve("p").resolve("recording.jfr")).doesNotExist();
    }

    @Test
    void theCommandIsRecordedAsALineToPasteBackIntoAShellAndAsItsArguments(@TempDir Path dir) throws IOException {
        // QA: profile -- sh -c 'exit 3' recorded 'sh -c exit 3', which a shell runs as 'sh -c exit'
        CliRun r = CliRun.of("profile", "--json", "--no-jfr", "--out", dir.resolve("p").toString(), "--", "sh", "-c", "exit 3");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        JsonNode printed = Json.mapper().readTree(r.out());
        JsonNode summary = Json.mapper().readTree(dir.resolve("p").resolve("summary.json").toFile());
        for (JsonNode json : List.of(printed, summary)) {
            assertThat(json.get("command").asText()).isEqualTo("sh -c 'exit 3'");
            assertThat(json.get("argv").toString()).isEqualTo("[\"sh\",\"-c\",\"exit 3\"]");
        }
        CliRun plain = CliRun.of("profile", "--json", "--no-jfr", "--out", dir.resolve("q").toString(), "--", "--help");
        assertThat(Json.mapper().readTree(plain.out()).get("command").asText()).as("nothing to quote").isEqualTo("--help");
    }

    @Test
    void aCommandKilledByASignalIsNamedAsSuch(@TempDir Path dir) throws IOException {
        // the shell kills itself: the profiler sees what the out-of-memory killer leaves, 128 + 9
        CliRun r = CliRun.of("profile", "--out", dir.resolve("p").toString(), "--interval", "10ms", "--",
                "sh", "-c", "sleep 0.2; kill -9 $$");
        assertThat(r.code()).as(r.err()).isEqualTo(137);
        assertThat(r.err()).contains("exit code 137: as from SIGKILL (signal 9: the kernel's out-of-memory killer");
        JsonNode summary = Json.mapper().readTree(dir.resolve("p").resolve("summary.json").toFile());
        assertThat(summary.path("exitSignal").asText()).isEqualTo("SIGKILL");

        CliRun plain = CliRun.of("profile", "--out", dir.resolve("q").toString(), "--", "sh", "-c", "exit 5");
        assertThat(plain.err()).contains("exit code 5 ").doesNotContain("as from");
        assertThat(Json.mapper().readTree(dir.resolve("q").resolve("summary.json").toFile()).has("exitSignal")).isFalse();
    }

    @Test
    void aJvmThatDiesAbruptlyStillGivesItsMemoryAndExitCode(@TempDir Path dir) throws IOException {
        // halt(): no shutdown hooks, so JFR never writes its recording (as with SIGKILL or the OOM killer)
        Path source = Files.writeString(dir.resolve("Halt.java"), """
                public class Halt {
                    public static void main(String[] args) throws Exception {
                        byte[][] held = new byte[64][];
                        for (int i = 0; i < held.length; i++) {
                            held[i] = new byte[1 << 20];
                            Thread.sleep(5);
                        }
                        Runtime.getRuntime().halt(3);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("p");
        CliRun r = CliRun.of("profile", "--json", "--out", out.toString(), "--interval", "10ms", "--", java, source.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("exitCode").asInt()).isEqualTo(3);
        assertThat(json.has("jfr")).isFalse();
        assertThat(json.get("notes").toString()).contains("jfr: the child");
        assertThat(out.resolve("memory.csv")).isNotEmptyFile();
        assertThat(out.resolve("summary.json")).isNotEmptyFile();
        assertThat(out.resolve("recording.jfr")).satisfiesAnyOf(f -> assertThat(f).doesNotExist(), f -> assertThat(f).isNotEmptyFile());
    }

    @Test
    void theMemoryOfProcessesTheCommandStartsIsCountedApart(@TempDir Path dir) throws IOException {
        // a shell that runs a program and then more: the program's memory is not the shell's
        Path source = Files.writeString(dir.resolve("Hold.java"), """
                public class Hold {
                    public static void main(String[] args) throws Exception {
                        byte[][] held = new byte[96][];
                        for (int i = 0; i < held.length; i++) {
                            held[i] = new byte[1 << 20];
                            java.util.Arrays.fill(held[i], (byte) 1);
                        }
                        Thread.sleep(800);
                        System.out.println(held.length);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("p");
        CliRun r = CliRun.of("profile", "--json", "--no-jfr", "--out", out.toString(), "--interval", "20ms", "--",
                "sh", "-c", "'" + java + "' -Xmx256m '" + source + "'; true");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode metrics = Json.mapper().readTree(out.resolve("summary.json").toFile()).get("metrics");
        assertThat(metrics.get("descendants_rss_anon_mb").get("peak").asDouble()).isGreaterThan(96);
        assertThat(metrics.get("rss_anon_mb").get("peak").asDouble()).as("the shell's own").isLessThan(16);
        assertThat(metrics.get("descendants").get("peak").asInt()).isPositive();
        assertThat(Json.mapper().readTree(r.out()).get("notes").toString())
                .contains("processes the command started peaked at");
    }

    @Test
    void aCommandThatEndsBeforeItsFirstSampleGivesAProfileNotAnError(@TempDir Path dir) throws IOException {
        for (String command : List.of("true", "false")) {
            Path out = dir.resolve(command);
            CliRun r = CliRun.of("profile", "--json", "--out", out.toString(), "--", command);
            assertThat(r.code()).as(r.err()).isEqualTo(command.equals("true") ? 0 : 1);
            assertThat(r.err()).doesNotContain("no such file");
            JsonNode json = Json.mapper().readTree(r.out());
            assertThat(json.get("exitCode").asInt()).isEqualTo(r.code());
            assertThat(json.get("wallMs").asLong()).isNotNegative();
            JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
            assertThat(summary.get("exitCode").asInt()).isEqualTo(r.code());
            if (summary.get("samples").asInt() == 0) {
                assertThat(summary.get("notes").toString()).contains("no samples: the command ended before");
            }
        }
        CliRun human = CliRun.of("profile", "--out", dir.resolve("human").toString(), "--", "true");
        assertThat(human.err()).as("the scratch directory is never named").doesNotContain(".profile.runs-");
        if (human.err().contains(", 0 samples")) {
            String all = human.err();
            assertThat(all.split("no memory chart", -1)).as(all).hasSize(2);
            assertThat(human.err()).doesNotContain("initial");
        }
    }

    @Test
    void anOutPathThatIsAFileIsAOneLineUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "keep me");
        CliRun r = CliRun.of("profile", "--out", file.toString(), "--", "true");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("chunkwise profile: " + file + " exists and is not a directory");
        CliRun under = CliRun.of("profile", "--out", file.resolve("sub").toString(), "--", "true");
        assertThat(under.code()).isEqualTo(2);
        assertThat(under.err().strip()).doesNotContain("\n").contains(file.resolve("sub") + ": " + file + " is a file, not a directory");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void aFailingChunkwiseCommandsExitCodePassesThrough(@TempDir Path dir) {
        CliRun r = CliRun.of("profile", "--json", "--no-jfr", "--out", dir.resolve("p").toString(), "--",
                "chunkwise", "--no-such-option");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("\"exitCode\" : 2");
    }

    @Test
    void theLauncherAloneRunsChunkwiseWithoutArgumentsNotItsPathAsACommand(@TempDir Path dir) {
        // "profile -- ./chunkwise" ran the child as "chunkwise ./chunkwise": unknown command './chunkwise'
        assertThat(ProfileCommand.chunkwiseArgs(List.of("./chunkwise"))).contains(List.of());
        assertThat(ProfileCommand.chunkwiseArgs(List.of("/opt/cw/chunkwise", "scan", "m.csv"))).contains(List.of("scan", "m.csv"));
        assertThat(ProfileCommand.chunkwiseArgs(List.of("scan", "m.csv"))).contains(List.of("scan", "m.csv"));
        assertThat(ProfileCommand.chunkwiseArgs(List.of("sleep", "1"))).isEmpty();
        CliRun r = CliRun.of("profile", "--json", "--no-jfr", "--no-nmt", "--out", dir.resolve("p").toString(), "--", "./chunkwise");
        assertThat(r.code()).as(r.err()).isEqualTo(2); // as chunkwise without a command: its usage, on the child's stderr
        assertThat(r.out()).contains("\"exitCode\" : 2");
    }

    @Test
    void cpuFlameGraphSaysWhichEngineItUsed(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p");
        CliRun r = CliRun.of("profile", "--json", "--no-jfr", "--async", "cpu", "--out", out.toString(), "--", "--help");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("flame-cpu.html")).isNotEmptyFile();
        assertThat(r.err()).as("the child's stdout, without the agent's banner").contains("Usage: chunkwise")
                .doesNotContain("Profiling started");
        JsonNode ap = Json.mapper().readTree(r.out()).get("asyncProfiler");
        assertThat(ap.get("mode").asText()).isEqualTo("cpu");
        assertThat(ap.get("cpuEngine").asText()).isIn("perf_events", "ctimer", "unknown");
        assertThat(ap.get("cpuEngineEvidence").asText()).isNotBlank();
    }

    @Test
    void badOptionsAreOneLineUsageErrors(@TempDir Path dir) throws IOException {
        List<Path> extractedBefore = extractedLibraries();
        CliRun nativemem = CliRun.of("profile", "--out", dir.resolve("nm").toString(), "--async", "nativemem", "--", "--help");
        assertThat(nativemem.code()).isEqualTo(2);
        assertThat(nativemem.err().strip()).doesNotContain("\n").contains("nativemem").contains("NMT");
        assertThat(dir.resolve("nm")).as("nothing is written for a refused mode").doesNotExist();
        assertThat(CliRun.of("profile", "--help").out()).contains("--async=cpu|alloc|wall").contains("No nativemem");
        assertThat(extractedLibraries()).as("the library extracted for a refused mode is removed")
                .isSubsetOf(extractedBefore);

        CliRun unknownMode = CliRun.of("profile", "--out", dir.resolve("u").toString(), "--async", "foo", "--", "--help");
        assertThat(unknownMode.code()).isEqualTo(2);
        assertThat(unknownMode.err()).contains("'foo' is not a mode; expected cpu, alloc or wall")
                .doesNotContainIgnoringCase("nativemem");
        CliRun nativememShell = CliRun.of("profile", "--out", dir.resolve("nm").toString(), "--async", "NativeMem", "--",
                "sh", "-c", "true");
        assertThat(nativememShell.code()).isEqualTo(2);
        assertThat(nativememShell.err()).as("the mode's refusal, not the command's").contains("NMT")
                .doesNotContain("JVMs only");

        CliRun interval = CliRun.of("profile", "--out", dir.toString(), "--interval", "1ms", "--", "--help");
        assertThat(interval.code()).isEqualTo(2);
        assertThat(interval.err()).contains("at least 5ms");

        CliRun asyncShell = CliRun.of("profile", "--out", dir.toString(), "--async", "cpu", "--", "sh", "-c", "true");
        assertThat(asyncShell.code()).isEqualTo(2);
        assertThat(asyncShell.err()).contains("JVMs only");

        Path never = dir.resolve("never");
        CliRun missing = CliRun.of("profile", "--out", never.resolve("out").toString(), "--", "no-such-program-xyz");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n")
                .isEqualTo("chunkwise profile: cannot run 'no-such-program-xyz': No such file or directory");
        assertThat(never).as("a command that never started leaves no empty output directory").doesNotExist();
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Files.writeString(kept.resolve("mine.txt"), "x");
        assertThat(CliRun.of("profile", "--out", kept.toString(), "--", "no-such-program-xyz").code()).isEqualTo(2);
        assertThat(kept.resolve("mine.txt")).as("a directory that existed before is left alone").exists();
    }

    @Test
    void aStoppedProfileLeavesTheEarlierProfileAsItWasAndSaysSo(@TempDir Path dir) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("prof"));
        List<String> earlier = List.of("memory.csv", "phases.csv", "summary.json", "recording.jfr", "memory.png",
                "memory.svg", "flame-cpu.html");
        for (String name : earlier) {
            Files.writeString(out.resolve(name), "earlier " + name);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process profile = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.chunkwise.cli.Main",
                "profile", "--out", out.toString(), "--", "sleep", "30")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (scratchDirectories(out).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(scratchDirectories(out)).as("the run writes into a hidden scratch directory").isNotEmpty();
            Thread.sleep(500); // samples taken: a run under way
            profile.destroy(); // SIGTERM
            assertThat(profile.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            profile.destroyForcibly();
        }
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(profile.exitValue()).as(err).isEqualTo(143);
        assertThat(err).contains("interrupted").contains("no profile was written").contains(out + " is left as it was");
        for (String name : earlier) {
            assertThat(out.resolve(name)).as(name).hasContent("earlier " + name);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.count()).as("nothing added to the output directory").isEqualTo(earlier.size());
        }
        assertThat(scratchDirectories(out)).as("the scratch directory is removed").isEmpty();
    }

    @Test
    void aCompleteProfileReplacesTheEarlierOneWhole(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("prof"));
        for (String name : List.of("memory.csv", "summary.json", "recording.jfr", "flame-cpu.html", "mine.txt")) {
            Files.writeString(out.resolve(name), "earlier " + name);
        }
        CliRun r = CliRun.of("profile", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote: memory.csv, phases.csv, summary.json").contains(" in " + out);
        assertThat(Files.readString(out.resolve("memory.csv"))).startsWith("elapsed_ms,");
        assertThat(out.resolve("summary.json")).isNotEmptyFile();
        assertThat(out.resolve("recording.jfr")).as("the earlier run's, not this one's: removed").doesNotExist();
        assertThat(out.resolve("flame-cpu.html")).doesNotExist();
        assertThat(out.resolve("mine.txt")).as("not a profile's file: kept").hasContent("earlier mine.txt");
        assertThat(scratchDirectories(out)).isEmpty();
    }

    @Test
    void aDirectoryWithoutAProfileKeepsTheFilesNoProfileWrote(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("work"));
        for (String name : List.of("recording.jfr", "flame-cpu.html", "notes.txt")) {
            Files.writeString(out.resolve(name), "mine " + name);
        }
        CliRun r = CliRun.of("profile", "--no-jfr", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("summary.json")).isNotEmptyFile();
        // written by no profile: the user's own recording and flame graph stay, as any other file does
        assertThat(out.resolve("recording.jfr")).hasContent("mine recording.jfr");
        assertThat(out.resolve("flame-cpu.html")).hasContent("mine flame-cpu.html");
        assertThat(out.resolve("notes.txt")).hasContent("mine notes.txt");
    }

    @Test
    void aFileOfAProfilesNameThatNoProfileWroteIsNeverReplaced(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("work"));
        Files.writeString(out.resolve("memory.csv"), "mine memory.csv");
        CliRun csv = CliRun.of("profile", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(csv.code()).as(csv.err()).isEqualTo(2);
        assertThat(csv.err().strip()).isEqualTo("chunkwise profile: --out " + out
                + ": it holds memory.csv, which no profile wrote and this run would replace; move it away or choose another directory");
        assertThat(out.resolve("memory.csv")).hasContent("mine memory.csv");
        assertThat(out.resolve("summary.json")).as("refused before the run").doesNotExist();
        Files.delete(out.resolve("memory.csv"));

        // a recording of the user's own: kept by a run that writes none, refused by one that would replace it
        Files.writeString(out.resolve("recording.jfr"), "mine recording.jfr");
        CliRun shell = CliRun.of("profile", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(shell.code()).as(shell.err()).isZero();
        CliRun jvm = CliRun.of("profile", "--no-nmt", "--out", out.toString(), "--", "--help");
        assertThat(jvm.code()).isEqualTo(2);
        assertThat(jvm.err()).contains("it holds recording.jfr, which no profile wrote and this run would replace")
                .doesNotContain("Usage: chunkwise");
        assertThat(out.resolve("recording.jfr")).hasContent("mine recording.jfr");
        assertThat(Files.readString(out.resolve("summary.json"))).as("the earlier profile, as it was").contains("sleep 0.2");
    }

    @Test
    void aManifestThatIsNotTextIsAOneLineErrorNamingIt(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("prof"));
        Path manifest = Files.write(out.resolve(".chunkwise-profile"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'x'});
        CliRun r = CliRun.of("profile", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(r.code()).as("a user's directory, not an internal error").isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("chunkwise profile: " + manifest
                + ": not a profile's list of files (not UTF-8 text); remove it, or choose another directory");
        assertThat(out.resolve("summary.json")).doesNotExist();
    }

    @Test
    void aProfileRemovesTheFilesTheLastProfileWroteThatItDoesNotWrite(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("prof");
        CliRun jvm = CliRun.of("profile", "--no-nmt", "--out", out.toString(), "--", "--help");
        assertThat(jvm.code()).as(jvm.err()).isZero();
        assertThat(out.resolve("recording.jfr")).isNotEmptyFile();
        Files.writeString(out.resolve("flame-alloc.html"), "mine, made after the profile");

        CliRun shell = CliRun.of("profile", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(shell.code()).as(shell.err()).isZero();
        assertThat(out.resolve("recording.jfr")).as("the last profile's, which this one does not write").doesNotExist();
        assertThat(out.resolve("flame-alloc.html")).as("no profile wrote it").hasContent("mine, made after the profile");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("sleep 0.2");
    }

    @Test
    void anEmptyOutIsAUsageErrorAndWritesNothing(@TempDir Path dir) {
        CliRun r = CliRun.of("profile", "--out", "", "--", "true");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("chunkwise profile: Invalid value for option '--out': the name is empty");
        assertThat(Path.of("memory.csv")).as("nothing written into the working directory").doesNotExist();
    }

    @Test
    void aRunShorterThanTheIntervalSaysItsOneSampleIsNoPeak(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p");
        CliRun r = CliRun.of("profile", "--out", out.toString(), "--interval", "1m", "--", "--help");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(", 1 sample every 60,000 ms").contains("note: 1 sample: the command ended before a second");
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("samples").asInt()).isEqualTo(1);
        assertThat(summary.get("jvmMetricsFromMs").isNull()).as("no sample read the JVM").isTrue();
    }

    @Test
    void helpNamesEveryFileAndAZeroIntervalIsTooShort(@TempDir Path dir) {
        assertThat(CliRun.of("profile", "--help").out()).contains("memory.svg").contains("flame-MODE.html");
        CliRun zero = CliRun.of("profile", "--out", dir.resolve("z").toString(), "--interval", "0", "--", "true");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("chunkwise profile: --interval: sampling interval must be at least 5ms, got 0");
        assertThat(dir.resolve("z")).doesNotExist();
    }

    @Test
    void aTooShortIntervalIsNamedAsGiven(@TempDir Path dir) {
        // QA: 4.9ms was refused as "got 4ms", its whole milliseconds
        for (String given : List.of("4.9ms", "4900us", "0.0049s")) {
            CliRun r = CliRun.of("profile", "--out", dir.resolve("p").toString(), "--interval", "20ms", "--interval", given,
                    "--", "true");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("chunkwise profile: --interval: sampling interval must be at least 5ms, got "
                    + given);
        }
        CliRun attached = CliRun.of("profile", "--out", dir.resolve("p").toString(), "--interval=4.9ms", "--", "true");
        assertThat(attached.err()).contains("got 4.9ms");
        assertThat(dir.resolve("p")).doesNotExist();
    }

    @Test
    void anIntervalOfAFractionOfAMillisecondIsSaidAsGiven(@TempDir Path dir) throws IOException {
        // the sampler keeps to 7.5 ms; the summary said every 7 ms
        Path out = dir.resolve("p");
        CliRun r = CliRun.of("profile", "--out", out.toString(), "--no-jfr", "--interval", "7.5ms", "--", "sh", "-c",
                "sleep 0.1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(" every 7.5 ms");
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("intervalMs").asDouble()).isEqualTo(7.5);
    }

    /** @return the hidden scratch directories of a profile in its output directory */
    private static List<Path> scratchDirectories(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".profile.")).toList();
        }
    }

    /** @return the temporary copies of async-profiler's library that exist now */
    private static List<Path> extractedLibraries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("chunkwise-async-profiler")).toList();
        }
    }
}
