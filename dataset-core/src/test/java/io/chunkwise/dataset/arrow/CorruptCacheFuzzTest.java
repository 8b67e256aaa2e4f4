package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damaged bytes in a cache's schema, footer or batch metadata give a {@link CacheFormatException}
 * naming the file, never another exception (which the CLI would report as an internal error).
 */
class CorruptCacheFuzzTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void damagedMetadataIsAFormatError(ReadMode mode) throws IOException {
        byte[] bytes = Files.readAllBytes(goodCache());
        SplittableRandom random = new SplittableRandom(42);
        int formatErrors = 0;
        for (int run = 0; run < 300; run++) {
            byte[] broken = bytes.clone();
            for (int k = 0; k < 3; k++) {
                // the schema message at the start, the footer at the end, or anywhere
                int at = switch (k) {
                    case 0 -> 8 + random.nextInt(600);
                    case 1 -> broken.length - 10 - random.nextInt(Math.min(900, broken.length - 20));
                    default -> random.nextInt(broken.length);
                };
                broken[at] = (byte) random.nextInt(256);
            }
            Path f = Files.write(dir.resolve("fuzz.arrow"), broken);
            try (CacheTable t = mode.open(f); RowReader r = t.reader()) {
                int rows = (int) Math.min(t.rows(), 1000);
                for (CacheColumn c : t.columns()) {
                    if (c.type().floating() && rows > 0) {
                        r.read(0, rows, new int[] {c.index()}, new float[rows], 0);
                    }
                }
            } catch (CacheFormatException e) {
                assertThat(e.getMessage()).startsWith(f.toString()).doesNotContain(": null");
                // the byte named is one of the file's, however damaged the offsets it read
                java.util.regex.Matcher byteAt = java.util.regex.Pattern.compile("^\\S+ \\(byte (\\d+)\\)").matcher(e.getMessage());
                if (byteAt.find()) {
                    assertThat(Long.parseLong(byteAt.group(1))).as(e.getMessage()).isLessThan(broken.length);
                }
                formatErrors++;
            } catch (OutOfMemoryError e) {
                StackTraceElement[] st = e.getStackTrace();
                fail("OOM run " + run + " " + mode + " " + java.util.Arrays.toString(java.util.Arrays.copyOf(st, Math.min(25, st.length))));
            } catch (RuntimeException e) {
                fail("run " + run + ": " + mode + " threw " + e, e);
            }
        }
        assertThat(formatErrors).isPositive();
    }

    /**
     * Both readers accept the same damaged files and read the same values from them. A damaged
     * field node length once made Arrow Java's reader allocate gigabytes (the process was killed)
     * where the mapped reader read the file; a damaged footer's metadata was refused by one only.
     * A refusal gives the same reason from both.
     */
    @Test
    void bothReadersReachTheSameVerdict() throws IOException {
        byte[] bytes = Files.readAllBytes(goodCache());
        SplittableRandom random = new SplittableRandom(7);
        int refused = 0;
        for (int run = 0; run < 1500; run++) {
            byte[] broken = bytes.clone();
            int at = random.nextInt(broken.length);
            broken[at] = (byte) random.nextInt(256);
            Path f = Files.write(dir.resolve("fuzz.arrow"), broken);
            String mapped = verdict(ReadMode.MAPPED, f);
            assertThat(verdict(ReadMode.BUFFERED, f)).as("byte %d set to %d", at, broken[at]).isEqualTo(mapped);
            refused += mapped.startsWith("refused") ? 1 : 0;
        }
        assertThat(refused).isPositive();
    }

    /** @return a cache of 300 bars in three record batches, undamaged */
    private Path goodCache() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 300, 3);
        Path good = dir.resolve("good.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,ema:5"), 100).build(csv, good, d -> { }, r -> { });
        return good;
    }

    /** @return "refused" with the reason (the same words from both readers) or what the table holds: its shape and every float value's sum */
    private static String verdict(ReadMode mode, Path f) {
        try (CacheTable t = mode.open(f); RowReader r = t.reader()) {
            double sum = 0;
            int rows = (int) t.rows();
            for (CacheColumn c : t.columns()) {
                if (c.type().floating() && rows > 0) {
                    float[] values = new float[rows];
                    r.read(0, rows, new int[] {c.index()}, values, 0);
                    for (float v : values) {
                        sum += v;
                    }
                }
            }
            return t.rows() + " rows, " + t.columns().stream().map(c -> c.name() + ":" + c.type()).toList() + ", sum " + sum;
        } catch (CacheFormatException e) {
            return "refused: " + e.getMessage();
        }
    }
}
