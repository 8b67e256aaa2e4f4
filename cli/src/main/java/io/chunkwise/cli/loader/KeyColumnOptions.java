package io.chunkwise.cli.loader;

import io.chunkwise.cli.DelimiterConverter;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.index.KeyKind;
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
            description = "Field delimiter of the CSV (default ','; use '|' for exchange files, '\\t' for tabs).")
    char delimiter = ',';

    @Option(names = "--cusip-column", paramLabel = "NAME", description = "Header name of the CUSIP column (default: cusip).")
    String cusipColumn;

    @Option(names = "--isin-column", paramLabel = "NAME", description = "Header name of the ISIN column (default: isin).")
    String isinColumn;

    @Option(names = "--symbol-column", paramLabel = "NAME", description = "Header name of the symbol column (default: symbol or ticker).")
    String symbolColumn;

    /** @return the CSV dialect */
    public CsvFormat format() {
        return CsvFormat.RFC4180.withDelimiter(delimiter);
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
