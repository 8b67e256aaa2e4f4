package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): logs that begin with an engine's start-up banner (log4j lines, a stack trace) before
 * their first message. One longer than 64 KiB was read as an SOH or {@code |} log whatever its
 * messages used (every {@code ^}-delimited message a BEGIN_STRING reject); one given as the master,
 * the options swapped, was refused for a header without key columns, its first banner line.
 */
class BannerLogCommandTest {
    @TempDir
    Path dir;

    private static String banner(int atLeast) {
        StringBuilder banner = new StringBuilder();
        for (int i = 0; banner.length() < atLeast; i++) {
            banner.append("2026-03-02 13:29:59,123 INFO  [main] o.e.Engine - starting, config entry ").append(i).append('\n');
        }
        return banner.toString();
    }

    private static String message(int seq) {
        return ReconcileCommandTest.message("35=D|34=" + seq + "|55=AAPL|48=037833100|22=1|");
    }

    @Test
    void messagesDelimitedByCaretAfterALongBannerAreScannedSo() throws Exception {
        String banner = banner(100_000);
        long lines = banner.chars().filter(c -> c == '\n').count();
        Path log = Files.writeString(dir.resolve("banner.log"), banner + (message(1) + "\n").replace('\u0001', '^').repeat(10),
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("messages").asLong()).isEqualTo(10);
        assertThat(run.err()).contains("its messages are delimited by '^', not SOH or | (8=FIX.4.4^9=… at line " + (lines + 1)
                + ", byte " + banner.length() + ")");
    }

    @Test
    void aLogWithABannerGivenAsTheMasterIsNamedSwapped() throws Exception {
        Path log = Files.writeString(dir.resolve("orders.log"), banner(2_000) + message(1) + "\n", StandardCharsets.ISO_8859_1);
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun run = CliRun.of("reconcile", "--master", log.toString(), "--fix", master.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--master " + log + " looks like a FIX log (a message starts at its line 28), and --fix "
                + master + " has none in its first bytes: are --master and --fix swapped?");
        // the right way round, it reconciles
        assertThat(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString()).code()).isZero();
    }

    @Test
    void aLogWhoseBannerIsLongerThan64KiBGivenAsTheMasterIsNamedSwapped() throws Exception {
        // QA: the swap check read only the first 64 KiB, so a longer banner got "no key column" for its first line
        String banner = banner(200_000);
        long lines = banner.chars().filter(c -> c == '\n').count();
        Path log = Files.writeString(dir.resolve("long.log"), banner + message(1) + "\n", StandardCharsets.ISO_8859_1);
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun run = CliRun.of("reconcile", "--master", log.toString(), "--fix", master.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--master " + log + " looks like a FIX log (a message starts at its line " + (lines + 1)
                + "), and --fix " + master + " has none in its first bytes: are --master and --fix swapped?");
    }

    @Test
    void aLogWhoseBannerIsLongerThanABlockGivenToScanIsNamed() throws Exception {
        // past one 1 MiB block of the search: the lines before it are counted across blocks
        String banner = banner(1_500_000);
        long lines = banner.chars().filter(c -> c == '\n').count();
        Path log = Files.writeString(dir.resolve("long.log"), banner + (message(1) + "\n").repeat(3), StandardCharsets.ISO_8859_1);
        assertThat(FixLogHeader.firstMessageLine(log)).hasValue(lines + 1);
        CliRun run = CliRun.of("scan", log.toString(), "--rejects", dir.resolve("r.csv").toString());
        assertThat(run.err()).contains("scan: " + log + ": line " + (lines + 1) + " holds a FIX message (8=FIX…): scan reads CSV;"
                + " 'chunkwise fixscan' validates a FIX log");
    }

    @Test
    void aStartAcrossTheSearchsBlockBoundaryIsFoundOnItsLine() throws Exception {
        // 8=FIX at the last bytes of the first block: read whole from the bytes after it
        String head = "x".repeat((1 << 20) - 10) + "\n";
        Path log = Files.writeString(dir.resolve("edge.log"), head + "ab" + message(1) + "\n", StandardCharsets.ISO_8859_1);
        assertThat(FixLogHeader.firstMessageLine(log)).hasValue(2);
        Path plain = Files.writeString(dir.resolve("plain.csv"), "a,b\n" + "1,2\n".repeat(400_000));
        assertThat(FixLogHeader.firstMessageLine(plain)).isEmpty();
    }
}
