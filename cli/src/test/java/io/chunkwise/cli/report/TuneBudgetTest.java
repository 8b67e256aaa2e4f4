package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review: {@code tune FILE --memory-budget 1MiB} ran the whole sweep (minutes on a large file) and only
 * then said that no configuration fit. A budget below every configuration's floor is now refused
 * before any run, and configurations whose floor is above the budget are not run when others can be.
 */
class TuneBudgetTest {
    @TempDir
    Path dir;

    private Path master;

    @BeforeEach
    void generate() {
        master = dir.resolve("master.csv");
        CliRun gen = CliRun.of("generate", "secmaster", "--rows", "20000", "--output", master.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
    }

    @Test
    void aBudgetBelowEveryConfigurationIsRefusedBeforeAnyRun() throws IOException {
        assertThat(Files.size(master)).as("larger than the chunks, so each floor holds a whole chunk").isGreaterThan(1L << 20);
        Path out = dir.resolve("tune-out");
        for (String mode : List.of("human", "json")) {
            List<String> args = new java.util.ArrayList<>(List.of("tune", master.toString(), "--memory-budget", "1MiB",
                    "--chunk-sizes", "256KiB,1MiB", "--workers", "1,2", "--out", out.toString()));
            if (mode.equals("json")) {
                args.add("--json");
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(mode + ": " + run.err()).isEqualTo(ExitCodes.USAGE);
            // parallel, 256 KiB, 1 worker: ChunkFit's 16 MiB and a quarter of two chunks for its worker
            assertThat(run.err().strip()).as(mode).doesNotContain("\n").isEqualTo("chunkwise tune: --memory-budget 1.0 MiB is below"
                    + " the least any configuration of the sweep on " + master + " needs, 16.1 MiB (parallel, chunk 256.0 KiB,"
                    + " 1 worker: 16.0 MiB of heap for the JVM's own and the loader's fixed state, 128.0 KiB for its chunk buffers;"
                    + " the JVM's memory beside its heap comes on top): no run could fit, so none was made; raise"
                    + " --memory-budget to at least 17MiB");
            assertThat(run.out()).as(mode + ": nothing on stdout for a refusal").isEmpty();
            // no run was made (each prints its line): proved by the lines, not by a wall-clock bound a loaded CI machine can break
            assertThat(run.err()).as(mode).doesNotContain("run 1/");
            assertThat(out).as("refused before the output directory is made").doesNotExist();
        }
    }

    @Test
    void configurationsThatCannotFitAreSkippedAndSaid() throws IOException {
        // chunked: 16 MiB and one chunk buffer; 64 KiB fits 17 MiB, 2 MiB (18 MiB) does not
        String[] common = {"tune", master.toString(), "--strategy", "chunked", "--chunk-sizes", "64KiB,2MiB", "--runs", "1",
            "--memory-budget", "17MiB"};
        String note = "tune: skipped 1 of 2 configurations, not run: its heap alone needs more than --memory-budget 17.0 MiB"
                + " (chunked, chunk 2.0 MiB, 1 worker: at least 18.0 MiB)";
        CliRun json = CliRun.of(concat(common, "--out", dir.resolve("tune-json").toString(), "--json"));
        // whether the one run fits is measured (its peak RssAnon), not this test's concern
        assertThat(json.code()).as(json.err()).isIn(ExitCodes.OK, ExitCodes.NOT_FOUND);
        assertThat(json.err().lines().filter(l -> l.startsWith("tune: chunked, chunk")).toList()).hasSize(1)
                .allMatch(l -> l.startsWith("tune: chunked, chunk 64.0 KiB, 1 worker, run 1/1:"));
        assertThat(json.err()).contains(note);
        JsonNode doc = json.json();
        assertThat(doc.get("configurations")).hasSize(1);
        assertThat(doc.get("configurations").get(0).get("chunkSize").asLong()).isEqualTo(64L << 10);
        JsonNode skipped = doc.get("skipped");
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).get("strategy").asText()).isEqualTo("chunked");
        assertThat(skipped.get(0).get("chunkSize").asLong()).isEqualTo(2L << 20);
        assertThat(skipped.get(0).get("workers").asInt()).isEqualTo(1);
        assertThat(skipped.get(0).get("leastBytes").asLong()).isEqualTo(18L << 20);
        assertThat(skipped.get(0).get("reason").asText()).contains("memory budget");

        CliRun human = CliRun.of(concat(common, "--out", dir.resolve("tune-human").toString()));
        assertThat(human.code()).as(human.err()).isIn(ExitCodes.OK, ExitCodes.NOT_FOUND);
        // said before the runs, and again under the evidence table
        assertThat(human.err().lines().filter(note::equals).count()).isEqualTo(2);
        assertThat(human.err().indexOf(note)).isLessThan(human.err().indexOf("run 1/1"));
        assertThat(human.err()).doesNotContain("| chunked | 2.0 MiB |");
    }

    @Test
    void aSweepStopsWhenTheConfigurationThatNeedsLeastPeaksAboveTheBudget() throws IOException {
        // every floor is within 17 MiB (heap only), but a JVM's RssAnon is more: the first run says so
        CliRun run = CliRun.of("tune", master.toString(), "--chunk-sizes", "256KiB,1MiB", "--workers", "1,2", "--runs", "2",
                "--memory-budget", "17MiB", "--out", dir.resolve("tune-stop").toString(), "--json");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err().lines().filter(l -> l.contains(", run ")).toList()).as(run.err()).hasSize(1)
                .allMatch(l -> l.startsWith("tune: parallel, chunk 256.0 KiB, 1 worker, run 1/2:"));
        String stopped = run.json().get("stoppedEarly").asText();
        assertThat(stopped).startsWith("tune: stopped after 1 of 8 runs: the configuration that needs least (parallel, chunk"
                + " 256.0 KiB, 1 worker) peaked at ").contains(" RssAnon, above --memory-budget 17.0 MiB;")
                .endsWith("the rest of the sweep was not run");
        // with --json, no table: the log says it once
        assertThat(run.err().lines().filter(stopped::equals).count()).as(run.err()).isEqualTo(1);
        assertThat(run.json().get("configurations")).hasSize(1);
        assertThat(run.json().get("configurations").get(0).get("runs").asInt()).isEqualTo(1);
        assertThat(run.json().get("recommendation").get("variant").isNull()).isTrue();
    }

    @Test
    void theStopIsSaidOnceUnderTheTable() throws IOException {
        // review: the human output said "tune: stopped after …" twice, as a notice and again under the table
        CliRun run = CliRun.of("tune", master.toString(), "--chunk-sizes", "256KiB,1MiB", "--workers", "1,2", "--runs", "2",
                "--memory-budget", "17MiB", "--out", dir.resolve("tune-stop-human").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_FOUND);
        List<String> stops = run.err().lines().filter(l -> l.startsWith("tune: stopped after 1 of 8 runs")).toList();
        assertThat(stops).as(run.err()).hasSize(1);
        // below the evidence table it explains (its last row), not above it
        assertThat(run.err().indexOf(stops.getFirst())).as(run.err()).isGreaterThan(run.err().lastIndexOf("| parallel |"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aChunkLargerThanTheFileCountsAsTheFileNotAsTheChunk() throws IOException {
        // a 64 MiB chunk of a 1 KiB file holds 1 KiB: its floor is 16 MiB, not 80; the budget is not refused
        Path small = Files.writeString(dir.resolve("small.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun run = CliRun.of("tune", small.toString(), "--strategy", "chunked", "--chunk-sizes", "64MiB", "--runs", "1",
                "--memory-budget", "17MiB", "--out", dir.resolve("tune-small").toString(), "--json");
        assertThat(run.code()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("tune: chunked, chunk 64.0 MiB, 1 worker, run 1/1:").doesNotContain("skipped");
        assertThat(run.json().get("skipped")).isEmpty();
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
