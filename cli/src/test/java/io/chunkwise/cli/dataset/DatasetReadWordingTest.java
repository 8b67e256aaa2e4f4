package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset cache} says how it read a file's timestamps, and why rows split into too many fields. */
class DatasetReadWordingTest {
    @TempDir
    Path dir;

    /** The test bars with each timestamp written by {@code time} from its ISO UTC text ({@code 2024-01-01T00:00:00Z}). */
    private Path bars(String name, java.util.function.IntFunction<java.util.function.UnaryOperator<String>> time) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Bars.HEADER));
        List<String> data = Bars.lines(40);
        for (int i = 0; i < data.size(); i++) {
            String l = data.get(i);
            int comma = l.indexOf(',');
            lines.add(time.apply(i).apply(l.substring(0, comma)) + l.substring(comma));
        }
        return Files.write(dir.resolve(name), lines);
    }

    private static String cache(Path csv, String... more) {
        List<String> args = new ArrayList<>(List.of("dataset", "cache", csv.toString(), "-o", csv + ".arrow", "--features", "ret"));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r.err();
    }

    @Test
    void timestampsWithTheirOwnOffsetsAreSaidToBeSoNotLocalTimes() throws IOException {
        // 17:00+02:00 is 15:00 UTC: the offset is the file's, no local time was read
        Path offsets = bars("offsets.csv", i -> t -> t.replace("Z", "+02:00"));
        assertThat(cache(offsets)).contains("; offsets given in the file, converted to UTC").doesNotContain("local times");
        assertThat(cache(offsets, "--timezone", "Europe/Athens")).as("the zone had nothing to read")
                .contains("; offsets given in the file, converted to UTC").doesNotContain("local times");

        Path local = bars("local.csv", i -> t -> t.replace("T", " ").replace("Z", ""));
        assertThat(cache(local, "--timezone", "Europe/Athens")).contains("; local times in Europe/Athens")
                .doesNotContain("offsets given");

        Path mixed = bars("mixed.csv", i -> t -> i % 2 == 0 ? t.replace("Z", "") : t);
        assertThat(cache(mixed)).contains("; local times in UTC; offsets given in the file, converted to UTC");
        assertThat(CliRun.of("dataset", "cache", mixed.toString(), "-o", dir.resolve("m.arrow").toString(), "--features",
                "ret", "--json").json().get("timestamps").toString()).isEqualTo("{\"local\":20,\"offset\":20,\"epoch\":0,\"epochUnit\":null}");

        Path epoch = bars("epoch.csv", i -> t -> Long.toString(java.time.Instant.parse(t).getEpochSecond()));
        assertThat(cache(epoch)).contains("; epoch seconds (instants)").doesNotContain("local times");
    }

    @Test
    void unquotedThousandsSeparatorsInACommaFileAreNamedAsTheSplit() throws IOException {
        List<String> lines = new ArrayList<>(List.of(Bars.HEADER));
        lines.addAll(Bars.lines(40));
        lines.add(5, "2024-01-02T17:00:00Z,1,104.30,1,104.52,1,104.10,1,104.45,1200");
        lines.add(6, "2024-01-02T17:00:00Z,157,123,157,456,157,001,157,300,12");
        Path csv = Files.write(dir.resolve("grouped.csv"), lines);
        String err = cache(csv);
        assertThat(err).contains("grouped.csv:6 (byte ").contains("expected 6 fields, found 10: thousands separators? a number"
                + " with grouped digits (1,104.30) is split at each ',' delimiter; thousands separators are not read: take them"
                + " out of the file");
        assertThat(err).contains("grouped.csv:7 (byte ").contains("expected 6 fields, found 10: thousands separators, or a"
                + " decimal comma? a number as 12,000 or 157,123 is split at each ',' delimiter, whichever it is: thousands"
                + " separators are not read (take them out of the file); a decimal comma is read in quoted fields"
                + " (\"157,123\"): quote them and add --decimal-comma");
    }
}
