package io.chunkwise.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory chart of a profile: drawn when possible, a note when not, never an error. */
class MemoryChartTest {
    @TempDir
    Path dir;

    @Test
    void aFlatRunIsDrawn() throws Exception {
        Files.writeString(dir.resolve("memory.csv"), """
                elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb
                0,1.750,0.102,1.648,0.000,1.750
                50,1.750,0.102,1.648,0.000,1.750
                100,1.750,0.102,1.648,0.000,1.750
                """);
        List<Path> files = new ArrayList<>();
        assertThat(MemoryChart.draw(dir, "prof", files)).isNull();
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("memory.png", "memory.svg");
        assertThat(dir.resolve("memory.png")).isNotEmptyFile();
    }

    @Test
    void theChartIsTitledWithTheProfilesNameNotTheDirectoryItIsDrawnIn() throws Exception {
        // drawn in the run's hidden scratch directory, before the files are moved into --out
        Path scratch = Files.createDirectories(dir.resolve(".profile.runs-4682-1ow9a47kiavzn"));
        Files.writeString(scratch.resolve("memory.csv"), """
                elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb
                0,1.750,0.102,1.648,0.000,1.750
                50,1.750,0.102,1.648,0.000,1.750
                """);
        assertThat(MemoryChart.spec(scratch, "prof").title()).isEqualTo("Memory over time: prof");
        List<Path> files = new ArrayList<>();
        assertThat(MemoryChart.draw(scratch, "prof", files)).isNull();
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("memory.png", "memory.svg");
    }

    @Test
    void aRunWithoutSamplesIsANote() throws Exception {
        Files.writeString(dir.resolve("memory.csv"), "elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb\n");
        List<Path> files = new ArrayList<>();
        assertThat(MemoryChart.draw(dir, "prof", files)).startsWith("no memory chart: ").contains("no samples");
        assertThat(files).isEmpty();
    }

    @Test
    void aFaultInTheChartLibraryIsANoteNotAnError() {
        List<Path> files = new ArrayList<>();
        String why = MemoryChart.draw(dir, files, (d, png) -> {
            throw new IllegalArgumentException("Zero length string passed to TextLayout constructor.");
        });
        assertThat(why).isEqualTo("no memory chart: drawing it failed (IllegalArgumentException: Zero length string "
                + "passed to TextLayout constructor.); the samples are in memory.csv");
        assertThat(files).isEmpty();
    }
}
