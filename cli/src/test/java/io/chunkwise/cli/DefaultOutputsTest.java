package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultOutputsTest {
    @TempDir
    Path dir;

    @Test
    void anOutputGoesBesideItsInput() {
        Path master = dir.resolve("master.csv");
        assertThat(DefaultOutputs.written(master, ".rejects.csv", "rejects file", "--rejects"))
                .isEqualTo(dir.resolve("master.csv.rejects.csv"));
        assertThat(DefaultOutputs.beside(Path.of("/dev/shm/master.csv"), ".cwx", "index", "--index"))
                .as("a master kept in shared memory is a file like another").isEqualTo(Path.of("/dev/shm/master.csv.cwx"));
    }

    @Test
    void besideADeviceOrProcessPathIsRefusedNamingTheOption() {
        for (String input : new String[] {"/dev/stdin", "/proc/self/fd/0", "/dev/fd/3"}) {
            assertThatThrownBy(() -> DefaultOutputs.beside(Path.of(input), ".cwx", "index", "--index"))
                    .isInstanceOf(UserError.class)
                    .hasMessage(input + " is a device or process path: its index would go to " + input + ".cwx; give --index PATH");
        }
        assertThatThrownBy(() -> DefaultOutputs.written(Path.of("/dev/stdin"), ".rejects.csv", "rejects file", "--rejects"))
                .hasMessageEndingWith("its rejects file would go to /dev/stdin.rejects.csv; give --rejects PATH");
    }

    @Test
    void anOutputEveryRunWritesIsRefusedInADirectoryThatCannotBeWritten() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("share"));
        Path master = Files.writeString(readOnly.resolve("master.csv"), "cusip\n");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "this user writes any directory (root)");
            assertThatThrownBy(() -> DefaultOutputs.written(master, ".rejects.csv", "rejects file", "--rejects"))
                    .isInstanceOf(UserError.class)
                    .hasMessage("cannot write the rejects file " + master + ".rejects.csv (" + readOnly
                            + " is not writable); give --rejects PATH");
            assertThat(DefaultOutputs.beside(master, ".cwx", "index", "--index"))
                    .as("an index that may only be read, as lookup's when fresh").isEqualTo(readOnly.resolve("master.csv.cwx"));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
