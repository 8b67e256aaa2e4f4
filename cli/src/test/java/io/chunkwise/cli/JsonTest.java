package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {
    private enum Kind { CUSIP }

    private record Row(long count, String name) {
    }

    /** A plain tree with every kind of value the streaming path writes, nested. */
    private static Map<String, Object> everything() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("long", 9_007_199_254_740_993L);
        m.put("int", -7);
        m.put("short", (short) 3);
        m.put("byte", (byte) -1);
        m.put("double", 0.1 + 0.2);
        m.put("small but plain", 0.001);
        m.put("rounded", Math.round(1.23456 * 1000) / 1000.0);
        m.put("float", 1.5f);
        m.put("nan", Double.NaN);
        m.put("infinity", Double.NEGATIVE_INFINITY);
        m.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        m.put("bigDecimal", new BigDecimal("1.50"));
        m.put("string", "quote \" backslash \\ tab \t newline \n control \u0001 é 漢 \uD83D\uDE00");
        m.put("true", true);
        m.put("null", null);
        m.put("enum", Kind.CUSIP);
        m.put("char", 'x');
        m.put("empty map", Map.of());
        m.put("empty list", List.of());
        m.put("list", Arrays.asList(1L, "two", null, List.of(3, 4), Map.of("k", "v")));
        m.put("array", new Object[] {1, "a"});
        m.put("set", Set.of("only"));
        Map<String, Object> nested = new TreeMap<>();
        nested.put("b", new ArrayList<>(List.of(Map.of())));
        nested.put("a", Map.of("deeper", List.of(List.of())));
        m.put("nested", nested);
        return m;
    }

    @Test
    void aPlainTreeIsWrittenExactlyAsTheMapperWritesIt() throws JsonProcessingException {
        Map<String, Object> value = everything();

        assertThat(PlainJson.isPlain(value)).isTrue();
        assertThat(Json.writePlain(value)).isEqualTo(Json.mapper().writeValueAsString(value));
        assertThat(Json.write(value)).isEqualTo(Json.mapper().writeValueAsString(value));
    }

    @Test
    void aNumberJavaPrintsInExponentFormIsWrittenInPlainDecimals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tiny", 6.065409107580504E-4);
        m.put("huge", 1.5E10);
        m.put("float", 1.0E-5f);
        m.put("negative", -2.5E-7);
        assertThat(Json.writePlain(m)).isEqualTo("""
                {
                  "tiny" : 0.0006065409107580504,
                  "huge" : 15000000000,
                  "float" : 0.000010,
                  "negative" : -0.00000025
                }""");
    }

    private record Estimate(double score, double error, Float ratio, float[] none) {
    }

    @Test
    void aNumberJsonDoesNotHaveIsNullInBothPaths() throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nan", Double.NaN);
        m.put("infinity", Float.POSITIVE_INFINITY);
        m.put("list", Arrays.asList(1.5, Double.NEGATIVE_INFINITY));
        String expected = """
                {
                  "nan" : null,
                  "infinity" : null,
                  "list" : [ 1.5, null ]
                }""";
        assertThat(Json.writePlain(m)).isEqualTo(expected);
        assertThat(Json.mapper().writeValueAsString(m)).isEqualTo(expected);
        // a record's components, primitive and boxed, as bench --json writes a score without an error
        assertThat(Json.write(new Estimate(2.5E-4, Double.NaN, Float.NaN, new float[0])))
                .isEqualTo("""
                        {
                          "score" : 0.00025,
                          "error" : null,
                          "ratio" : null,
                          "none" : [ ]
                        }""");
    }

    /** lookup streams its matches as UTF-8 bytes: an emoji is its four bytes there too, as in the other commands' text. */
    @Test
    void aCharacterBeyondTheBasicPlaneIsWrittenAsItsUtf8BytesNotEscapes() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = Json.factory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("\uD83D\uDCC8 price", "caf\u00e9 \uD83D\uDE00");
            g.writeEndObject();
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"\uD83D\uDCC8 price\":\"caf\u00e9 \uD83D\uDE00\"}")
                .isEqualTo(Json.writePlain(Map.of("\uD83D\uDCC8 price", "caf\u00e9 \uD83D\uDE00")).replaceAll("\\s*\\R\\s*", "")
                        .replace(" : ", ":"));
    }

    @Test
    void scalarsAndEmptyContainersAtTheTopAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        for (Object v : Arrays.asList(null, 1L, "s", true, List.of(), Map.of(), new Object[0], 2.5)) {
            assertThat(Json.writePlain(v)).as(String.valueOf(v)).isEqualTo(Json.mapper().writeValueAsString(v));
        }
    }

    @Test
    void whatIsNotPlainGoesToTheMapperAndIsRefusedByThePlainWriter() throws JsonProcessingException {
        Map<String, Object> withRecord = new LinkedHashMap<>(Map.of("row", new Row(2, "r")));
        Map<Object, Object> numberKey = new LinkedHashMap<>(Map.of(1, "one"));
        List<Object> notPlain = List.of(new Row(1, "a"), withRecord, numberKey, List.of(Path.of("p")),
                Map.of("bytes", new byte[] {1}), Map.of("ints", new int[] {1}));

        for (Object v : notPlain) {
            assertThat(PlainJson.isPlain(v)).as(v.toString()).isFalse();
            assertThat(Json.write(v)).isEqualTo(Json.mapper().writeValueAsString(v));
            assertThatThrownBy(() -> Json.writePlain(v)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a plain JSON tree");
        }
    }
}
