package io.chunkwise.cli.loader;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A key column's header name ({@code --cusip-column} and the like): never empty or blank. Names
 * are matched without surrounding blanks, so such a name matched the header's first unnamed column
 * (a spreadsheet's trailing {@code ,,}): {@code --symbol-column "$COL"} with the variable unset
 * rebuilt the index with an empty symbol column, and every symbol was then "not found".
 */
public final class ColumnNameConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (value.isEmpty()) {
            throw new TypeConversionException("the name is empty (an unset shell variable in quotes?)");
        }
        if (value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new TypeConversionException("the name is blank; name a column by its header text");
        }
        return value;
    }
}
