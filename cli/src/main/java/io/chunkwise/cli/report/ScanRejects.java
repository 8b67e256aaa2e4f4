package io.chunkwise.cli.report;

import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Decimals;
import io.chunkwise.cli.UserError;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What tune makes of the records its scans rejected: timings of a file read mostly as rejects
 * (not CSV, or a wrong delimiter's ragged rows) time the wrong work, so such a file is refused;
 * a few rejects are said once, as they are in the times.
 */
final class ScanRejects {
    private ScanRejects() {
    }

    /**
     * @param file the file tuned for
     * @param records records the scan accepted
     * @param rejected records it rejected
     * @return a note for a file with some rejects, none for a clean one
     * @throws UserError when no record was accepted or more were rejected than accepted
     */
    static Optional<String> check(Path file, long records, long rejected) {
        if (rejected == 0) {
            return Optional.empty();
        }
        String counts = "the scan rejected " + Decimals.grouped(rejected) + " of "
                + Counted.of(records + rejected, "record");
        String why = "'chunkwise scan " + file + "' writes each with its line, byte offset and reason";
        if (rejected > records) {
            throw new UserError(file + ": " + counts + ", so the times would be of rejecting, not parsing (" + why
                    + "); tune needs a CSV file that reads cleanly (check --delimiter)");
        }
        return Optional.of("tune: " + file + ": " + counts + "; the times include them (" + why + ")");
    }
}
