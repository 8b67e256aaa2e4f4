package io.chunkwise.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a tree of maps, lists and scalars with Jackson's streaming generator alone, as its object
 * mapper would write it (but for numbers in exponent form, written in plain decimals): the whole-file commands' results are such trees, and the mapper's class
 * initialisation (about 0.2 s of CPU, a calendar that walks every locale) would otherwise compete
 * with their workers for the two cores. Anything else (records, beans, byte arrays) is not plain:
 * {@link Json} hands it to the mapper.
 */
final class PlainJson {
    private PlainJson() {
    }

    /**
     * @param value a result
     * @return whether it is made of string-keyed maps, collections, object arrays, strings,
     *     booleans, enums, the JDK's boxed and big numbers and nulls only
     */
    static boolean isPlain(Object value) {
        if (value == null || isScalar(value)) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !isPlain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().allMatch(PlainJson::isPlain);
        }
        if (value instanceof Object[] array) {
            for (Object o : array) {
                if (!isPlain(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isScalar(Object v) {
        return v instanceof String || v instanceof Boolean || v instanceof Enum<?> || v instanceof Character
                || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float || v instanceof BigInteger || v instanceof BigDecimal;
    }

    /**
     * Writes a double or float as Java prints it, except that a number Java prints in exponent
     * form ({@code 6.1E-4}, {@code 1.5E10}) is written in plain decimals: a reader that splits on
     * letters, or a spreadsheet column, takes it as text otherwise.
     *
     * @param text the number as Java prints it
     * @param finite whether it is a number JSON has: NaN and infinities are written as null
     */
    private static void writeDecimal(JsonGenerator g, String text, boolean finite) throws IOException {
        if (!finite) {
            g.writeNull();
        } else {
            g.writeNumber(text.indexOf('E') < 0 ? text : new BigDecimal(text).toPlainString());
        }
    }

    /**
     * Writes a value {@link #isPlain} accepts.
     *
     * @param g the generator
     * @param value the value
     * @throws IOException when the generator cannot write
     */
    static void write(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Enum<?> e -> g.writeString(e.name());
            case Character c -> g.writeString(c.toString());
            case Long n -> g.writeNumber(n);
            case Integer n -> g.writeNumber(n);
            case Short n -> g.writeNumber(n);
            case Byte n -> g.writeNumber(n);
            case Double n -> writeDecimal(g, Double.toString(n), Double.isFinite(n));
            case Float n -> writeDecimal(g, Float.toString(n), Float.isFinite(n));
            case BigInteger n -> g.writeNumber(n);
            case BigDecimal n -> g.writeNumber(n);
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case Collection<?> list -> {
                g.writeStartArray();
                for (Object o : list) {
                    write(g, o);
                }
                g.writeEndArray();
            }
            case Object[] array -> {
                g.writeStartArray();
                for (Object o : array) {
                    write(g, o);
                }
                g.writeEndArray();
            }
            default -> throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
        }
    }
}
