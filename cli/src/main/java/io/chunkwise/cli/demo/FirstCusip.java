package io.chunkwise.cli.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CUSIP of the first record of a master the demo generated itself: its first column is the
 * CUSIP, which never needs quoting, so the second line's first field is that record's CUSIP.
 */
final class FirstCusip {
    private FirstCusip() {
    }

    static String of(Path generatedMaster) {
        try (BufferedReader in = Files.newBufferedReader(generatedMaster, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            String first = in.readLine();
            if (header == null || first == null || !header.toLowerCase(java.util.Locale.ROOT).startsWith("cusip,")) {
                throw new IllegalStateException(generatedMaster + " does not start with a cusip column and a record");
            }
            return first.substring(0, first.indexOf(','));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
