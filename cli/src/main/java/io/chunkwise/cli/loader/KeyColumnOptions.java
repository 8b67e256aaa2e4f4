package io.chunkwise.cli.loader;

import io.chunkwise.cli.DelimiterConverter;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How to read a security master: its delimiter and, when the header does not use the usual names,
 * its key columns. Shared by every command that reads a master ({@code index}, {@code lookup},
 * {@code scan}, {@code reconcile}, {@code generate fixlog}), so an index built by one is the index
 * the others expect, and a generated log references the columns reconcile will check.
 */
public final class KeyColumnOptions {
    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "Field delimiter of the CSV (default ',', or what an Excel 'sep=;' first line declares:"
                    + " one ASCII character, else the file is refused;"
                    + " lookup and reconcile use the one the index was built with, also when rebuilding a stale one;"
                    + " '|' for exchange files, '\\t' for tabs).")
    Character delimiter;

    @Option(names = "--cusip-column", paramLabel = "NAME", converter = ColumnNameConverter.class,
            description = "Header name of the CUSIP column (default: cusip; lookup and reconcile: the index's, also when rebuilding it).")
    String cusipColumn;

    @Option(names = "--isin-column", paramLabel = "NAME", converter = ColumnNameConverter.class,
            description = "Header name of the ISIN column (default: isin; lookup and reconcile: the index's, also when rebuilding it).")
    String isinColumn;

    @Option(names = "--symbol-column", paramLabel = "NAME", converter = ColumnNameConverter.class,
            description = "Header name of the symbol column (default: symbol or ticker; lookup and reconcile: the index's, also when rebuilding it).")
    String symbolColumn;

    /** @return the CSV dialect */
    public CsvFormat format() {
        return delimiter == null ? CsvFormat.RFC4180 : CsvFormat.RFC4180.withDelimiter(delimiter);
    }

    /**
     * Refuses a {@code --delimiter} that contradicts the file's {@code sep=X} line (without one the
     * line's delimiter is used, as the library does).
     *
     * @param file the master
     * @throws io.chunkwise.loader.csv.CsvParseException naming the line and both delimiters
     */
    public void requireAgreesWith(Path file) {
        if (delimiter != null) {
            HeaderReader.format(file, format(), true);
        }
    }

    /** @return whether the delimiter was given, or an existing index's is to be used (',' for a new one) */
    public Indexer.Dialect dialect() {
        return delimiter == null ? Indexer.Dialect.FROM_INDEX : Indexer.Dialect.GIVEN;
    }

    /** @return the key columns named explicitly (none: found by header name) */
    public Map<KeyKind, String> columns() {
        Map<KeyKind, String> m = new EnumMap<>(KeyKind.class);
        if (cusipColumn != null) {
            m.put(KeyKind.CUSIP, cusipColumn);
        }
        if (isinColumn != null) {
            m.put(KeyKind.ISIN, isinColumn);
        }
        if (symbolColumn != null) {
            m.put(KeyKind.SYMBOL, symbolColumn);
        }
        return m;
    }
}
