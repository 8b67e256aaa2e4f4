package io.chunkwise.reports.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a result file could not be read or a report written, in a user's words: the JDK's exceptions often carry
 * only a path. The same words as loader-core's {@code FileErrors}, kept here rather than shared because reports
 * depends on no module of ours (DESIGN: it reads files, so it can report on any JMH project's results).
 */
public final class FileErrors {
    private FileErrors() {
    }

    /**
     * @param e the failure
     * @return e.g. {@code no such file or directory}, {@code permission denied}, {@code X already exists}, or the
     *     system's reason
     */
    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException _ -> "no such file or directory";
            case AccessDeniedException _ -> "permission denied";
            // often not the file being written but a directory on its way, which is a file
            case FileAlreadyExistsException f -> f.getFile() == null ? "already exists"
                    : f.getFile() + " already exists";
            case NotDirectoryException _ -> "not a directory";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }
}
