package io.chunkwise.bench.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What identifies a generated benchmark input: the generator's name and version and every
 * parameter it was given. Two keys with the same generator, version and parameters (in any
 * order) name the same file; changing any of them names another.
 *
 * @param generator the generator's name, e.g. {@code secmaster}; letters, digits, {@code -}
 * @param version bumped when the generator's output changes for the same parameters
 * @param params the generator's parameters, sorted by name
 * @param extension the file name extension without the dot, e.g. {@code csv}
 */
public record InputKey(String generator, int version, SortedMap<String, String> params, String extension) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");

    /**
     * Validates and copies the parameters.
     *
     * @param generator the generator's name
     * @param version the generator's output version
     * @param params the parameters
     * @param extension the file name extension
     */
    public InputKey {
        Objects.requireNonNull(params, "params");
        if (!NAME.matcher(generator).matches()) {
            throw new IllegalArgumentException("generator name must be letters, digits or '-': " + generator);
        }
        if (!NAME.matcher(extension).matches()) {
            throw new IllegalArgumentException("extension must be letters, digits or '-': " + extension);
        }
        params.forEach((k, v) -> {
            if (!NAME.matcher(k).matches() || v == null) {
                throw new IllegalArgumentException("bad input parameter " + k + "=" + v);
            }
        });
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /**
     * A key from a map of parameters (any order).
     *
     * @param generator the generator's name
     * @param version the generator's output version
     * @param extension the file name extension
     * @param params the parameters
     * @return the key
     */
    public static InputKey of(String generator, int version, String extension, Map<String, ?> params) {
        SortedMap<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> sorted.put(k, String.valueOf(v)));
        return new InputKey(generator, version, sorted, extension);
    }

    /**
     * The file name for this key: readable parameters and a digest of the canonical form, so that
     * values with unusual characters still give distinct, safe names.
     *
     * @return e.g. {@code secmaster-v1-rows=1000,seed=42-3f2a9c01d4e7.csv}
     */
    public String fileName() {
        StringBuilder readable = new StringBuilder();
        params.forEach((k, v) -> {
            if (!readable.isEmpty()) {
                readable.append(',');
            }
            readable.append(k).append('=').append(v.replaceAll("[^A-Za-z0-9.]", "_"));
        });
        String shown = readable.length() > 80 ? readable.substring(0, 80) : readable.toString();
        return generator + "-v" + version + "-" + shown + "-" + digest() + "." + extension;
    }

    /** @return the first 12 hex digits of the SHA-256 of the canonical form */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** @return an unambiguous text form: lengths prefix every part */
    String canonical() {
        StringBuilder s = new StringBuilder();
        part(s, generator);
        part(s, Integer.toString(version));
        part(s, extension);
        params.forEach((k, v) -> {
            part(s, k);
            part(s, v);
        });
        return s.toString();
    }

    private static void part(StringBuilder s, String value) {
        s.append(value.length()).append(':').append(value).append(';');
    }
}
