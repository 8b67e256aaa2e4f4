package io.chunkwise.cli;

/**
 * Marks a command whose run registers no shutdown hook but {@link io.chunkwise.loader.io.ScratchFiles}'
 * (and, through its libraries, a terminal's or a JFR recording's): {@link ProcessEnd} checks those
 * three at the end and, when none has work left, ends the process without running the hooks. A
 * command that starts child processes, writes with {@code deleteOnExit} or registers a hook of its
 * own must not implement it.
 */
public interface HooklessCommand {
}
