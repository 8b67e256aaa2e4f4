package io.chunkwise.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --json} switch every command takes. */
public final class OutputOptions {
    private boolean json;

    /** The command this option belongs to (picocli injects it before parsing). */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * @param on whether {@code --json} was given; if so, Jackson starts warming up at once, in the
     *     background, so the result is not held up by it at the end: its object mapper only for a
     *     command whose result needs it (not a {@link PlainJsonResult})
     */
    @Option(names = "--json", description = "Print one JSON value on stdout and nothing else there.")
    void json(boolean on) {
        json = on;
        if (on) {
            // Json's class initialisation (the mapper) runs on this thread, not on the command's
            boolean mapper = !(command.userObject() instanceof PlainJsonResult);
            Thread warmUp = new Thread(() -> Json.warmUp(mapper), "chunkwise-json-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** @return whether stdout is reserved for one JSON value */
    public boolean json() {
        return json;
    }
}
