package io.chunkwise.loader.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be mapped is named, with why, as a file system's failure, never a bare "No such device". */
class MappedFileTest {
    /** A sysfs file: 4096 bytes by its size, and sysfs maps nothing (ENODEV). */
    private static final Path SYSFS = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path dir;

    @Test
    void aFileOfAFileSystemThatMapsNothingIsNamed() {
        assumeTrue(Files.isRegularFile(SYSFS) && Files.isReadable(SYSFS), "a Linux sysfs file");
        assertThatThrownBy(() -> MappedFile.open(SYSFS))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(FileSystemException.class)
                .hasMessage(SYSFS + ": cannot be mapped (No such device): its file system does not map files (/sys, /proc,"
                        + " some FUSE or network mounts); copy it to a local file");
    }

    @Test
    void aRegularFileMaps() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "cusip\n037833100\n");
        try (MappedFile mapped = MappedFile.open(file)) {
            assertThat(mapped.size()).isEqualTo(16);
            assertThat(mapped.segment().byteSize()).isEqualTo(16);
        }
    }
}
