package io.chunkwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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
