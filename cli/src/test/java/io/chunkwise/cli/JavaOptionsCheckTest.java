package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's check of the JVM options in its environment ({@code bin/java-options.sh}): options
 * no JVM starts with are exit 2 naming their variable, not the JVM's exit 1 ("not found") or a
 * failed build's 4.
 */
class JavaOptionsCheckTest {
    private static final List<String> VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
            "CHUNKWISE_JAVA_OPTS");

    @TempDir
    Path memo;

    private record Run(int exit, String err) {
    }

    @Test
    void aJavaToolOptionNoJvmStartsWithIsAnInputErrorNamingIt() throws Exception {
        // QA: JAVA_TOOL_OPTIONS=-XX:+Bogus ./chunkwise … exited 1, which reads as "not found"
        Run run = check(Map.of("JAVA_TOOL_OPTIONS", "-XX:+Bogus"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unrecognized VM option 'Bogus'")
                .endsWith("chunkwise: the JVM does not start with JAVA_TOOL_OPTIONS='-XX:+Bogus' (above); mend or unset it");
        assertThat(check(Map.of("JDK_JAVA_OPTIONS", "-Xmx0")).err())
                .endsWith("chunkwise: the JVM does not start with JDK_JAVA_OPTIONS='-Xmx0' (above); mend or unset it");
    }

    @Test
    void eachVariableIsTriedAloneSoTheMessageNamesTheOneAtFault() throws Exception {
        Run run = check(Map.of("JAVA_TOOL_OPTIONS", "-Xmx0", "CHUNKWISE_JAVA_OPTS", "-Xmx64m"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).endsWith("JAVA_TOOL_OPTIONS='-Xmx0' (above); mend or unset it").doesNotContain("CHUNKWISE_JAVA_OPTS");
        run = check(Map.of("JAVA_TOOL_OPTIONS", "-Xss2m", "CHUNKWISE_JAVA_OPTS", "-XX:+Bogus"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).endsWith("chunkwise: the JVM does not start with CHUNKWISE_JAVA_OPTS='-XX:+Bogus' (above); mend or unset it");
    }

    @Test
    void optionsThatStartAreRememberedAndAnAgentIsNeverTried() throws Exception {
        assertThat(check(Map.of("JAVA_TOOL_OPTIONS", "-Xss2m", "CHUNKWISE_JAVA_OPTS", "-Xmx64m"))).isEqualTo(new Run(0, ""));
        try (var remembered = Files.list(memo)) {
            assertThat(remembered).hasSize(2);
        }
        // a trial would start the agent: left to the command's JVM
        assertThat(check(Map.of("JAVA_TOOL_OPTIONS", "-javaagent:/no/such/agent.jar")).exit()).isZero();
    }

    /** Runs the check with these variables set, and none of the others. */
    private Run check(Map<String, String> variables) throws IOException, InterruptedException {
        Path source = Path.of("..", "bin", "java-options.sh").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -euo pipefail; . \"$0\"; chunkwise_check_java_options \"$1\" \"$2\"",
                source.toString(), System.getProperty("java.home"), memo.toString());
        VARIABLES.forEach(pb.environment()::remove);
        pb.environment().putAll(variables);
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Run(p.waitFor(), err);
    }
}
