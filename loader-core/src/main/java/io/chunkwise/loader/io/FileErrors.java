package io.chunkwise.loader.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file operation failed, in a user's words: the JDK's exceptions often carry only a path. */
public final class FileErrors {
    private FileErrors() {
    }

    /**
     * @param e the failure
     * @return e.g. {@code no such file or directory}, {@code permission denied}, {@code X already exists}, or
     *     the system's reason: words, where some of the JDK's exceptions say only the path
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            // often not the file being written but a directory on its way, which is a file
            return f.getFile() == null ? "already exists" : f.getFile() + " already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
