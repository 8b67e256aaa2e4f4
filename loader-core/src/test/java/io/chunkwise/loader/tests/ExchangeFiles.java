package io.chunkwise.loader.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** NASDAQ Trader's '|'-delimited listings in the test resources ({@code /symbols/}), copied out for a test. */
final class ExchangeFiles {
    private ExchangeFiles() {
    }

    /**
     * @param dir where to copy it
     * @param name {@code nasdaqlisted.txt} or {@code otherlisted.txt}
     * @return the copy
     */
    static Path copy(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = ExchangeFiles.class.getResourceAsStream("/symbols/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }
}
