package io.chunkwise.reports.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

    @Test
    void theJdksPathOnlyExceptionsBecomeWords() {
        assertThat(FileErrors.reason(new NoSuchFileException("r.json"))).isEqualTo("no such file or directory");
        assertThat(FileErrors.reason(new AccessDeniedException("r.json"))).isEqualTo("permission denied");
        assertThat(FileErrors.reason(new NotDirectoryException("out/r.md"))).isEqualTo("not a directory");
    }

    @Test
    void anExistingFileOnTheWayIsNamed() {
        assertThat(FileErrors.reason(new FileAlreadyExistsException("out"))).isEqualTo("out already exists");
        assertThat(FileErrors.reason(new FileAlreadyExistsException(null))).isEqualTo("already exists");
    }

    @Test
    void otherwiseTheSystemsReasonOrTheMessage() {
        assertThat(FileErrors.reason(new FileSystemException("r.md", null, "No space left on device")))
                .isEqualTo("No space left on device");
        assertThat(FileErrors.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
        assertThat(FileErrors.reason(new IOException())).isEqualTo("IOException");
    }
}
