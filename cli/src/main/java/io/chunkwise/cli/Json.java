package io.chunkwise.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of the CLI, so every command prints the same way: Jackson's default pretty
 * printer. A tree of maps, lists and scalars is written by the streaming generator alone
 * ({@link PlainJson}); anything else by the object mapper, which is loaded on first use only.
 */
public final class Json {
    /**
     * Characters beyond the Basic Multilingual Plane (an emoji in a header) are written as their
     * four UTF-8 bytes, as the text path writes them, not as a pair of escaped surrogates.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private Json() {
    }

    /** The mapper, initialised when first asked for (a holder class): most commands never need it. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(nonFiniteAsNull());

        private static SimpleModule nonFiniteAsNull() {
            NonFiniteAsNull serializer = new NonFiniteAsNull();
            return new SimpleModule("non-finite as null")
                    .addSerializer(Double.class, serializer).addSerializer(double.class, serializer)
                    .addSerializer(Float.class, serializer).addSerializer(float.class, serializer);
        }
    }

    /**
     * JSON has no NaN or infinity: such a number (an error JMH could not estimate, a ratio to zero) is
     * written as {@code null}, as JavaScript's {@code JSON.stringify} writes it, rather than as
     * Jackson's string {@code "NaN"}, which a reader takes for text.
     */
    private static final class NonFiniteAsNull extends JsonSerializer<Number> {
        @Override
        public void serialize(Number value, JsonGenerator g, SerializerProvider provider) throws IOException {
            PlainJson.write(g, value);
        }
    }

    /** @return the shared mapper, configured for stable pretty output */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** @return the streaming factory, for output written as it is produced */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * Sets the writer up by rendering a sample, on a background thread (see {@link OutputOptions}),
     * so a command overlaps the loading with its own work instead of adding it at the end.
     *
     * @param mapper whether to load the object mapper too (about 0.2 s of CPU): for a command whose
     *     result is not a plain tree ({@link PlainJsonResult})
     */
    static void warmUp(boolean mapper) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("count", 1L);
        sample.put("seconds", 0.5);
        sample.put("name", "warm-up");
        sample.put("none", null);
        sample.put("nested", Map.of("list", List.of(1, 2)));
        write(sample);
        if (mapper) {
            write(new WarmUp(1L, "warm-up"));
        }
    }

    /** Not a plain tree: makes {@link #warmUp} go through the mapper's bean path. */
    private record WarmUp(long count, String name) {
    }

    /**
     * Renders a value as JSON text.
     *
     * @param value a record, map, list or scalar
     * @return its JSON text
     */
    public static String write(Object value) {
        if (PlainJson.isPlain(value)) {
            return writePlain(value);
        }
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Renders a plain tree as JSON text, without the object mapper.
     *
     * @param value maps, lists and scalars ({@link PlainJson#isPlain})
     * @return its JSON text, as {@link #write} gives it
     * @throws IllegalArgumentException when the value is not a plain tree
     */
    public static String writePlain(Object value) {
        if (!PlainJson.isPlain(value)) {
            throw new IllegalArgumentException("not a plain JSON tree: " + value.getClass().getName());
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            PlainJson.write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render result as JSON: " + e.getMessage(), e);
        }
        return text.toString();
    }
}
