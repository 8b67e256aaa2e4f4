package io.chunkwise.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.Json;
import io.chunkwise.loader.generate.FixLogGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads the truth that {@code generate fixlog} planted beside the log. */
final class PlantedTruth {
    private PlantedTruth() {
    }

    static JsonNode read(Path fixLog) {
        Path expected = FixLogGenerator.expectedFile(fixLog);
        try {
            return Json.mapper().readTree(expected.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the planted truth " + expected, e);
        }
    }
}
