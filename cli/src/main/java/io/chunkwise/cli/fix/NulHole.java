package io.chunkwise.cli.fix;

import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Decimals;
import java.nio.file.Path;
import java.util.Optional;

/**
 * NUL bytes between a FIX log's messages, as {@code fixscan} and {@code reconcile} both name them.
 * They are no logger's text: a hole (copytruncate's at the head, a crashed writer's between
 * messages), where messages may have been lost. Named, with where the first is, rather than skipped
 * as text between messages: a silent skip would be a silent loss.
 *
 * @param bytes how many
 * @param firstAt where the first is, or -1
 * @param firstLine its line (from 1), or 0 when lines were not counted
 */
record NulHole(long bytes, long firstAt, long firstLine) {

    /**
     * @param command the command's name, for the notice
     * @param log the log
     * @return what to tell the user, or empty when there is no NUL between messages
     */
    Optional<String> notice(String command, Path log) {
        if (bytes == 0) {
            return Optional.empty();
        }
        String where = (firstLine > 0 ? "line " + Decimals.grouped(firstLine) + ", " : "") + "byte " + Decimals.grouped(firstAt);
        return Optional.of(command + ": " + log + ": " + Counted.of(bytes, "NUL byte") + " outside its messages (the first at "
                + where + "): no logger writes NUL as text, so a hole (logrotate's copytruncate leaves one at a log's head, a crashed"
                + " writer or a preallocated log appended to after a crash one between messages), where messages may have been"
                + " lost; not scanned as messages");
    }
}
