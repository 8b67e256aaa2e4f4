package io.chunkwise.reports.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a file that does not parse as JSON, in a user's words: where (the column;
 * the line goes in the file reference) and whether the file was cut short, without the parser's
 * internal notes ({@code [Source: REDACTED …]}).
 */
final class JsonSyntax {
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");
    /** The parser's advice to its programmer ("enable `JsonReadFeature.X` to allow"): no help to a user. */
    private static final Pattern FEATURE_ADVICE = Pattern.compile(
            "[:;]?\\s*enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");

    private JsonSyntax() {
    }

    /**
     * @param e the parser's exception
     * @return e.g. {@code truncated or not JSON: it ends at column 2 inside an object or array}
     */
    static String describe(JsonProcessingException e) {
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        if (e instanceof JsonEOFException) {
            return "truncated or not JSON: it ends" + (column > 0 ? " at column " + column : "") + " inside an object or array";
        }
        String detail = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
        detail = FEATURE_ADVICE.matcher(detail).replaceAll("").strip();
        return "not JSON" + (column > 0 ? " at column " + column : "") + " (" + detail + ")";
    }
}
