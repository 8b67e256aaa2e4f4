package io.chunkwise.cli.loader;

import com.fasterxml.jackson.core.JsonGenerator;
import io.chunkwise.cli.Json;
import io.chunkwise.loader.csv.CsvHeader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints {@code lookup}'s matches one at a time as they are read, so a key with a million records
 * needs no more memory than a key with one: a JSON array on stdout, or text for people on stderr.
 * A lookup that fails half-way (the master changed) leaves the array unclosed: never a valid
 * document that looks complete.
 */
abstract sealed class MatchPrinter permits MatchPrinter.JsonArray, MatchPrinter.Text {
    /**
     * @param json whether {@code --json} was given
     * @return a printer of that format, on its stream
     */
    static MatchPrinter of(boolean json) {
        return json ? new JsonArray(System.out) : new Text(System.err);
    }

    /**
     * Prints one matching record.
     *
     * @param key the query, e.g. {@code cusip:037833100}
     * @param offset the record's byte offset
     * @param names the header names
     * @param values the record's values, one per name
     */
    abstract void match(String key, long offset, List<String> names, List<String> values);

    /** Ends the output after the last match (a JSON array is closed even when empty). */
    abstract void end();

    /** The header whose {@link #keys} are held, and those keys: worked out once per look-up, not per record. */
    private List<String> keysOf;
    private List<String> keys;

    /** @return the output key of each column ({@link CsvHeader#keysOf}) */
    final List<String> keys(List<String> names) {
        if (names != keysOf) {
            keys = CsvHeader.keysOf(names);
            keysOf = names;
        }
        return keys;
    }

    /** The JSON array: each match an object keyed by header name, plus {@code _key} and {@code _offset}. */
    private static final class JsonArray extends MatchPrinter {
        private final PrintStream out;
        private final JsonGenerator json;

        JsonArray(PrintStream out) {
            this.out = out;
            try {
                json = Json.factory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void match(String key, long offset, List<String> names, List<String> values) {
            try {
                json.writeStartObject();
                List<String> keys = keys(names);
                for (int i = 0; i < names.size(); i++) {
                    json.writeStringField(keys.get(i), values.get(i));
                }
                json.writeStringField(extraKey(names, "_key"), key);
                json.writeNumberField(extraKey(names, "_offset"), offset);
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void end() {
            try {
                json.writeEndArray();
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }
    }

    /**
     * @param names the header names
     * @param wanted an extra key's name, e.g. {@code _offset}
     * @return it, or it with more leading underscores when the file has a column of that name: a
     *     master's own {@code _offset} column is not overwritten
     */
    static String extraKey(List<String> names, String wanted) {
        String key = wanted;
        while (names.contains(key)) {
            key = "_" + key;
        }
        return key;
    }

    /**
     * Text: the key and offset, then one indented line per field, control characters escaped.
     * Values are printed a window at a time: a record of 16 MiB that the heap holds once must not
     * need it three times more (a builder of the record, its escaped copy, its bytes).
     */
    static final class Text extends MatchPrinter {
        /** Characters escaped and printed at a time. */
        static final int WINDOW = 8192;
        private final PrintStream out;

        Text(PrintStream out) {
            this.out = out;
        }

        @Override
        void match(String key, long offset, List<String> names, List<String> values) {
            StringBuilder b = new StringBuilder(key.replaceFirst(":", " ")).append(" @ byte ").append(offset).append('\n');
            List<String> keys = keys(names);
            for (int i = 0; i < names.size(); i++) {
                // a vendor's bytes never drive the terminal: control characters (line breaks too) escaped
                b.append("  ").append(CsvHeader.printable(keys.get(i))).append(": ");
                appendPrintable(b, values.get(i));
                b.append('\n');
            }
            out.print(b); // one write per record as a rule, for a key with many records
        }

        /** Appends a value escaped, a window at a time, printing what is held once it is a window long. */
        private void appendPrintable(StringBuilder b, String text) {
            for (int from = 0; from < text.length(); ) {
                int to = Math.min(text.length(), from + WINDOW);
                if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--; // a surrogate pair stays whole, one code point
                }
                b.append(CsvHeader.printable(text.substring(from, to)));
                from = to;
                if (b.length() >= WINDOW) {
                    out.print(b);
                    b.setLength(0);
                }
            }
        }

        @Override
        void end() {
            out.flush();
        }
    }
}
