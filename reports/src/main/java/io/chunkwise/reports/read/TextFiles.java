package io.chunkwise.reports.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.chunkwise.reports.files.FileErrors;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads result files whole, turning I/O and syntax failures into {@link ResultFileException}s. */
final class TextFiles {
    /**
     * A UTF-8 byte order mark, as Windows tools (PowerShell's Out-File, Notepad, Excel) write at the start of a
     * file; skipped, like the CSV readers skip it.
     */
    private static final String BOM = "\uFEFF";
    /** Bare NaN and Infinity read as numbers: Python's json module writes them so, and the readers judge them. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private TextFiles() {
    }

    static List<String> lines(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(file, e);
        }
        if (lines.isEmpty() || !lines.getFirst().startsWith(BOM)) {
            return lines;
        }
        List<String> withoutBom = new ArrayList<>(lines);
        withoutBom.set(0, lines.getFirst().substring(BOM.length()));
        return withoutBom;
    }

    static JsonNode json(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(file, e);
        }
        if (text.startsWith(BOM)) {
            text = text.substring(BOM.length());
        }
        if (text.isBlank()) {
            throw new ResultFileException(file, "the file is empty");
        }
        // JMH's CSV parsed as JSON reads its first cell as a whole document, then "more text after it"
        Optional<String> foreign = ForeignFormat.ofText(file, text);
        if (foreign.isPresent()) {
            throw new ResultFileException(file, foreign.get());
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode value = MAPPER.readTree(parser);
            requireNothingAfter(file, parser);
            return value;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ResultFileException(file, Math.max(line, 0), JsonSyntax.describe(e));
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * Refuses text after the file's JSON value: two runs joined into one file ({@code cat a.json b.json})
     * would otherwise be read as the first alone, and the second silently dropped.
     */
    private static void requireNothingAfter(Path file, JsonParser parser) throws IOException {
        JsonLocation end = parser.currentLocation();
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            more = true;
        }
        if (more) {
            throw new ResultFileException(file, Math.max(end.getLineNr(), 0), "more text after its JSON value ends at column "
                    + end.getColumnNr() + ": one JSON document per file (were two runs joined into one file?)");
        }
    }

    static ResultFileException failure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ResultFileException(file, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ResultFileException(file, "permission denied", e);
        }
        if (e instanceof MalformedInputException) {
            return new ResultFileException(file, ForeignFormat.ofBytes(file).orElse("not a text file (invalid UTF-8)"), e);
        }
        if (Files.isDirectory(file)) {
            // compare reads files only: a bench output directory holds the JMH JSON to give instead
            return new ResultFileException(file, "is a directory, not a file" + JmhJsonHint.in(file), e);
        }
        return new ResultFileException(file, "cannot read: " + FileErrors.reason(e), e);
    }
}
