package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.report.ReportBuilder;
import io.chunkwise.reports.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile given as its directory or as its summary.json is one report (QA: the summary.json form
 * left the memory timeline out, silently); a file the report uses that a profile lacks is named.
 */
class ProfileInputFormsTest {
    @TempDir
    Path dir;

    /** A profile directory as {@code profile} writes it (memory.csv, phases.csv, summary.json), its own by its name. */
    Path profile(String name) throws IOException {
        Path prof = Files.createDirectories(dir.resolve(name));
        Files.writeString(prof.resolve("memory.csv"), "elapsed_ms,rss_anon_mb,heap_used_mb\n0,8.0,\n50,30.0,12.5\n100,20.0,10.0\n");
        Files.writeString(prof.resolve("phases.csv"), "elapsed_ms,phase\n40,jvm attached\n");
        Files.writeString(prof.resolve("summary.json"), """
                {"command": "scan %s", "intervalMs": 50, "samples": 3, "exitCode": 0,
                 "phases": [{"name": "jvm attached", "atMs": 40}],
                 "metrics": {"rss_anon_mb": {"kind": "RssAnon", "unit": "MiB", "initial": 8.0, "peak": 30.0,
                                             "final": 20.0, "delta": 12.0, "peakAtMs": 50}}}
                """.formatted(name));
        return prof;
    }

    @Test
    void aSummaryFileIsReadWithItsDirectoryAsTheDirectoryIs() throws IOException {
        Path prof = profile("prof");
        ResultInputs asDirectory = ResultInputs.read(List.of(prof));
        ResultInputs asSummary = ResultInputs.read(List.of(prof.resolve("summary.json")));
        assertThat(asSummary.summaries()).isEqualTo(asDirectory.summaries()).hasSize(1);
        assertThat(asSummary.timelines()).isEqualTo(asDirectory.timelines()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("prof");
            assertThat(t.series()).extracting(s -> s.column()).containsExactly("rss_anon_mb", "heap_used_mb");
            assertThat(t.phases()).extracting(p -> p.name()).containsExactly("jvm attached");
        });
        assertThat(asSummary.gaps()).isEmpty();
        assertThat(asDirectory.gaps()).isEmpty();

        String fromDirectory = Files.readString(ReportWriter.write(ReportBuilder.build("P", asDirectory), dir.resolve("a")).markdown());
        String fromSummary = Files.readString(ReportWriter.write(ReportBuilder.build("P", asSummary), dir.resolve("b")).markdown());
        assertThat(fromSummary).isEqualTo(fromDirectory).contains("Memory over time: prof").contains("| prof | RssAnon |");
    }

    @Test
    void aSummaryWithoutItsMemorySeriesBesideItIsNamedNotDroppedSilently() throws IOException {
        Path prof = profile("prof");
        Files.delete(prof.resolve("memory.csv"));
        Path summary = prof.resolve("summary.json");
        ResultInputs inputs = ResultInputs.read(List.of(summary));
        assertThat(inputs.timelines()).isEmpty();
        assertThat(inputs.summaries()).hasSize(1);
        assertThat(inputs.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.file()).isEqualTo("memory.csv");
            assertThat(gap.profile()).isEqualTo(summary);
            assertThat(gap.message()).isEqualTo(summary + ": no memory.csv beside it, so its memory over time is not charted");
        });
        String md = Files.readString(ReportWriter.write(ReportBuilder.build("P", inputs), dir.resolve("out")).markdown());
        assertThat(md).contains("Not in this report").contains(summary + ": no memory.csv beside it, so its memory over time is not charted");
        // the directory form says the same of the same directory
        assertThat(ResultInputs.read(List.of(prof)).gaps()).extracting(ProfileGap::message)
                .containsExactly(prof + ": no memory.csv in it, so its memory over time is not charted");
    }

    @Test
    void aDirectoryWithoutItsSummaryOrPhasesSaysWhatIsLeftOut() throws IOException {
        Path noSummary = profile("no-summary");
        Files.delete(noSummary.resolve("summary.json"));
        Path noPhases = profile("no-phases");
        Files.delete(noPhases.resolve("phases.csv"));
        ResultInputs inputs = ResultInputs.read(List.of(noSummary, noPhases));
        assertThat(inputs.timelines()).extracting(MemoryTimeline::name).containsExactly("no-summary", "no-phases");
        assertThat(inputs.timelines().getLast().phases()).isEmpty();
        assertThat(inputs.summaries()).extracting(s -> s.name()).containsExactly("no-phases");
        assertThat(inputs.gaps()).extracting(ProfileGap::message).containsExactly(
                noSummary + ": no summary.json in it, so its memory peaks and chunk timings are not tabled",
                noPhases + ": no phases.csv in it, so its memory over time is charted without phase marks");
        // given as its summary.json, the run without phases.csv says so as well
        assertThat(ResultInputs.read(List.of(noPhases.resolve("summary.json"))).gaps()).extracting(ProfileGap::file)
                .containsExactly("phases.csv");
    }

    @Test
    void aSummaryUnderAnotherNameIsReadAloneAndSaysSo() throws IOException {
        Path prof = profile("prof");
        // a copy renamed beside the directory's own files: they may be another run's, so they are not taken
        Path renamed = Files.copy(prof.resolve("summary.json"), prof.resolve("run-1.json"));
        ResultInputs inputs = ResultInputs.read(List.of(renamed));
        assertThat(inputs.timelines()).isEmpty();
        assertThat(inputs.summaries()).extracting(s -> s.name()).containsExactly("prof");
        assertThat(inputs.gaps()).singleElement().extracting(ProfileGap::message).isEqualTo(renamed
                + ": a profiler summary not named summary.json (a copy?), read alone, so its memory over time is not charted; "
                + "give its profile directory to chart it");
    }

    @Test
    void aSummaryOfARunWithNoSampleIsListedAsTheDirectoryIs() throws IOException {
        Path prof = profile("quick");
        Files.writeString(prof.resolve("memory.csv"), "elapsed_ms,rss_anon_mb\n");
        Path summary = prof.resolve("summary.json");
        ResultInputs inputs = ResultInputs.read(List.of(summary));
        assertThat(inputs.timelines()).isEmpty();
        assertThat(inputs.unsampled()).containsExactly(summary);
        assertThat(inputs.gaps()).isEmpty();
        assertThat(ResultInputs.read(List.of(prof)).unsampled()).containsExactly(prof);
    }

    @Test
    void severalProfilesInEitherFormAreEachChartedOnce() throws IOException {
        Path run1 = profile("run1/prof");
        Path run2 = profile("run2/prof");
        ResultInputs inputs = ResultInputs.read(List.of(run1.resolve("summary.json"), run2));
        assertThat(inputs.summaries()).extracting(s -> s.name()).containsExactly("run1/prof", "run2/prof");
        assertThat(inputs.timelines()).extracting(MemoryTimeline::name).containsExactly("run1/prof", "run2/prof");
        assertThat(inputs.gaps()).isEmpty();
    }

    @Test
    void aProfilesMemoryOrPhasesFileGivenAloneNamesItsDirectory() throws IOException {
        Path prof = profile("prof");
        for (String name : List.of("memory.csv", "phases.csv")) {
            Path file = prof.resolve(name);
            assertThatThrownBy(() -> ResultInputs.read(List.of(file))).isInstanceOf(ResultFileException.class)
                    .hasMessage(file + ": a profile's " + name + " is read with its directory: give the directory, " + prof
                            + ", or its summary.json");
        }
    }
}
