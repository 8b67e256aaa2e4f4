package io.chunkwise.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Checks the suites against the benchmark list the annotation processor generated. */
class SuiteContentsTest {
    private static final Set<BenchmarkListEntry> ALL = BenchmarkList.defaultList().getAll(
            OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of());

    private static List<BenchmarkListEntry> of(Suite suite) {
        Pattern p = Pattern.compile(suite.include(List.of()));
        return ALL.stream().filter(e -> p.matcher(e.getUsername()).find()).toList();
    }

    @Test
    void everyBenchmarkBelongsToExactlyOneSuite() {
        for (BenchmarkListEntry e : ALL) {
            long suites = java.util.Arrays.stream(Suite.values())
                    .filter(s -> Pattern.compile(s.include(List.of())).matcher(e.getUsername()).find()).count();
            assertThat(suites).as(e.getUsername()).isEqualTo(1);
        }
    }

    @Test
    void everyQuickParameterExistsInItsSuiteWithThatValue() {
        for (Suite suite : Suite.values()) {
            for (Map.Entry<String, List<String>> quick : suite.quickParams().entrySet()) {
                Set<String> declared = of(suite).stream()
                        .flatMap(e -> e.getParams().orElse(Map.of()).entrySet().stream())
                        .filter(p -> p.getKey().equals(quick.getKey()))
                        .flatMap(p -> java.util.Arrays.stream(p.getValue()))
                        .collect(Collectors.toSet());
                assertThat(declared).as(suite.id() + " declares @Param " + quick.getKey()).isNotEmpty();
                assertThat(declared).as(suite.id() + " quick values of " + quick.getKey())
                        .containsAll(quick.getValue());
            }
        }
    }

    @Test
    void theLoaderSuiteHasEveryStrategyAndItsPeers() {
        Set<String> names = of(Suite.LOADER).stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());
        assertThat(names).contains(
                "io.chunkwise.bench.loader.IndexBuildBenchmark.build",
                "io.chunkwise.bench.loader.CsvPeerBenchmark.duckDbCount",
                "io.chunkwise.bench.loader.CsvPeerBenchmark.duckDbBuild",
                "io.chunkwise.bench.loader.CsvPeerBenchmark.fastCsvFields",
                "io.chunkwise.bench.loader.CsvPeerBenchmark.newlineScan",
                "io.chunkwise.bench.loader.CsvPeerBenchmark.keyFields",
                "io.chunkwise.bench.loader.LookupBenchmark.offsets",
                "io.chunkwise.bench.loader.LookupBenchmark.openAndFirst");
    }
}
