package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master the user cannot read is named before the outputs placed beside it: {@code scan} and
 * {@code index} say {@code permission denied}, not where a rejects file or an index cannot go.
 */
class UnreadableMasterTest {
    /** A regular file that even root cannot open for reading: a write-only sysctl. */
    private static final Path WRITE_ONLY = Path.of("/proc/sys/vm/compact_memory");

    @TempDir
    Path dir;

    /** Skips unless {@link #WRITE_ONLY} is a regular file whose open for reading is refused. */
    private static void assumeUnreadable(Path file) {
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " is not here");
        try (FileChannel _ = FileChannel.open(file, StandardOpenOption.READ)) {
            Assumptions.abort(file + " can be read here");
        } catch (AccessDeniedException expected) {
            // what the test needs
        } catch (IOException e) {
            Assumptions.abort(file + ": " + e);
        }
    }

    @Test
    void anUnreadableMasterIsNamedBeforeItsRejectsFile() {
        // under /proc its default rejects file is refused too ("a device or process path"): the input is said first
        assumeUnreadable(WRITE_ONLY);
        CliRun run = CliRun.of("scan", WRITE_ONLY.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise scan: permission denied: " + WRITE_ONLY);
        Path rejects = dir.resolve("r.csv");
        CliRun named = CliRun.of("scan", WRITE_ONLY.toString(), "--rejects", rejects.toString());
        assertThat(named.err().strip()).isEqualTo("chunkwise scan: permission denied: " + WRITE_ONLY);
        assertThat(rejects).doesNotExist();
    }

    @Test
    void indexNamesAnUnreadableMasterBeforeItsIndexAndRejects() {
        assumeUnreadable(WRITE_ONLY);
        Path index = dir.resolve("m.cwx");
        CliRun run = CliRun.of("index", WRITE_ONLY.toString(), "--index", index.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise index: permission denied: " + WRITE_ONLY);
        assertThat(index).doesNotExist();
    }

    @Test
    void anUnreadableMasterInAReadOnlyDirectoryIsNamedNotTheDirectory() throws IOException {
        // as root, permissions are not checked: this one needs an ordinary user (the sysctl above covers root)
        Path master = Files.writeString(dir.resolve("noread.csv"), "cusip,symbol\n037833100,AAPL\n");
        Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeUnreadable(master);
            CliRun run = CliRun.of("scan", master.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).isEqualTo("chunkwise scan: permission denied: " + master);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
