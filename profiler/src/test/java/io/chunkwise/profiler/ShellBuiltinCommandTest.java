package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.process.CommandStartException;
import io.chunkwise.profiler.process.ProcessProfiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shell built-in given as the command is no program: the error says so and how to run it. */
class ShellBuiltinCommandTest {
    @Test
    void aShellBuiltinIsNamedAsSuchWithTheShellToRunItIn() {
        assertThatThrownBy(() -> ProcessProfiler.builder(List.of("ulimit", "-v", "100000")).run())
                .isInstanceOf(CommandStartException.class)
                .hasMessage("cannot run 'ulimit': No such file or directory; 'ulimit' is a shell built-in, not a program:"
                        + " run it in a shell, e.g. -- sh -c 'ulimit …; COMMAND'");
    }

    @Test
    void anyOtherMissingProgramGetsNoSuchHint() {
        assertThatThrownBy(() -> ProcessProfiler.builder(List.of("no-such-program-xyz")).run())
                .isInstanceOf(CommandStartException.class)
                .hasMessage("cannot run 'no-such-program-xyz': No such file or directory");
    }
}
