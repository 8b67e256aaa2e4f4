package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("--no-such-option");
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n").contains("--no-such-option");
    }

    @Test
    void aBadSizeIsOneLineWithoutAnExceptionName() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("index", "any.csv", "--memory-budget", "lots");
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(text).doesNotContain("\n").doesNotContain("Exception").contains("'lots' is not a size");
    }

    @Test
    void helpSucceeds() {
        assertThat(Main.run("--help")).isZero();
    }
}
