package io.chunkwise.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.bench.memory.MemoryProfiler;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.TimeValue;

class SuiteSelectionTest {
    private static final String LOADER_BUILD = "io.chunkwise.bench.loader.IndexBuildBenchmark.build";
    private static final String LOADER_PEER = "io.chunkwise.bench.loader.PeerBenchmark.duckDbCount";
    private static final String FIX_SCAN = "io.chunkwise.bench.fix.FixScanBenchmark.scan";

    /** Mirrors JMH's selection: included by any include (find), kept unless any exclude finds it. */
    private static boolean selected(Options o, String benchmark) {
        boolean in = o.getIncludes().stream().anyMatch(r -> Pattern.compile(r).matcher(benchmark).find());
        boolean out = o.getExcludes().stream().anyMatch(r -> Pattern.compile(r).matcher(benchmark).find());
        return in && !out;
    }

    private static Options options(Suite suite, boolean quick, String... jmhArgs) throws CommandLineOptionException {
        BenchRequest r = new BenchRequest(suite, quick, Path.of("out"), List.of(jmhArgs), true, Path.of("inputs"), false);
        return SuiteOptions.build(r, r.jmhArgs());
    }

    @Test
    void aSuiteSelectsOnlyItsPackage() throws CommandLineOptionException {
        Options o = options(Suite.LOADER, false);
        assertThat(selected(o, LOADER_BUILD)).isTrue();
        assertThat(selected(o, LOADER_PEER)).isTrue();
        assertThat(selected(o, FIX_SCAN)).isFalse();
        assertThat(selected(o, "io.chunkwise.bench.loaderx.Other.run")).isFalse();
    }

    @Test
    void userRegexesNarrowTheSuiteAndNeverEscapeIt() throws CommandLineOptionException {
        Options o = options(Suite.LOADER, false, "IndexBuild", "Scan");
        assertThat(selected(o, LOADER_BUILD)).isTrue();
        assertThat(selected(o, LOADER_PEER)).isFalse();
        assertThat(selected(o, FIX_SCAN)).isFalse();
    }

    @Test
    void quickFillsWhatTheUserLeftUnset() throws CommandLineOptionException {
        Options o = options(Suite.LOADER, true);
        assertThat(o.getForkCount().get()).isEqualTo(1);
        assertThat(o.getWarmupIterations().get()).isEqualTo(1);
        assertThat(o.getMeasurementIterations().get()).isEqualTo(2);
        assertThat(o.getMeasurementTime().get()).isEqualTo(new TimeValue(1, TimeUnit.SECONDS));
        assertThat(o.getParameter("size").get()).containsExactly("64MiB");
    }

    @Test
    void explicitJmhOptionsWinOverQuick() throws CommandLineOptionException {
        Options o = options(Suite.LOADER, true, "-f", "3", "-i", "5", "-p", "size=1GiB,4GiB");
        assertThat(o.getForkCount().get()).isEqualTo(3);
        assertThat(o.getMeasurementIterations().get()).isEqualTo(5);
        assertThat(o.getParameter("size").get()).containsExactly("1GiB", "4GiB");
        assertThat(o.getWarmupIterations().get()).isEqualTo(1);
    }

    @Test
    void withoutQuickJmhAndAnnotationDefaultsApply() throws CommandLineOptionException {
        Options o = options(Suite.LOADER, false);
        assertThat(o.getForkCount().hasValue()).isFalse();
        assertThat(o.getParameter("size").hasValue()).isFalse();
    }

    @Test
    void memoryProfilerJsonResultAndInputsAreAlwaysSet() throws CommandLineOptionException {
        Options o = options(Suite.FIX, false, "-prof", "gc");
        assertThat(o.getProfilers()).extracting(ProfilerConfig::getKlass).contains("gc", MemoryProfiler.NAME);
        assertThat(o.getResult().get()).isEqualTo(Path.of("out", "fix.json").toString());
        assertThat(o.getResultFormat().get()).isEqualTo(ResultFormatType.JSON);
        assertThat(o.getJvmArgsPrepend().get()).anyMatch(a -> a.startsWith("-Dchunkwise.bench.inputs=")
                && a.endsWith("inputs"));
        assertThat(o.shouldFailOnError().get()).as("a failing benchmark is named, the others' results kept").isFalse();
        assertThat(options(Suite.FIX, false, "-foe", "true").shouldFailOnError().get()).as("the user's choice wins").isTrue();
    }

    @Test
    void nmtIsPrependedWhenAsked() throws CommandLineOptionException {
        BenchRequest r = new BenchRequest(Suite.FIX, false, Path.of("out"), List.of("-jvmArgsPrepend", "-Xmx1g"),
                true, Path.of("inputs"), true);
        assertThat(SuiteOptions.build(r, r.jmhArgs()).getJvmArgsPrepend().get())
                .contains("-XX:NativeMemoryTracking=summary", "-Xmx1g");
    }

    @Test
    void memoryProfilerIsNotAddedTwice() throws CommandLineOptionException {
        Options o = options(Suite.FIX, false, "-prof", MemoryProfiler.NAME + ":interval=5");
        assertThat(o.getProfilers()).extracting(ProfilerConfig::getKlass).containsOnlyOnce(MemoryProfiler.NAME);
    }

    @Test
    void badJmhOptionsAreReported() {
        assertThatThrownBy(() -> options(Suite.FIX, false, "-f", "many")).isInstanceOf(CommandLineOptionException.class);
    }

    @Test
    void suitesByName() {
        assertThat(Suite.of("Loader")).isEqualTo(Suite.LOADER);
        assertThat(Suite.PROFILER.packageName()).isEqualTo("io.chunkwise.bench.profiler");
        assertThatThrownBy(() -> Suite.of("nope")).hasMessageContaining("loader, fix, dataset, profiler");
    }

    @Test
    void asyncGetsTheBundledLibraryAndAnOutputDirUnlessGiven() {
        Path lib = Path.of("lib", "libasyncProfiler.so");
        Path out = Path.of("out", "async");
        assertThat(AsyncProfilerArgs.rewrite(List.of("-prof", "async", "-f", "1"), () -> lib, out))
                .containsExactly("-prof", "async:libPath=" + lib + ";dir=" + out, "-f", "1");
        assertThat(AsyncProfilerArgs.rewrite(List.of("-prof", "async:event=alloc;dir=/d"), () -> lib, out))
                .containsExactly("-prof", "async:event=alloc;dir=/d;libPath=" + lib);
        assertThat(AsyncProfilerArgs.rewrite(List.of("-prof", "async:libPath=/x.so"), () -> lib, out))
                .containsExactly("-prof", "async:libPath=/x.so;dir=" + out);
        assertThat(AsyncProfilerArgs.rewrite(List.of("-prof", "gc", "asyncX"), () -> {
            throw new AssertionError("no extraction without -prof async");
        }, out)).containsExactly("-prof", "gc", "asyncX");
    }

    @Test
    void bundledLibraryResourceByPlatform() {
        assertThat(AsyncProfilerLibrary.resourceFor("Linux", "amd64")).isEqualTo("linux-x64/libasyncProfiler.so");
        assertThat(AsyncProfilerLibrary.resourceFor("Linux", "aarch64")).isEqualTo("linux-arm64/libasyncProfiler.so");
        assertThatThrownBy(() -> AsyncProfilerLibrary.resourceFor("Windows 11", "amd64"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bundledLibraryIsExtracted(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path lib = AsyncProfilerLibrary.extract(dir);
        assertThat(lib).isRegularFile();
        assertThat(AsyncProfilerLibrary.extract(dir)).isEqualTo(lib);
    }
}
