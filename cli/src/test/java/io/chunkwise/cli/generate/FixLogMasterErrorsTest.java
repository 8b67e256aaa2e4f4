package io.chunkwise.cli.generate;

import static io.chunkwise.cli.UnreadableFiles.WRITE_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.UnreadableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master {@code generate fixlog} cannot use is named in the words the other commands use: a
 * header alone at its line and byte, an unreadable file with why.
 */
class FixLogMasterErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aMasterWithAHeaderAloneIsNamedAtItsLineAndByte() throws IOException {
        Path master = Files.writeString(dir.resolve("headeronly.csv"), "cusip,isin,symbol\n");
        Path log = dir.resolve("o.fix");
        CliRun run = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "10", "-o", log.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise generate fixlog: " + master
                + ":2 (byte 18): no data records after the header row");
        assertThat(log).doesNotExist();
    }

    @Test
    void anUnreadableMasterSaysPermissionDenied() {
        UnreadableFiles.assumeUnreadable(WRITE_ONLY);
        Path log = dir.resolve("o.fix");
        CliRun run = CliRun.of("generate", "fixlog", "--master", WRITE_ONLY.toString(), "--messages", "10", "-o", log.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise generate fixlog: permission denied: " + WRITE_ONLY);
    }
}
