package io.chunkwise.cli.loader;

import static io.chunkwise.cli.UnreadableFiles.WRITE_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.UnreadableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master the user cannot read is named before the outputs placed beside it: {@code scan} and
 * {@code index} say {@code permission denied}, not where a rejects file or an index cannot go.
 */
class UnreadableMasterTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableMasterIsNamedBeforeItsRejectsFile() {
        // under /proc its default rejects file is refused too ("a device or process path"): the input is said first
        UnreadableFiles.assumeUnreadable(WRITE_ONLY);
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
        UnreadableFiles.assumeUnreadable(WRITE_ONLY);
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
            UnreadableFiles.assumeUnreadable(master);
            CliRun run = CliRun.of("scan", master.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).isEqualTo("chunkwise scan: permission denied: " + master);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
