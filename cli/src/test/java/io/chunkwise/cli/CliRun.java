package io.chunkwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The outcome of one in-process CLI run in a test: {@link Main#run(String...)} with stdout and stderr captured.
 *
 * @param code the exit code
 * @param out everything written to stdout
 * @param err everything written to stderr
 */
public record CliRun(int code, String out, String err) {
    /**
     * Runs the CLI with stdout and stderr captured, restoring both afterwards. Synchronized because the
     * streams are process-wide.
     *
     * @param args the command line, without the program name
     * @return the exit code and the captured output
     */
    public static synchronized CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /**
     * Parses stdout as JSON (what a {@code --json} run prints).
     *
     * @return the parsed document
     * @throws IOException if stdout is not JSON
     */
    public JsonNode json() throws IOException {
        return Json.mapper().readTree(out);
    }
}
