package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value no choice matches lists the choices as --help and the README write them, not as Java's constants. */
class EnumChoicesTest {
    @TempDir
    Path dir;

    @Test
    void theChoicesAreListedInTheirOwnSpelling() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun index = CliRun.of("index", master.toString(), "--strategy", "foo");
        assertThat(index.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(index.err().strip()).isEqualTo("chunkwise index: Invalid value for option '--strategy': expected one of full, "
                + "chunked, mmap, parallel but was 'foo' (see 'chunkwise index --help')");
        CliRun iterate = CliRun.of("dataset", "iterate", dir.resolve("c.arrow").toString(), "--mode", "foo");
        assertThat(iterate.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(iterate.err()).contains("expected one of standard, iterable, auto but was 'foo'").doesNotContain("STANDARD");
        // any other parse error keeps its words
        assertThat(ErrorHandler.lowerCaseChoices("Unknown option: '--x'")).isEqualTo("Unknown option: '--x'");
    }
}
