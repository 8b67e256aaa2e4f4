package io.chunkwise.loader.csv;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The one rule that rejects a record: its field count differs from the header's. */
public final class FieldCount {
    /**
     * The reasons by field counts: a file whose every row has one field too many holds one string,
     * not millions, while its chunks' rejects wait to be committed.
     */
    private static final Map<Long, String> REASONS = new ConcurrentHashMap<>();
    private static final int MAX_REASONS = 4096;

    private FieldCount() {
    }

    /**
     * @param record the record with the wrong field count
     * @param expected the header's field count
     * @return the reject naming line, offset and both counts
     */
    public static Reject reject(CsvRecord record, int expected) {
        long counts = (long) expected << 32 | record.size();
        String reason = REASONS.get(counts);
        if (reason == null) {
            reason = "expected " + expected + " fields, found " + record.size();
            if (REASONS.size() < MAX_REASONS) {
                REASONS.put(counts, reason);
            }
        }
        return new Reject(record.line(), record.offset(), reason);
    }
}
