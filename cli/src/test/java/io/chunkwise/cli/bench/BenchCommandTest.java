package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void allowConcurrentJmh() {
        // A developer may be running benchmarks on this machine: these runs measure nothing.
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void unknownSuiteIsAUsageError() {
        CliRun run = CliRun.of("bench", "--suite", "nope");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'nope' is not a suite; expected loader, fix, dataset, profiler or all")
                .doesNotContain("LOADER").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void badJmhOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--out", dir.toString(), "-f", "many");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("chunkwise bench: bad JMH option: Cannot parse argument 'many'").doesNotContain("\tat ");
        // a mode JMH reads while parsing (QA-9 G-7): not an internal error
        CliRun mode = CliRun.of("bench", "--suite", "profiler", "--out", dir.toString(), "--", "-bm", "xyz");
        assertThat(mode.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(mode.err().strip()).doesNotContain("\n").startsWith("chunkwise bench: bad JMH option: Unable to parse benchmark mode")
                .contains("; Known values are").doesNotContain("internal error");
    }

    @Test
    void aParameterValueOurBenchmarksCannotReadIsAUsageErrorBeforeAnyFork() {
        Path out = dir.resolve("bv");
        for (String[] bad : new String[][] {{"size=1MiB,zzz", "-p size=zzz: not a size"}, {"messages=lots", "-p messages=lots: not a whole number"},
            {"workers=0", "-p workers=0: must be 1 or more"}, {"size=100", "-p size=100: must be 4096 or more"},
            {"strategy=parallel", "-p strategy=parallel: not one of FULL, CHUNKED, MMAP, PARALLEL (as written, upper case)"},
            {"sampling=NOPE", "-p sampling=NOPE: not one of"}}) {
            CliRun run = CliRun.of("bench", "--suite", "loader", "--quick", "--out", out.toString(), "--", "-p", bad[0], "IndexBuild");
            assertThat(run.code()).as(bad[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).doesNotContain("\n").startsWith("chunkwise bench: bad JMH option: " + bad[1])
                    .doesNotContain("\tat ");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aParameterNoBenchmarkOfTheSuiteHasIsAUsageErrorNotARunOfTheDefaults() {
        Path out = dir.resolve("bn");
        CliRun run = CliRun.of("bench", "--suite", "loader", "--quick", "--out", out.toString(), "--", "-p", "sise=1GiB");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise bench: bad JMH option: -p sise: no benchmark of suite loader has a "
                + "parameter of that name (theirs: chunkSize, size, strategy, threads, workers)");
        assertThat(out).doesNotExist();
        CliRun all = CliRun.of("bench", "--quick", "--out", out.toString(), "--", "-p", "size=64MiB", "-p", "rowz=10");
        assertThat(all.err()).contains("-p rowz: no benchmark of these suites has a parameter of that name (theirs: ")
                .contains("rows");
    }

    @Test
    void jmhHelpIsPrintedNotRunAndListsAreNotPassedOffAsJson() {
        Path out = dir.resolve("help");
        CliRun help = CliRun.of("bench", "--suite", "profiler", "--out", out.toString(), "--", "-h");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("-prof");
        assertThat(out).as("nothing ran").doesNotExist();
        CliRun list = CliRun.of("bench", "--suite", "profiler", "--json", "--out", out.toString(), "--", "-l");
        assertThat(list.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).contains("--json cannot be combined with -l");
    }

    @Test
    void anOptionNeitherBenchNorJmhKnowsIsNamedAsTyped() {
        CliRun run = CliRun.of("bench", "--out", dir.resolve("never").toString(), "--list");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise bench: bad JMH option: --list is neither an option of bench "
                + "(see 'chunkwise bench --help') nor one of JMH's (e.g. -l lists the benchmarks, -lprof the profilers)");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void anUnknownProfilerIsAUsageErrorBeforeAnythingIsWritten() {
        Path out = dir.resolve("bp");
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--quick", "--out", out.toString(), "--", "-prof", "nosuchprof");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").isEqualTo("chunkwise bench: bad JMH option: -prof nosuchprof: "
                + "no such profiler (neither one of JMH's names nor a class on the class path); see the profilers with: "
                + "chunkwise bench -- -lprof");
        assertThat(out).doesNotExist();
    }

    @Test
    void resultFileOptionsAreRefusedNotDropped() {
        for (String[] bad : new String[][] {{"-rf", "csv"}, {"-rff", "x.csv"}}) {
            CliRun run = CliRun.of("bench", "--suite", "profiler", "--out", dir.resolve("r").toString(), "--", bad[0], bad[1]);
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("-rf/-rff are not supported").contains("JMH JSON");
        }
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void listOptionsListAndExitWithoutRunning() {
        Path out = dir.resolve("bl");
        CliRun list = CliRun.of("bench", "--suite", "profiler", "--out", out.toString(), "--", "-l");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("SamplerOverheadBenchmark.checksum").doesNotContain("IndexBuild");
        CliRun withParams = CliRun.of("bench", "--suite", "profiler", "--out", out.toString(), "--", "-lp");
        assertThat(withParams.code()).as(withParams.err()).isZero();
        assertThat(withParams.out()).contains("SamplerOverheadBenchmark.checksum").contains("sampling")
                .doesNotContain("IndexBuild").doesNotContain("io.chunkwise.bench.loader.");
        assertThat(withParams.out().lines().filter(l -> l.startsWith("io.chunkwise.bench.")).toList())
                .isEqualTo(list.out().lines().filter(l -> l.startsWith("io.chunkwise.bench.")).toList());
        CliRun profilers = CliRun.of("bench", "--out", out.toString(), "--", "-lprof");
        assertThat(profilers.code()).isZero();
        assertThat(profilers.out()).contains("gc");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutThatIsAFileIsRefusedBeforeRunning() throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("afile"), "x");
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--quick", "--out", file.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise bench: " + file + " exists and is not a directory");
    }

    @Test
    void aRegexMatchingNothingInTheSuiteIsAUsageError() throws java.io.IOException {
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--out", dir.toString(), "--inputs", dir.toString(),
                "--", "-wi", "0", "IndexBuild");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no benchmark of suite profiler matches 'IndexBuild' (patterns are regular expressions")
                .contains("chunkwise bench --suite profiler -- -l").doesNotContain("-wi");
        // (JMH's warning of the lock ignored is this test's own: jmh.ignoreLock)
        assertThat(run.err().strip().lines().filter(l -> !l.startsWith("# WARNING: JMH lock")).toList())
                .as("the error alone, no announcement of a suite that never ran")
                .hasSize(1).allMatch(l -> l.startsWith("chunkwise bench: no benchmark of suite profiler"));
        assertThat(dir.resolve("profiler.json")).doesNotExist();
        assertThat(dir.resolve("profiler.log")).doesNotExist();
        Path created = dir.resolve("new");
        CliRun fresh = CliRun.of("bench", "--suite", "profiler", "--out", created.toString(), "--inputs", dir.toString(),
                "IndexBuild");
        assertThat(fresh.code()).isEqualTo(ExitCodes.USAGE);
        Path file = Files.writeString(dir.resolve("afile"), "");
        CliRun notADirectory = CliRun.of("bench", "--suite", "profiler", "--quick", "--out", dir.resolve("r").toString(),
                "--inputs", file.toString());
        assertThat(notADirectory.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notADirectory.err().strip()).isEqualTo("chunkwise bench: --inputs " + file + ": not a directory");
        assertThat(created).as("a results directory this run created is not left empty").doesNotExist();
    }

    @Test
    void anExcludeLeavingNothingIsAUsageErrorNamingIt() {
        Path out = dir.resolve("be");
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--out", out.toString(), "--inputs", dir.toString(), "--", "-e", ".");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("chunkwise bench: no benchmark of suite profiler is left by the excludes '.' (patterns are");
        assertThat(run.err()).doesNotContain("bench: suite profiler");
        assertThat(out).doesNotExist();
    }

    @Test
    void benchmarksMatchedByAPatternThatAllFailInTheirForksAreNamedNotCalledUnmatched() throws Exception {
        // QA-9 G-6: each fork's @Setup throws (its input cache lies under a file), so JMH ends the benchmark without a result
        Path res = dir.resolve("res");
        Path under = Files.writeString(dir.resolve("afile"), "").resolve("inputs");
        CliRun run = CliRun.of("bench", "--suite", "loader", "--quick", "--json", "--out", res.toString(),
                "--inputs", dir.resolve("inputs").toString(), "--", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms",
                "-p", "strategy=FULL", "-jvmArgsAppend", "-Dchunkwise.bench.inputs=" + under, "IndexBuild");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("bench: 1 benchmark of suite loader failed and has no result in "
                + res.resolve("loader.json") + " (the reasons are in " + res.resolve("loader.log")
                + "): IndexBuildBenchmark.build size=64MiB strategy=FULL").doesNotContain("matches");
        JsonNode suite = run.json().get(0);
        assertThat(suite.get("results")).isEmpty();
        assertThat(suite.get("failed")).hasSize(1);
        assertThat(suite.get("failed").get(0).get("benchmark").asText()).endsWith("IndexBuildBenchmark.build");
        assertThat(res.resolve("loader.json")).content().isEqualToIgnoringWhitespace("[]");
    }

    @Test
    void anInputCacheThatCannotBeWrittenIsRefusedBeforeAnyFork() throws Exception {
        // procfs refuses a directory even to root, whatever the permission bits say (QA-9 G-6)
        Path special = Path.of("/proc/sys/chunkwise-bench");
        assumeTrue(Files.isDirectory(special.getParent()));
        Path out = dir.resolve("bi");
        CliRun run = CliRun.of("bench", "--suite", "loader", "--quick", "--out", out.toString(), "--inputs", special.toString(),
                "--", "-p", "strategy=FULL", "IndexBuild");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("chunkwise bench: --inputs " + special + ": ")
                .doesNotContain("Exception").doesNotContain("# Fork");
        assertThat(out).as("nothing ran").doesNotExist();
        // so is a results directory there, by its option, not as a missing input (QA-19 Q19-2)
        Path inProc = Path.of("/proc/chunkwise-bench");
        CliRun results = CliRun.of("bench", "--suite", "loader", "--quick", "--out", inProc.toString(), "--inputs",
                dir.resolve("in").toString(), "--", "-p", "strategy=FULL", "IndexBuild");
        assertThat(results.code()).isEqualTo(ExitCodes.USAGE);
        // root may write /proc, by its bits, until mkdir fails; another user is told so by the bits
        assertThat(results.err().strip()).doesNotContain("\n").startsWith("chunkwise bench: --out " + inProc + ": ")
                .containsAnyOf("cannot make the directory (", "is not writable").doesNotContain("# Fork");
    }

    @Test
    void runsASuiteInProcessAndPrintsJson() throws Exception {
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--quick", "--json", "--out", dir.resolve("res").toString(),
                "--inputs", dir.resolve("inputs").toString(),
                "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=OFF");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("res").resolve("profiler.json")).isRegularFile().content()
                .contains("\"mem.peak.rssAnon.bytes\"", "\"rate.mb\"");
        assertThat(dir.resolve("res").resolve("profiler.log")).isRegularFile();
        JsonNode suites = run.json();
        assertThat(suites).hasSize(1);
        assertThat(suites.get(0).get("suite").asText()).isEqualTo("profiler");
        assertThat(suites.get(0).get("json").asText()).isEqualTo(dir.resolve("res").resolve("profiler.json").toString());
        JsonNode result = suites.get(0).get("results").get(0);
        assertThat(result.get("benchmark").asText()).endsWith("SamplerOverheadBenchmark.checksum");
        assertThat(result.get("secondary").get("mem.peak.rssAnon.bytes").asDouble()).isPositive();
        assertThat(run.err()).contains("SamplerOverheadBenchmark.checksum");
    }

    @Test
    void oneResultIsCountedInTheSingular() {
        Path res = dir.resolve("one");
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--quick", "--out", res.toString(),
                "--inputs", dir.resolve("inputs").toString(),
                "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=OFF");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("profiler: 1 result in " + res.resolve("profiler.json") + " (log ");
    }

    @Test
    void aBenchmarkWhoseForkDiesIsNamedTheRunFailsAndWhatFinishedIsWritten() throws Exception {
        Path res = dir.resolve("res");
        // an agent that is not there: the fork dies at start, as a crashing benchmark's would (a JVM flag no
        // JVM knows is refused before any fork now, BenchForkJvmTest; an agent is not tried, as the launcher does not)
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--quick", "--json", "--out", res.toString(),
                "--inputs", dir.resolve("inputs").toString(), "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=OFF",
                "-jvmArgsAppend", "-javaagent:" + dir.resolve("NoSuchAgentHere.jar"));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("bench: 1 benchmark of suite profiler failed and has no result in "
                + res.resolve("profiler.json") + " (the reasons are in " + res.resolve("profiler.log")
                + "): SamplerOverheadBenchmark.checksum sampling=OFF");
        JsonNode suite = run.json().get(0);
        assertThat(suite.get("results")).isEmpty();
        assertThat(suite.get("failed").get(0).get("benchmark").asText()).endsWith("SamplerOverheadBenchmark.checksum");
        assertThat(suite.get("failed").get(0).get("params").get("sampling").asText()).isEqualTo("OFF");
        assertThat(res.resolve("profiler.json")).as("compare names the missing results").content().isEqualToIgnoringWhitespace("[]");
        assertThat(res.resolve("profiler.log")).content().contains("NoSuchAgentHere");
    }
}
