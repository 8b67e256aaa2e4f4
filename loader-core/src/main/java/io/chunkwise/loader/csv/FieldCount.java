package io.chunkwise.loader.csv;

/** The one rule that rejects a record: its field count differs from the header's. */
public final class FieldCount {
    private FieldCount() {
    }

    /**
     * @param record the record with the wrong field count
     * @param expected the header's field count
     * @return the reject naming line, offset and both counts
     */
    public static Reject reject(CsvRecord record, int expected) {
        return new Reject(record.line(), record.offset(),
                "expected " + expected + " fields, found " + record.size());
    }
}
