package io.chunkwise.cli.loader;

import io.chunkwise.cli.UserError;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.FileErrors;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The input a command reads, checked before any output is: a regular file that this user can open
 * for reading. A master the user cannot read is the news, not where an output placed beside it
 * would go (a read-only directory holding an unreadable file says both, and the input is the one
 * to fix first).
 */
public final class ReadableInput {
    private ReadableInput() {
    }

    /**
     * @param file the input as given
     * @throws IllegalArgumentException when it does not exist or is not a regular file (in the words
     *     every command uses: {@code m.csv: is a directory, not a file})
     * @throws UserError when it cannot be opened for reading: {@code permission denied: m.csv}, as
     *     the error handler words a read refused later
     */
    public static void require(Path file) {
        require(file, file.toString());
    }

    /**
     * @param file the input as given
     * @param written its name as typed, for the messages ({@code no such file: nope.csv/})
     * @throws IllegalArgumentException when it does not exist or is not a regular file
     * @throws UserError when it cannot be opened for reading
     */
    public static void require(Path file, String written) {
        FileArguments.requireInput(file, written);
        // opened, not Files.isReadable: an ACL or a file system mounted without access checks decides as the read will
        try (FileChannel _ = FileChannel.open(file, StandardOpenOption.READ)) {
            // readable: the channel was only to ask
        } catch (AccessDeniedException e) {
            throw new UserError("permission denied: " + written);
        } catch (IOException e) {
            throw new UserError("cannot read " + written + ": " + FileErrors.reason(e));
        }
    }
}
