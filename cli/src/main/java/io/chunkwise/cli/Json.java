package io.chunkwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one JSON writer of the CLI, so every command prints the same way. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** @return the shared mapper, configured for stable pretty output */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Sets the mapper up by rendering a sample: loading and configuring Jackson takes about 0.2 s.
     * Called on a background thread (see {@link OutputOptions}), which also runs this class's
     * initialisation, so a command overlaps it with its own work instead of adding it at the end.
     */
    static void warmUp() {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("count", 1L);
        sample.put("seconds", 0.5);
        sample.put("name", "warm-up");
        sample.put("none", null);
        sample.put("nested", Map.of("list", List.of(1, 2)));
        write(sample);
    }

    /**
     * Renders a value as JSON text.
     *
     * @param value a record, map, list or scalar
     * @return its JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render result as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
