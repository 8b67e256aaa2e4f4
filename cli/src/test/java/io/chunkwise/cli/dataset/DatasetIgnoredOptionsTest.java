package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset iterate} says on stderr which options it was given that do nothing in the run. */
class DatasetIgnoredOptionsTest {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void buildCache() {
        Path csv = Bars.write(dir.resolve("b.csv"), Bars.lines(400));
        cache = dir.resolve("b.arrow");
        CliRun c = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--features", "ret");
        assertThat(c.code()).as(c.err()).isZero();
    }

    private static CliRun iterate(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "dataset";
        args[1] = "iterate";
        args[2] = cache.toString();
        args[3] = "--window";
        args[4] = "3";
        System.arraycopy(options, 0, args, 5, options.length);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void shuffleOptionsWithoutShuffleAreNamed() {
        assertThat(iterate("--seed", "5", "--shuffle-block", "7").err())
                .contains("--seed, --shuffle-block apply only with --shuffle; ignored: the samples come in their natural order");
        assertThat(iterate("--epoch", "2").err()).contains("--epoch applies only with --shuffle");
        assertThat(iterate("--shuffle", "--seed", "5").err()).doesNotContain("only with --shuffle");
    }

    @Test
    void evenShardsWithoutShardIsNamedAsIgnored() {
        // it did nothing, silently, as the shuffle options once did without --shuffle
        assertThat(iterate("--even-shards").err())
                .contains("dataset iterate: --even-shards applies only with --shard I/N; ignored: this process takes the whole epoch");
        assertThat(iterate("--even-shards", "--shard", "0/1").err()).doesNotContain("ignored");
        assertThat(iterate("--even-shards", "--shard", "1/2").err()).doesNotContain("ignored");
    }

    @Test
    void aChunkSizeInStandardModeIsNamedAsIgnoredThere() {
        assertThat(iterate("--mode", "standard", "--chunk-size", "7").err())
                .contains("mode standard holds every sample in memory; --chunk-size 7 (for the iterable mode) is ignored");
        assertThat(iterate("--mode", "standard", "--shuffle", "--chunk-size", "7").err())
                .contains("mode standard").doesNotContain("the iterable streams");
        assertThat(iterate("--mode", "iterable", "--shuffle", "--chunk-size", "7").err())
                .contains("with --shuffle the iterable streams one shuffle block per chunk");
        assertThat(iterate("--mode", "iterable", "--chunk-size", "7").err()).doesNotContain("ignored");
    }
}
