package io.chunkwise.loader.csv;

/**
 * The dialect of a delimited file. Records end at LF or CRLF outside quotes; a bare CR is data.
 *
 * @param delimiter the field separator byte, e.g. {@code ','} or {@code '|'}
 * @param quote the quote byte, usually {@code '"'}
 */
public record CsvFormat(byte delimiter, byte quote) {
    /** Comma separated, double quotes: RFC 4180. */
    public static final CsvFormat RFC4180 = new CsvFormat((byte) ',', (byte) '"');

    /** Rejects dialects that cannot be parsed unambiguously. */
    public CsvFormat {
        if (delimiter == quote || delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("delimiter and quote must differ and not be line breaks");
        }
        if (delimiter < 0 || quote < 0) {
            throw new IllegalArgumentException("delimiter and quote must be ASCII characters");
        }
    }

    /**
     * @param delimiter the new delimiter, one ASCII character
     * @return this format with another delimiter
     */
    public CsvFormat withDelimiter(char delimiter) {
        if (delimiter > 127) {
            throw new IllegalArgumentException("delimiter must be one ASCII character, was '" + delimiter + "'");
        }
        return new CsvFormat((byte) delimiter, quote);
    }
}
