package io.chunkwise.loader.fix;

import java.util.List;

/**
 * What a FIX log's first bytes tell of how to scan it ({@link FixLogFormat#inspect}).
 *
 * @param notices what the user should be told before the scan: a delimiter other than SOH and
 *     {@code |}, bare CR line breaks, SOH spelled as text; empty when nothing
 * @param delimiter the printable delimiter to scan it with ({@link ScanOptions#withDelimiter})
 */
public record LogInspection(List<String> notices, PrintableDelimiter delimiter) {
    /** Copies the notices. */
    public LogInspection {
        notices = List.copyOf(notices);
    }
}
