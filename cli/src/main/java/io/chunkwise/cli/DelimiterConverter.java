package io.chunkwise.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A field delimiter: one ASCII character other than the quote and the line breaks, or {@code \t} / {@code tab} for a tab (hard to type in a shell). */
public final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
        if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (value.length() != 1 || "\"\r\n".indexOf(value.charAt(0)) >= 0 || value.charAt(0) > 127) {
            // a line break shown as typed in a shell, so the error stays one line
            throw new TypeConversionException("'" + value.replace("\r", "\\r").replace("\n", "\\n")
                    + "' is not one ASCII character other than a quote or a line break (for a tab, pass '\\t' or tab)");
        }
        return value.charAt(0);
    }
}
