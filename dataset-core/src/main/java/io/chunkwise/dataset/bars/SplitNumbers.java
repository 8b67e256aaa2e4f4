package io.chunkwise.dataset.bars;

import io.chunkwise.loader.csv.CsvRecord;
import java.util.regex.Pattern;

/**
 * Why a row of a ','-separated file has more fields than its header, when its fields show it:
 * numbers written with a ',' inside, unquoted, each split in two at the delimiter. Digits grouped
 * in threes with a decimal point ({@code 1,104.30} read as {@code 1} and {@code 104.30}) are
 * thousands separators; three digits alone after a field of one to three ({@code 157,123}, USD/JPY)
 * read as thousands separators or as a decimal comma alike, so both are named rather than one guessed.
 */
final class SplitNumbers {
    /** What a row's split fields show. */
    enum Kind {
        /** Nothing to tell the split by. */
        NONE,
        /** Grouped digits with a decimal point: thousands separators. */
        THOUSANDS,
        /** Three digits after one to three: thousands separators or a decimal comma. */
        EITHER
    }

    /** The part before the first separator of a grouped number: one to three digits, a sign allowed. */
    private static final Pattern LEAD = Pattern.compile("[+-]?\\d{1,3}");
    /** A last group with its decimal part ({@code 104.30}), which no decimal comma number has. */
    private static final Pattern GROUP_AND_DECIMALS = Pattern.compile("\\d{3}\\.\\d+");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");

    private SplitNumbers() {
    }

    /**
     * @param record a row with more fields than the header
     * @param kept the fields of it that were kept (the header's count): those are looked at
     * @return what its adjacent fields show; thousands separators when any number shows them
     */
    static Kind of(CsvRecord record, int kept) {
        Kind found = Kind.NONE;
        int end = Math.min(kept, record.size());
        String before = end > 0 ? record.get(0).strip() : "";
        for (int i = 1; i < end; i++) {
            String field = record.get(i).strip();
            if (LEAD.matcher(before).matches()) {
                if (GROUP_AND_DECIMALS.matcher(field).matches()) {
                    return Kind.THOUSANDS;
                }
                if (GROUP.matcher(field).matches()) {
                    found = Kind.EITHER;
                }
            }
            before = field;
        }
        return found;
    }

    /**
     * @param kind what the row's fields show (not {@link Kind#NONE})
     * @return the hint to put after the field-count reason
     */
    static String hint(Kind kind) {
        return switch (kind) {
            case THOUSANDS -> "thousands separators? a number with grouped digits (1,104.30) is split at each ','"
                    + " delimiter; thousands separators are not read: take them out of the file";
            case EITHER -> "thousands separators, or a decimal comma? a number as 12,000 or 157,123 is split at each ','"
                    + " delimiter, whichever it is: thousands separators are not read (take them out of the file); a"
                    + " decimal comma is read in quoted fields (\"157,123\"): quote them and read the file with a decimal comma";
            case NONE -> throw new IllegalArgumentException("no hint for " + kind);
        };
    }
}
