package io.chunkwise.loader.index;

import java.util.Locale;

/**
 * Why an index is stale for a file, in the words its header supports. An index that records
 * another file's name, and another size or sampled content, was built from another file: saying
 * that its source's modification time "changed" would blame an edit of a file no one touched. Only
 * a file of the name the index records (or one the index does not name, before version
 * {@value BuildRecord#FIRST_NAMING_VERSION}) is one that changed, and then a changed content says
 * more than a moved modification time. Whether the index is then rebuilt or refused is
 * {@link OtherFilesIndex}'s call, not this wording's.
 */
final class StaleReason {
    private StaleReason() {
    }

    /**
     * @param recordedName the source's file name the index records, or {@code null} when it records none
     * @param sourceName the file name of the source it was opened for
     * @param then the source's fingerprint the index records
     * @param now the source's fingerprint now
     * @return why it is stale, starting with "stale", or {@code null} when it is not
     */
    static String of(String recordedName, String sourceName, SourceFingerprint then, SourceFingerprint now) {
        String diff = now.difference(then);
        if (diff == null) {
            return null;
        }
        if (recordedName == null) {
            // the format names no source: a changed file and another file look alike
            return "stale (built from another file, or from " + sourceName + " before it changed): " + diff;
        }
        if (recordedName.equals(sourceName)) {
            return "stale (built from " + sourceName + " before it changed): " + diff;
        }
        if (now.size() != then.size()) {
            return String.format(Locale.ROOT, "stale: built from another file, %s (%,d bytes), not %s (%,d bytes)",
                    recordedName, then.size(), sourceName, now.size());
        }
        if (now.sample() != then.sample()) {
            return String.format(Locale.ROOT, "stale: built from another file, %s, not %s (both %,d bytes, their"
                    + " sampled content differs)", recordedName, sourceName, now.size());
        }
        // its content under another name: a copy or a rename, which moved its times
        return "stale (built from " + recordedName + ", not " + sourceName + ", of the same size and sampled content: a copy"
                + " or a rename): " + diff;
    }
}
