package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileNamesTest {
    @Test
    void aDirectoryNameIsEnoughUnlessAnotherShares() {
        Path run1 = Path.of("/ci/run1/prof");
        Path run2 = Path.of("/ci/run2/prof");
        Path solo = Path.of("/ci/run2/other");
        assertThat(ProfileNames.of(List.of(run1, run2, solo)))
                .containsExactly(Map.entry(run1, "run1/prof"), Map.entry(run2, "run2/prof"),
                        Map.entry(solo, "other"));
    }

    @Test
    void moreOfThePathWhenTheParentsShareTheirNamesToo() {
        Path a = Path.of("/a/x/prof");
        Path b = Path.of("/b/x/prof");
        assertThat(ProfileNames.of(List.of(a, b)).values()).containsExactly("a/x/prof", "b/x/prof");
    }

    @Test
    void theWholePathWhenItIsTheEndOfAnother() {
        Path inner = Path.of("/x/prof");
        Path outer = Path.of("/y/x/prof");
        assertThat(ProfileNames.of(List.of(inner, outer)).values()).containsExactly("/x/prof", "y/x/prof");
    }

    @Test
    void aRelativePathIsNamedByItsOwnEnd() {
        Path relative = Path.of("runs/one/prof");
        assertThat(ProfileNames.of(List.of(relative)).get(relative)).isEqualTo("prof");
    }
}
