package io.chunkwise.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every command takes. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON value on stdout and nothing else there.")
    private boolean json;

    /** @return whether stdout is reserved for one JSON value */
    public boolean json() {
        return json;
    }
}
