package io.chunkwise.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A field delimiter: one ASCII character other than the quote, or {@code \t} / {@code tab} for a tab (hard to type in a shell). */
public final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
        if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) > 127) {
            throw new TypeConversionException("'" + value + "' is not one ASCII character other than a quote"
                    + " (for a tab, pass '\\t' or tab)");
        }
        return value.charAt(0);
    }
}
